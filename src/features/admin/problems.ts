import { AccountRequestError } from '../../data/accounts';

// The server's refusals (docs/api.md "Users", "API tokens") as a sentence in the
// user's language and the field it belongs beside. Its own English message is only
// the detail of what nothing here knows.

type ProblemField = 'username' | 'name' | 'role';

export interface Problem {
  /** Key under `admin:problem.`. */
  key: string;
  /** The form field the problem is shown beside; none: a line above the table. */
  field?: ProblemField;
  detail?: string;
}

const FIELD_KEYS: Record<string, { field: ProblemField; key: string }> = {
  username: { field: 'username', key: 'usernameInvalid' },
  name: { field: 'name', key: 'nameInvalid' },
  role: { field: 'role', key: 'roleInvalid' },
};

export function problemOf(error: unknown): Problem {
  if (!(error instanceof AccountRequestError)) return { key: 'other', detail: error instanceof Error ? error.message : String(error) };
  if (error.code === 'network') return { key: 'network', detail: error.message };
  if (error.status === 401) return { key: 'signedOut' };
  if (error.status === 403) return { key: 'forbidden' };
  if (error.status === 404) return { key: 'notFound' };
  if (error.reason === 'own_account') return { key: 'ownAccount' };
  if (error.reason === 'last_admin') return { key: 'lastAdmin' };
  // POST /users answers 409 only for a name that is taken.
  if (error.reason === 'username_taken') return { key: 'usernameTaken', field: 'username' };
  const known = error.issues.map((issue) => FIELD_KEYS[issue.field]).find((entry) => entry !== undefined);
  if (known) return { ...known };
  return { key: 'other', detail: error.message };
}
