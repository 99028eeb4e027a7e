import type { ImportReport } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { formatNumber } from '../../src-shared/formatNumber';
import { ITEMS_SHOWN, ReportSection } from './ReportSection';

/** Reports that an import added or updated: their title, and the file they came from. */
function ImportedEntries({ entries }: { entries: ImportReport['added'] }) {
  const t = useStrings();
  return (
    <>
      {entries.slice(0, ITEMS_SHOWN).map((entry) => (
        <li key={entry.id}>
          <span dir="auto">{entry.title || t.untitled}</span>
          <span className="mono break muted" dir="auto">
            {entry.path}
          </span>
        </li>
      ))}
    </>
  );
}

/** Files named by their path, each with what became of it (why it failed, what it duplicates). */
function FileEntries({
  entries,
  detailClass,
}: {
  entries: Array<{ path: string; detail: string }>;
  detailClass: string;
}) {
  return (
    <>
      {entries.map((entry) => (
        <li key={entry.path}>
          <span className="mono break" dir="auto">
            {entry.path}
          </span>
          <span className={detailClass}>{entry.detail}</span>
        </li>
      ))}
    </>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useStrings();
  const { language } = useSettings().settings;
  const tiles: Array<{ key: string; label: string; value: number; tone?: string }> = [
    { key: 'added', label: t.importAdded, value: report.added.length, tone: report.added.length ? 'good' : undefined },
    { key: 'updated', label: t.importUpdated, value: report.updated.length },
    { key: 'unchanged', label: t.importUnchanged, value: report.unchanged },
    { key: 'duplicates', label: t.importDuplicates, value: report.duplicates.length },
    {
      key: 'errors',
      label: t.importErrors,
      value: report.errors.length,
      tone: report.errors.length ? 'bad' : undefined,
    },
    {
      key: 'warnings',
      label: t.importWarnings,
      value: report.warnings.length,
      tone: report.warnings.length ? 'warn' : undefined,
    },
  ];
  return (
    <div className="import-report" data-testid="import-report">
      {report.cancelled && <p className="notice">{t.importCancelled}</p>}
      <div className="report-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={`tile${tile.tone ? ` tile-${tile.tone}` : ''}`}>
            <span className="tile-value" data-testid={`import-${tile.key}`}>
              {formatNumber(tile.value, language)}
            </span>
            <span className="tile-label">{tile.label}</span>
          </div>
        ))}
      </div>
      <p className="muted">{t.importSummary(report.filesScanned, report.elapsedMs / 1000)}</p>
      <ReportSection title={t.importErrors} count={report.errors.length}>
        <FileEntries
          entries={report.errors
            .slice(0, ITEMS_SHOWN)
            .map((error) => ({ path: error.path, detail: error.reason[language] }))}
          detailClass="error-text"
        />
      </ReportSection>
      <ReportSection title={t.importWarnings} count={report.warnings.length}>
        {report.warnings.slice(0, ITEMS_SHOWN).map((entry) => (
          <li key={entry.path}>
            <span dir="auto">{entry.title ?? entry.path}</span>
            <span className="muted">
              {entry.warnings.map((warning) => `${t.warningKinds[warning.kind].name} «${warning.text}»`).join('، ')}
            </span>
          </li>
        ))}
      </ReportSection>
      <ReportSection title={t.importAdded} count={report.added.length}>
        <ImportedEntries entries={report.added} />
      </ReportSection>
      <ReportSection title={t.importUpdated} count={report.updated.length}>
        <ImportedEntries entries={report.updated} />
      </ReportSection>
      <ReportSection title={t.importDuplicates} count={report.duplicates.length}>
        <FileEntries
          entries={report.duplicates
            .slice(0, ITEMS_SHOWN)
            .map((entry) => ({ path: entry.path, detail: t.importDuplicateOf(entry.duplicateOf) }))}
          detailClass="muted"
        />
      </ReportSection>
    </div>
  );
}
