/**
 * A translate function over one namespace's JSON (`types.baliho` → "Baliho"), for
 * tests of pure functions that take a `translate`; unknown keys come back unchanged, as
 * i18next returns them.
 */
export function translateFrom(resources: Record<string, unknown>): (key: string) => string {
  return (key) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
    return typeof value === 'string' ? value : key;
  };
}
