/** A whole file could not be imported. `reason` is written for the person who chose the file. */
export class ImportError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'ImportError';
    this.path = path;
    this.reason = reason;
  }
}
