// Loaded into MapLibre's workers by src/features/map/geoJsonText.ts (importScriptInWorkers).
// Why: a GeoJSON source given a blob: URL has its data fetched and JSON-parsed on the
// MAIN thread by MapLibre (it routes every non-http URL there) and then copied to the
// worker: ~1 s for 100,000 points. Behind this protocol the worker fetches the blob and
// parses the text itself. `cakupan-text://blob/<encoded blob: URL>`.
self.addProtocol('cakupan-text', async (request, abortController) => {
  const blobUrl = decodeURIComponent(request.url.slice('cakupan-text://blob/'.length));
  const response = await fetch(blobUrl, { signal: abortController.signal });
  if (!response.ok) throw new Error(`Could not read ${blobUrl}: ${response.status}`);
  return { data: await response.json() };
});
