// PNG text chunks (tEXt, PNG spec 11.3.4.3): the title and description travel with
// an exported image, so a file opened later (or by a test) says what it shows and
// for which date, not only in its pixels.

const SIGNATURE_LENGTH = 8;
const IHDR_CHUNK_LENGTH = 4 + 4 + 13 + 4;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** tEXt is Latin-1: other characters become '?', as the spec allows no other encoding there. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code < 256 ? code : 63;
  });
}

function textChunk(keyword: string, text: string): Uint8Array {
  const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1('tEXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with one tEXt chunk per entry (e.g. Title, Description) right after its header chunk. */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  const at = SIGNATURE_LENGTH + IHDR_CHUNK_LENGTH;
  const chunks = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text));
  const result = new Uint8Array(png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  result.set(png.subarray(0, at));
  let offset = at;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  result.set(png.subarray(at), offset);
  return result;
}

/** The tEXt entries of a PNG, by keyword. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const entries: Record<string, string> = {};
  for (let offset = SIGNATURE_LENGTH; offset + 12 <= png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'tEXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const separator = data.indexOf(0);
      entries[String.fromCharCode(...data.subarray(0, separator))] = String.fromCharCode(...data.subarray(separator + 1));
    }
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return entries;
}
