import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GeoJSONSource } from 'maplibre-gl';

vi.mock('maplibre-gl', () => ({ importScriptInWorkers: vi.fn(() => Promise.resolve()) }));
const { GeoJsonTextLoader, registerTextProtocol } = await import('./geoJsonText');

/** A source whose loads finish when the test says so. */
function fakeSource() {
  const finish: (() => void)[] = [];
  const urls: string[] = [];
  const source = { setData: (url: string) => { urls.push(url); return new Promise<void>((resolve) => finish.push(resolve)); } };
  return { source: source as unknown as GeoJSONSource, urls, finish };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const blobOf = (protocolUrl: string) => decodeURIComponent(protocolUrl.slice('cakupan-text://blob/'.length));

describe('GeoJsonTextLoader', () => {
  const revoke = vi.spyOn(URL, 'revokeObjectURL');
  afterEach(() => revoke.mockClear());
  registerTextProtocol();

  it('hands the text to the source as a blob: URL behind the cakupan-text protocol, holding exactly the text', async () => {
    const { source, urls } = fakeSource();
    new GeoJsonTextLoader().load(source, 'installations-0', { parts: ['{"type":"FeatureCollection",', new Blob(['"features":[]}'])] });
    await settle();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^cakupan-text:\/\/blob\/blob%3A/);
    const response = await fetch(blobOf(urls[0]!));
    expect(await response.json()).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('revokes a URL only once its load settled and a newer one replaced it, and skips a text replaced before it was sent', async () => {
    const { source, urls, finish } = fakeSource();
    const loader = new GeoJsonTextLoader();
    loader.load(source, 'installations-0', { parts: ['{}'] });
    await settle();
    loader.load(source, 'installations-0', { parts: ['{"a":1}'] });
    loader.load(source, 'installations-0', { parts: ['{"b":2}'] });
    await settle();
    // The second text was replaced before the protocol promise resolved: never sent, and revoked.
    expect(urls).toHaveLength(2);
    expect(revoke).toHaveBeenCalledTimes(1);
    finish[0]!();
    await settle();
    expect(revoke).toHaveBeenCalledWith(blobOf(urls[0]!));
    finish[1]!();
    await settle();
    // The current one stays readable until the loader goes away.
    expect(revoke).not.toHaveBeenCalledWith(blobOf(urls[1]!));
    loader.dispose();
    expect(revoke).toHaveBeenCalledWith(blobOf(urls[1]!));
  });
});

describe('the cakupan-text protocol script (public/maplibre-text-protocol.js, run inside MapLibre workers)', () => {
  type Handler = (request: { url: string }, abortController: AbortController) => Promise<{ data: unknown }>;
  /** Runs the script as MapLibre's worker does (plain script, `self.addProtocol`), returning the handler it registers. */
  async function loadHandler(): Promise<Handler> {
    const { readFile } = await import('node:fs/promises');
    const code = await readFile(new URL('../../../public/maplibre-text-protocol.js', import.meta.url), 'utf8');
    const registered: Record<string, Handler> = {};
    new Function('self', code)({ addProtocol: (name: string, handler: Handler) => (registered[name] = handler) });
    expect(Object.keys(registered)).toEqual(['cakupan-text']);
    return registered['cakupan-text']!;
  }

  it('reads the blob behind the URL and parses it as JSON', async () => {
    const handler = await loadHandler();
    const blobUrl = URL.createObjectURL(new Blob(['{"type":"FeatureCollection","features":[{"id":"a%#"}]}']));
    const response = await handler({ url: `cakupan-text://blob/${encodeURIComponent(blobUrl)}` }, new AbortController());
    expect(response.data).toEqual({ type: 'FeatureCollection', features: [{ id: 'a%#' }] });
  });

  it('fails loudly on a URL that no longer holds a blob', async () => {
    const handler = await loadHandler();
    const blobUrl = URL.createObjectURL(new Blob(['{}']));
    URL.revokeObjectURL(blobUrl);
    await expect(handler({ url: `cakupan-text://blob/${encodeURIComponent(blobUrl)}` }, new AbortController())).rejects.toThrow();
  });
});
