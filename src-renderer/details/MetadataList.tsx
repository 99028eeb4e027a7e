import type { ReactNode } from 'react';
import type { DocumentDetail } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { formatDate } from '../shared/formatDate';
import { formatNumber } from '../../src-shared/formatNumber';
import { CopyButton } from './CopyButton';

/** Arabic slugs arrive percent-encoded; shown decoded so they can be read. Copy keeps the original. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What a reader of the report wants to know: who published it, when, where, and how long it is. */
export function MetadataList({ doc }: { doc: DocumentDetail }) {
  const t = useStrings();
  const { language } = useSettings().settings;
  return (
    <dl className="metadata">
      <Field label={t.fieldTitle}>
        <span dir="auto">{doc.title || t.untitled}</span>
      </Field>
      {doc.source && (
        <Field label={t.fieldSource}>
          <span dir="auto">{doc.source}</span>
        </Field>
      )}
      {doc.date && <Field label={t.fieldDate}>{formatDate(doc.date)}</Field>}
      {doc.author && (
        <Field label={t.fieldAuthor}>
          <span dir="auto">{doc.author}</span>
        </Field>
      )}
      {doc.category && (
        <Field label={t.fieldCategory}>
          <span dir="auto">{doc.category}</span>
        </Field>
      )}
      {doc.url && (
        <Field label={t.fieldUrl}>
          {/* Shown, never followed: the workbench stays offline. */}
          <span className="mono break" dir="ltr">
            {readableUrl(doc.url)}
          </span>
          <CopyButton value={doc.url} label={t.fieldUrl} />
        </Field>
      )}
      <Field label={t.fieldWords}>{formatNumber(doc.wordCount, language)}</Field>
    </dl>
  );
}

/**
 * Where the report came from on disk and how it was read: what a reader seldom needs and an
 * auditor sometimes does, so it comes last and folded.
 */
export function TechnicalDetails({ doc }: { doc: DocumentDetail }) {
  const t = useStrings();
  return (
    <details className="technical-details" data-testid="technical-details">
      <summary className="section-title">{t.technicalHeading}</summary>
      <dl className="metadata">
        <Field label={t.fieldFormat}>
          <span dir="ltr">
            {doc.format} · {doc.encoding}
          </span>
        </Field>
        {doc.externalId && (
          <Field label={t.fieldExternalId}>
            <span className="mono" dir="ltr">
              {doc.externalId}
            </span>
          </Field>
        )}
        <Field label={t.fieldPath}>
          <span className="mono break" dir="ltr">
            {doc.path}
          </span>
        </Field>
        <Field label={t.fieldSha256}>
          <span className="mono break sha" dir="ltr" data-testid="sha256">
            {doc.sha256}
          </span>
          <CopyButton value={doc.sha256} label={t.fieldSha256} />
        </Field>
        <Field label={t.fieldImported}>{formatDate(doc.importedAt)}</Field>
      </dl>
    </details>
  );
}
