import type { Installation } from '../../src/domain/installation';
import { ApiError } from '../http/errors';

// Optimistic concurrency: a client edits the version it read and says so with
// `If-Match: "<version>"`; the server refuses the edit when the row moved on.

/** The version an `If-Match` names (`"7"`, `W/"7"` or `7`); undefined when absent or `*`; 400 when unreadable. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?([1-9][0-9]{0,9})"?\s*$/.exec(header);
  if (!match) throw new ApiError(400, 'bad_request', `If-Match must name one version, e.g. "3" (got ${header.slice(0, 40)})`);
  return Number(match[1]);
}

export function etagOf(installation: Installation): string | undefined {
  return installation.version === undefined ? undefined : `"${installation.version}"`;
}

export function staleVersion(current: Installation, basedOn: number): ApiError {
  return new ApiError(
    409,
    'conflict',
    `Installation ${current.id} was changed by someone else (version ${basedOn} was edited, ${current.version} is saved); nothing was saved`,
    undefined,
    { current },
  );
}
