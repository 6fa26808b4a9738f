/** The backend answered with an unexpected status or could not be reached. */
export class StoreRequestError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'StoreRequestError';
    this.status = status;
  }
}
