import { memo } from 'react';
import type { DocumentSummary } from '../../src-main/api/types';
import { useSettings } from '../settings/SettingsContext';
import { useStrings } from '../i18n/useStrings';
import { formatDate } from '../shared/formatDate';
import { formatNumber } from '../../src-shared/formatNumber';
import { fileName } from '../shared/fileName';

interface LibraryRowProps {
  document: DocumentSummary | undefined;
  active: boolean;
  open: boolean;
}

/** Memoized: the list re-renders on every scroll frame, and a row whose report is unchanged need not. */
export const LibraryRow = memo(function LibraryRow({ document, active, open }: LibraryRowProps) {
  const t = useStrings();
  const { language } = useSettings().settings;
  if (!document) {
    return (
      <div className="row-skeleton" aria-hidden="true">
        <span />
        <span />
      </div>
    );
  }
  return (
    <div className={`library-row${active ? ' is-active' : ''}${open ? ' is-open' : ''}`}>
      <div className="row-title" dir="auto">
        {document.title || t.untitled}
      </div>
      <div className="row-meta">
        {/* A report without a source (a plain text file) is known by its file name instead. */}
        <span className="row-source" dir="auto" title={document.path}>
          {document.source ?? fileName(document.path)}
        </span>
        {document.date && <span className="row-date">{formatDate(document.date)}</span>}
        <span className="row-words">{t.wordsCount(document.wordCount)}</span>
        {document.warningCount > 0 && (
          <span className="badge badge-warning" title={t.warningsCount(document.warningCount)}>
            <span aria-hidden="true">⚠ {formatNumber(document.warningCount, language)}</span>
            <span className="visually-hidden">{t.warningsCount(document.warningCount)}</span>
          </span>
        )}
      </div>
    </div>
  );
});
