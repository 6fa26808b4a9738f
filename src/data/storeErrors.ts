import type { Installation } from '../domain/installation';
/** Someone else changed the installation since this edit started (HTTP 409 with the saved row). */
export class InstallationConflictError extends Error {
  constructor(readonly current: Installation) {
    super(`Installation ${current.id} was changed by someone else (now version ${current.version ?? '?'})`);
    this.name = 'InstallationConflictError';
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

/** The store keeps no history of changes (the app runs in this browser alone, without a server). */
export class HistoryUnavailableError extends Error {
  constructor() {
    super('This store keeps no history of changes');
    this.name = 'HistoryUnavailableError';
  }
}
