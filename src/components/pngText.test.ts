import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from './pngText';

/** A valid 1×1 grey PNG, built here so the test needs no fixture file. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const bytes = new Uint8Array(12 + data.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, data.length);
    bytes.set(Buffer.from(type, 'latin1'), 4);
    bytes.set(data, 8);
    return bytes;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, 1);
  new DataView(header.buffer).setUint32(4, 1);
  header.set([8, 0, 0, 0, 0], 8);
  const parts = [Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10), chunk('IHDR', header), chunk('IDAT', deflateSync(Uint8Array.of(0, 128))), chunk('IEND', new Uint8Array(0))];
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe('withPngText', () => {
  it('adds text chunks that read back, keeping the image chunks', () => {
    const png = tinyPng();
    const tagged = withPngText(png, { Title: 'Cakupan · Kota Batam', Description: '14 pemasangan · per 1 Mei 2026' });
    expect(readPngText(tagged)).toEqual({ Title: 'Cakupan · Kota Batam', Description: '14 pemasangan · per 1 Mei 2026' });
    expect(tagged.length).toBeGreaterThan(png.length);
    expect([...tagged.subarray(tagged.length - 12)]).toEqual([...png.subarray(png.length - 12)]);
  });

  it('writes the CRC readers check', () => {
    const tagged = withPngText(tinyPng(), { Title: 'x' });
    // A bitwise CRC-32 over the type and data of the chunk after IHDR.
    const length = new DataView(tagged.buffer).getUint32(33);
    const stored = new DataView(tagged.buffer).getUint32(33 + 8 + length);
    expect(stored).toBe(crc32Reference(tagged.subarray(37, 41 + length)));
  });
});

function crc32Reference(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
