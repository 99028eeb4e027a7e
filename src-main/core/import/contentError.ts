import type { Bilingual } from '../text/bilingual';

/**
 * The bytes or text handed to an importer cannot be read, for a reason a user can act on
 * ("binary file (NUL bytes)", "no <TEXT> element"), in both languages. Thrown by the pieces that do
 * not know which file they are reading; `parseFile` turns it into an `ImportError` that names the file.
 */
export class ContentError extends Error {
  readonly reason: Bilingual;

  constructor(reason: Bilingual) {
    super(reason.en);
    this.name = 'ContentError';
    this.reason = reason;
  }
}
