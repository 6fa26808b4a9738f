/** The text of whatever was thrown, to show after a sentence in the user's language. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
