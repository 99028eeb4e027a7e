import type { Span } from './span';

/**
 * Something in the stored text a reader should not trust at face value: a word that mixes Arabic
 * and Latin letters, a U+FFFD left by a lossy decoder, mojibake (UTF-8 read as Windows-1256), a
 * control character, or the end of a report whose markup the file never closed.
 */
export type IntegrityWarningKind =
  'mixed-script' | 'replacement-char' | 'mojibake' | 'control-char' | 'unclosed-markup';

export interface IntegrityWarning extends Span {
  kind: IntegrityWarningKind;
  /** The offending characters, as they stand in the text. */
  text: string;
}
