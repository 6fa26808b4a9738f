/**
 * Bytes of an uploaded file to text. Excel's "CSV UTF-8" adds a BOM, its
 * "Unicode text" is UTF-16 with a BOM; anything else is read as UTF-8
 * (invalid bytes become U+FFFD, which the parser reports as a binary file
 * when there are many).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
