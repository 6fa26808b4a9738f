/** A problem with one row of a bulk import (or the one row of a create/update), reported rather than dropped. */
export interface RowError {
  /** 1-based position in the submitted list (a single create or update is row 1). */
  row: number;
  /** Dotted path of the offending field, e.g. `lat`; `(row)` when the row as a whole is wrong. */
  field: string;
  /** Machine-readable reason (zod issue code, e.g. `invalid_type`, `too_big`, `custom`). */
  code: string;
  message: string;
}

/** Input broke the installation schema; `issues` name each field. */
export class InstallationValidationError extends Error {
  readonly issues: RowError[];
  constructor(issues: RowError[]) {
    super(`Invalid installation: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`);
    this.name = 'InstallationValidationError';
    this.issues = issues;
  }
}

export class InstallationNotFoundError extends Error {
  readonly id: string;
  constructor(id: string) {
    super(`Installation ${id} not found`);
    this.name = 'InstallationNotFoundError';
    this.id = id;
  }
}
