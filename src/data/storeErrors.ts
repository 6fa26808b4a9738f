import type { RowError } from './store';

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

/** The backend answered with an unexpected status or could not be reached. */
export class StoreRequestError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'StoreRequestError';
    this.status = status;
  }
}
