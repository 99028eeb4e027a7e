import type { Bilingual } from '../text/bilingual';

/** A whole file could not be imported. `reason` is written for the person who chose the file, in both languages. */
export class ImportError extends Error {
  readonly path: string;
  readonly reason: Bilingual;

  constructor(path: string, reason: Bilingual) {
    super(`${path}: ${reason.en}`);
    this.name = 'ImportError';
    this.path = path;
    this.reason = reason;
  }
}
