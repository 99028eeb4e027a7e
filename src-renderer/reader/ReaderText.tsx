import { memo, type Ref } from 'react';
import type { IntegrityWarning } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import type { Paragraph } from './paragraphs';

interface ReaderTextProps {
  paragraphs: Paragraph[];
  /** Warnings grouped by paragraph index, for the gutter markers. */
  warningsByParagraph: ReadonlyMap<number, IntegrityWarning[]>;
  /** Paragraphs that are wholly boilerplate and collapsed while boilerplate is hidden. */
  hiddenParagraphs: ReadonlySet<number>;
  onWarningClick(warning: IntegrityWarning): void;
  bodyRef: Ref<HTMLDivElement>;
}

/**
 * The document's text, one element per paragraph. Each `.para-text` holds a single text node equal
 * to the stored slice; everything painted over it (hits, boilerplate, warnings) is a Custom
 * Highlight, so this component re-renders only when the document or the boilerplate toggle changes.
 */
export const ReaderText = memo(function ReaderText({
  paragraphs,
  warningsByParagraph,
  hiddenParagraphs,
  onWarningClick,
  bodyRef,
}: ReaderTextProps) {
  const t = useStrings();
  return (
    <div ref={bodyRef} className="reader-text" data-testid="reader-text">
      {paragraphs.map((paragraph, index) => {
        const warnings = warningsByParagraph.get(index);
        return (
          <div
            key={paragraph.start}
            className="para"
            data-index={index}
            data-start={paragraph.start}
            hidden={hiddenParagraphs.has(index) || undefined}
          >
            {/* A paragraph cut into sentences (the compare view's rows) shows its number once. */}
            <span
              className={`para-number${paragraphs[index - 1]?.number === paragraph.number ? ' is-continued' : ''}`}
              aria-hidden="true"
              title={t.paragraphNumber(paragraph.number)}
            >
              {paragraph.number}
            </span>
            <p className="para-text" dir={paragraph.dir}>
              {paragraph.text}
            </p>
            {warnings && (
              <span className="para-flags">
                {warnings.map((warning) => {
                  const kind = t.warningKinds[warning.kind];
                  return (
                    <button
                      key={warning.start}
                      type="button"
                      className="warning-flag"
                      aria-label={t.warningMarker(kind.name, warning.text)}
                      title={`${kind.name}: ${kind.explanation}`}
                      onClick={() => onWarningClick(warning)}
                    >
                      <span aria-hidden="true">⚠</span>
                    </button>
                  );
                })}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
});
