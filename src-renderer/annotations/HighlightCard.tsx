import type { CSSProperties, ReactNode } from 'react';
import type { ListedHighlight } from '../../src-main/api/types';
import { codePath } from '../codebook/codeTree';
import { useStrings } from '../i18n/useStrings';
import { formatDate } from '../shared/formatDate';
import { useAnnotationData } from './AnnotationDataContext';
import { CodeChip } from './CodeChip';
import { plainPreview } from './plainPreview';

interface HighlightCardProps {
  highlight: ListedHighlight;
  active: boolean;
  onOpen(): void;
  /** Cite the report (title, source, date): in project-wide lists, not in the report's own. */
  showDocument?: boolean;
  paragraph?: number;
  /** Buttons beside the card (edit, re-attach, unlink…). */
  actions?: ReactNode;
}

/** One highlight in a list: its quote, codes as coloured chips, the start of its note, and its state. */
export function HighlightCard({
  highlight,
  active,
  onOpen,
  showDocument = false,
  paragraph,
  actions,
}: HighlightCardProps) {
  const t = useStrings();
  const { codesById } = useAnnotationData();
  const codes = highlight.codeIds.flatMap((id) => codesById.get(id) ?? []);
  const note = plainPreview(highlight.note);
  const orphan = highlight.status === 'orphan';
  const meta = [highlight.document.source, formatDate(highlight.document.date)].filter(Boolean).join(' · ');
  return (
    <li
      className={`highlight-card${active ? ' is-active' : ''}${orphan ? ' is-orphan' : ''}`}
      style={{ '--code-color': codes[0]?.color ?? 'var(--border-strong)' } as CSSProperties}
      data-highlight-id={highlight.id}
      data-testid="highlight-card"
    >
      <button type="button" className="highlight-card-main" onClick={onOpen} aria-current={active || undefined}>
        {showDocument && (
          <span className="highlight-card-doc">
            <span className="highlight-card-title" dir="auto">
              {highlight.document.title || t.untitled}
            </span>
            {meta && (
              <span className="highlight-card-meta" dir="auto">
                {meta}
              </span>
            )}
          </span>
        )}
        <span className="highlight-card-quote" dir="rtl" lang="ar">
          {highlight.target.quote.exact}
        </span>
        <span className="highlight-card-codes">
          {paragraph !== undefined && <span className="paragraph-tag">{t.paragraphLabel(paragraph)}</span>}
          {orphan && (
            <span className="badge badge-orphan" title={t.orphanBadgeTitle}>
              {t.orphanBadge}
            </span>
          )}
          {highlight.reanchor && !orphan && (
            <span
              className="badge badge-moved"
              title={t.movedTitle(
                highlight.reanchor.method,
                highlight.reanchor.confidence,
                highlight.reanchor.previousQuote,
              )}
            >
              {t.movedBadge}
            </span>
          )}
          {codes.length === 0 ? (
            <span className="muted small">{t.uncoded}</span>
          ) : (
            codes.map((code) => (
              <CodeChip key={code.id} name={code.name} color={code.color} title={codePath(code, codesById)} />
            ))
          )}
        </span>
        {note && (
          <span className="highlight-card-note" dir="auto" data-testid="highlight-card-note">
            {note}
          </span>
        )}
      </button>
      {actions && <div className="highlight-card-actions">{actions}</div>}
    </li>
  );
}
