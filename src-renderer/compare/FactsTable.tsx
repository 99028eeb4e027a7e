import { saveExportFile } from '../export/saveExportFile';
import { useStrings } from '../i18n/useStrings';
import { LexiconsButton } from '../lexicons/LexiconsButton';
import type { ComparedDocument, FactCell, FactRow } from './compareTypes';
import { factsToCsv, factsToMarkdown, type FactsTableText } from './factsExport';

interface FactsTableProps {
  rows: readonly FactRow[];
  /** In column order. */
  documents: readonly ComparedDocument[];
  onPick(row: FactRow): void;
}

/** People, numbers, quotes, places and wording across the reports; a cell scrolls every column to its row. */
export function FactsTable({ rows, documents, onPick }: FactsTableProps) {
  const t = useStrings();
  const text: FactsTableText = {
    kind: (kind) => t.factKinds[kind],
    kindHeading: t.factKindHeading,
    labelHeading: t.factLabelHeading,
    disagreeHeading: t.factDisagreeHeading,
    disagree: t.factDisagree,
    agree: t.factAgree,
    silent: t.factSilent,
  };
  // The engine has no export of its own for the table: it is built here from the rows it returned.
  const save = (filename: string, content: string, mimeType: string) =>
    saveExportFile({ filename, content, mimeType: `${mimeType};charset=utf-8`, encoding: 'utf8', highlightCount: 0 });
  const cellsOf = (row: FactRow, docId: string): FactCell[] => row.cells.filter((cell) => cell.docId === docId);

  return (
    <section className="facts-panel" aria-label={t.factsHeading(rows.length)} data-testid="facts-table">
      <div className="facts-head">
        <h2 className="section-title">{t.factsHeading(rows.length)}</h2>
        <div className="facts-actions">
          <LexiconsButton />
          <button
            type="button"
            className="button button-small"
            disabled={rows.length === 0}
            onClick={() => save(`${t.factsFileName}.csv`, factsToCsv(rows, documents, text), 'text/csv')}
            data-testid="facts-export-csv"
          >
            {t.exportCsv}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={rows.length === 0}
            onClick={() => save(`${t.factsFileName}.md`, factsToMarkdown(rows, documents, text), 'text/markdown')}
            data-testid="facts-export-md"
          >
            {t.exportMarkdown}
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="empty-note">{t.factsEmpty}</p>
      ) : (
        <div className="facts-scroll">
          <table className="facts-table">
            <thead>
              <tr>
                <th scope="col">{t.factKindHeading}</th>
                <th scope="col">{t.factLabelHeading}</th>
                {documents.map((document) => (
                  <th key={document.id} scope="col" dir="auto">
                    {document.source ?? document.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr
                  key={`${row.kind}-${row.label}-${index}`}
                  className={row.disagree ? 'is-disagree' : undefined}
                  data-testid="fact-row"
                >
                  <td className="fact-kind">
                    {t.factKinds[row.kind]}
                    {row.disagree && (
                      <span className="badge badge-warning fact-disagree" title={t.factDisagree}>
                        {t.factDisagree}
                      </span>
                    )}
                  </td>
                  <th scope="row" className="fact-label" dir="auto">
                    {row.label}
                  </th>
                  {documents.map((document) => {
                    const cells = cellsOf(row, document.id);
                    return (
                      <td key={document.id} className={cells.length === 0 ? 'fact-silent' : undefined}>
                        {cells.length === 0
                          ? t.factSilent
                          : cells.map((cell) => (
                              <button
                                key={cell.start}
                                type="button"
                                className="fact-cell"
                                dir="auto"
                                title={t.factCellJump(cell.text)}
                                onClick={() => onPick(row)}
                                data-testid="fact-cell"
                              >
                                {cell.text}
                              </button>
                            ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
