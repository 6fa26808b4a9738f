import type { Installation } from '../domain/installation';

/**
 * Returns `previous` when `next` holds the same rows in the same order (same id
 * and updatedAt), so a re-read after an unrelated notification keeps the array's
 * identity and the memoised coverage downstream is not recomputed.
 */
export function keepIfUnchanged(previous: Installation[], next: Installation[]): Installation[] {
  if (previous.length !== next.length) return next;
  for (let index = 0; index < next.length; index += 1) {
    const before = previous[index];
    const after = next[index];
    if (!before || !after || before.id !== after.id || before.updatedAt !== after.updatedAt) return next;
  }
  return previous;
}
