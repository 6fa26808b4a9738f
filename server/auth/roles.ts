import type { Permission } from './user';

// Who may do what. One table: the hook, the write function and the routes all ask it.

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const VIEWER: Permission[] = ['installations:read'];
const EDITOR: Permission[] = [...VIEWER, 'installations:write', 'installations:seed'];
// The campaign's target is a decision for the branch, not a record: admins set it.
const ADMIN: Permission[] = [...EDITOR, 'settings:write', 'users:manage'];

const BY_ROLE: Record<Role, ReadonlySet<Permission>> = {
  viewer: new Set(VIEWER),
  editor: new Set(EDITOR),
  admin: new Set(ADMIN),
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return BY_ROLE[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
