/**
 * Coordinates for Excel with Indonesian settings: decimal comma, never
 * exponent notation, and all the digits JavaScript needs to read the same
 * double back. Negative values stay plain numbers (not text), so the formula
 * guard never touches them.
 */
export function formatDecimalComma(value: number): string {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  return text.replace('.', ',');
}
