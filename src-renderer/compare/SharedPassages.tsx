import type { DocumentDetail } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { PASSAGE_TINTS } from './compareLayers';
import type { ComparedDocument, Comparison } from './compareTypes';
import { publisherOf } from './provenance';

interface SharedPassagesProps {
  comparison: Comparison;
  /** In column order. */
  documents: readonly ComparedDocument[];
  details: ReadonlyMap<string, DocumentDetail>;
  onPick(passageIndex: number): void;
}

const QUOTE_CHARACTERS = 140;

/**
 * The shared passages as a list, in the tint each has in the columns: how long each is, how many
 * reports carry it and which of them published it first (when the reports' dates tell).
 */
export function SharedPassages({ comparison, documents, details, onPick }: SharedPassagesProps) {
  const t = useStrings();
  const byId = new Map(documents.map((document) => [document.id, document]));
  const { passages } = comparison;
  return (
    <section className="passages-panel" aria-label={t.passagesHeading(passages.length)} data-testid="shared-passages">
      <h2 className="section-title">{t.passagesHeading(passages.length)}</h2>
      {passages.length === 0 ? (
        <p className="empty-note">{t.passagesEmpty}</p>
      ) : (
        <ol className="passages-list">
          {passages.map((passage, index) => {
            const first = passage.firstDocId === undefined ? undefined : byId.get(passage.firstDocId);
            const quoted = passage.spans.find((span) => span.docId === first?.id) ?? passage.spans[0]!;
            const text = details.get(quoted.docId)?.text.slice(quoted.start, quoted.end).replace(/\s+/g, ' ');
            const reportCount = new Set(passage.spans.map((span) => span.docId)).size;
            const publisher = first && publisherOf(first);
            return (
              <li key={index}>
                <button
                  type="button"
                  className="passage-item"
                  title={t.passageJump}
                  onClick={() => onPick(index)}
                  data-testid="shared-passage"
                  data-first-doc-id={passage.firstDocId}
                >
                  <span className={`passage-swatch passage-swatch-${index % PASSAGE_TINTS}`} aria-hidden="true" />
                  <span className="passage-quote" dir="rtl" lang="ar">
                    {text === undefined
                      ? '…'
                      : text.length > QUOTE_CHARACTERS
                        ? `${text.slice(0, QUOTE_CHARACTERS)}…`
                        : text}
                  </span>
                  <span className="row-meta">
                    <span>{t.passageWords(passage.words)}</span>
                    <span>{t.passageIn(reportCount)}</span>
                    <span className={publisher ? 'passage-first' : undefined} dir="auto">
                      {publisher ? t.publishedFirst(publisher.name, publisher.when) : t.passageProvenanceUnknown}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
