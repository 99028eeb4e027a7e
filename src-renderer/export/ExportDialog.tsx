import { useId, useMemo, useState } from 'react';
import type { ExportFormat, ExportRequest } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useWorkbench } from '../app/WorkbenchContext';
import { focusedPane } from '../app/workbenchState';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { useExportDialog, type ExportScope } from './ExportDialogContext';
import { useHighlightFilter } from '../annotations/HighlightFilterContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { codeTreeRows } from '../codebook/codeTree';
import type { Language } from '../i18n/Strings';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { ImportAnnotationsSection } from './ImportAnnotationsSection';
import { saveExportFile } from './saveExportFile';
import { ModalDialog } from '../shared/ModalDialog';
import { OutcomeMessage, type Outcome } from '../shared/OutcomeMessage';

const FORMATS: ExportFormat[] = ['md', 'csv', 'xlsx', 'json', 'qdpx'];

/**
 * Export of the annotations (Markdown, CSV, W3C Web Annotation, REFI-QDA), by report or by code,
 * of everything or of a part; and import of a Web Annotation file. Opened from the top bar, the
 * highlights view, a code, or the desktop app's File menu.
 */
export function ExportDialog() {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { settings } = useSettings();
  const { state: workbench } = useWorkbench();
  const { codes, status } = useAnnotationData();
  const { exportDialog, closeExport } = useExportDialog();
  const { filter } = useHighlightFilter();
  const [format, setFormat] = useState<ExportFormat>('md');
  const [by, setBy] = useState<'report' | 'code'>('report');
  const [scope, setScope] = useState<ExportScope>('all');
  const [codeId, setCodeId] = useState('');
  const [language, setLanguage] = useState<Language>(settings.language);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const openTab = focusedPane(workbench);
  const filterSet = Boolean(filter.codeId || filter.docId || filter.source || filter.text);
  const codeRows = useMemo(() => codeTreeRows(codes), [codes]);

  function resetOnOpen() {
    setScope(exportDialog.scope);
    if (exportDialog.codeId) setCodeId(exportDialog.codeId);
    setLanguage(settings.language);
    setOutcome(undefined);
  }

  // A REFI-QDA project is the whole project: every report, code, memo and note.
  const wholeProject = format === 'qdpx';
  // What is exported: a REFI-QDA project is always the whole project, whatever scope was chosen.
  const shownScope: ExportScope = wholeProject ? 'all' : scope;
  const scopeReady =
    shownScope === 'all' ||
    (shownScope === 'document' && openTab) ||
    (shownScope === 'code' && codeId) ||
    (shownScope === 'filter' && filterSet);

  function request(): ExportRequest {
    const base: ExportRequest = { format, by, language };
    if (shownScope === 'document' && openTab) return { ...base, docId: openTab.documentId };
    if (shownScope === 'code' && codeId) return { ...base, codeId };
    if (shownScope === 'filter') {
      return {
        ...base,
        codeId: filter.codeId,
        docId: filter.docId,
        filter: { text: filter.text?.trim() || undefined, source: filter.source },
      };
    }
    return base;
  }

  async function run() {
    if (!scopeReady || busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await api.call('annotations.export', request());
      saveExportFile(result);
      setOutcome({ kind: 'done', message: t.exported(result.highlightCount, result.filename) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t.exportFailed(localizedMessage(error, settings.language)) });
    } finally {
      setBusy(false);
    }
  }

  const scopes: Array<{ value: ExportScope; label: string; disabled: boolean }> = [
    { value: 'all', label: t.scopeAll, disabled: false },
    { value: 'document', label: openTab ? t.scopeDocument : t.scopeDocumentNone, disabled: !openTab },
    { value: 'code', label: t.scopeCode, disabled: codes.length === 0 },
    { value: 'filter', label: filterSet ? t.scopeFilter : t.scopeFilterNone, disabled: !filterSet },
  ];

  return (
    <ModalDialog
      open={exportDialog.open}
      onOpen={resetOnOpen}
      onClose={closeExport}
      title={t.exportTitle}
      className="export-dialog"
      testId="export-dialog"
    >
      <div className="dialog-body export-body">
        {status?.state === 'corrupt' && <p className="notice">{t.annotationsUnavailable}</p>}
        <fieldset className="choice-list">
          <legend className="field-label">{t.exportFormatLabel}</legend>
          <div className="format-grid">
            {FORMATS.map((value) => (
              <label key={value} className="choice choice-described">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                />
                <span>
                  <span className="choice-name">{t.exportFormats[value].name}</span>
                  <span className="choice-hint">{t.exportFormats[value].hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="choice-list choice-inline" disabled={format !== 'md'}>
          <legend className="field-label">{t.exportGroupingLabel}</legend>
          <label className="choice">
            <input type="radio" name={`${id}-by`} checked={by === 'report'} onChange={() => setBy('report')} />
            {t.groupByReport}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-by`} checked={by === 'code'} onChange={() => setBy('code')} />
            {t.groupByCode}
          </label>
          {format !== 'md' && <span className="field-hint">{t.groupingOnlyMarkdown}</span>}
        </fieldset>

        <fieldset className="choice-list" disabled={wholeProject}>
          <legend className="field-label">{t.exportScopeLabel}</legend>
          {wholeProject && (
            <span className="field-hint" data-testid="export-whole-project">
              {t.exportWholeProject}
            </span>
          )}
          {scopes.map((option) => (
            <label key={option.value} className={`choice${option.disabled ? ' is-disabled' : ''}`}>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={shownScope === option.value}
                disabled={option.disabled}
                onChange={() => setScope(option.value)}
              />
              <span>
                {option.label}
                {option.value === 'document' && openTab && (
                  <span className="choice-hint" dir="auto">
                    {openTab.title}
                  </span>
                )}
              </span>
            </label>
          ))}
          {shownScope === 'code' && (
            <select
              className="select scope-code"
              aria-label={t.scopeCode}
              value={codeId}
              onChange={(event) => setCodeId(event.target.value)}
              data-testid="export-code"
            >
              <option value="">{t.chooseCode}</option>
              {codeRows.map(({ code, depth }) => (
                <option key={code.id} value={code.id}>
                  {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${code.name} (${code.countWithDescendants})`}
                </option>
              ))}
            </select>
          )}
        </fieldset>

        <div className="control-row export-language">
          <label htmlFor={`${id}-language`} className="field-inline">
            {t.exportLanguageLabel}
          </label>
          <select
            id={`${id}-language`}
            className="select"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'ar')}
          >
            <option value="ar" lang="ar">
              العربية
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>

        <OutcomeMessage outcome={outcome} testId="export-outcome" />

        <ImportAnnotationsSection />
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button" onClick={closeExport}>
          {t.close}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void run()}
          disabled={!scopeReady || busy || status?.state === 'corrupt'}
          data-testid="export-run"
        >
          {busy ? t.exporting : t.exportStart}
        </button>
      </footer>
    </ModalDialog>
  );
}
