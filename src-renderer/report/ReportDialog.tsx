import { useEffect, useId, useState } from 'react';
import type { Input } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { saveExportFile } from '../export/saveExportFile';
import type { Language } from '../i18n/Strings';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useReportDialog } from './ReportDialogContext';
import { ReportPreview } from './ReportPreview';
import { ModalDialog } from '../shared/ModalDialog';
import { OutcomeMessage, type Outcome } from '../shared/OutcomeMessage';
import './report.css';

type Grouping = 'none' | 'by-report' | 'by-code';
type Format = 'html' | 'pdf' | 'docx';

const FORMATS: Format[] = ['html', 'pdf', 'docx'];
/** Typing in the title or ticking boxes redraws the preview once the user pauses. */
const PREVIEW_DELAY_MS = 300;

/**
 * The report builder: the user picks what goes in (annotated passages by report or by code, the
 * comparison it was opened from, the codebook, memos), its language and title, sees the report as
 * it will be, and saves it as HTML, PDF or Word. Opened from the top bar or the compare view.
 */
export function ReportDialog() {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { settings } = useSettings();
  const { request: opened, closeReport } = useReportDialog();
  const [grouping, setGrouping] = useState<Grouping>('by-report');
  const [withComparison, setWithComparison] = useState(false);
  const [codebook, setCodebook] = useState(true);
  const [memos, setMemos] = useState(false);
  const [language, setLanguage] = useState<Language>(settings.language);
  const [title, setTitle] = useState('');
  const [preview, setPreview] = useState<{ html: string } | { error: string } | undefined>(undefined);
  const [busy, setBusy] = useState<Format | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const compareIds = opened?.compareIds;
  function resetOnOpen() {
    const fromComparison = (opened?.compareIds?.length ?? 0) >= 2;
    setWithComparison(fromComparison);
    setGrouping(fromComparison ? 'none' : 'by-report');
    setCodebook(!fromComparison);
    setLanguage(settings.language);
    setOutcome(undefined);
    setPreview(undefined);
  }

  const request: Input<'report.build'> = {
    ...(grouping !== 'none' ? { annotations: grouping } : {}),
    ...(withComparison && compareIds && compareIds.length >= 2 ? { compare: compareIds } : {}),
    codebook,
    memos,
    language,
    ...(title.trim() ? { title: title.trim() } : {}),
  };
  const nothingChosen = !request.annotations && !request.compare && !codebook && !memos;
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    if (!opened || nothingChosen) return;
    let current = true;
    const timer = setTimeout(() => {
      api.call('report.build', JSON.parse(requestKey) as Input<'report.build'>).then(
        (result) => current && setPreview({ html: result.html }),
        (error: unknown) => current && setPreview({ error: localizedMessage(error, settings.language) }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, opened, requestKey, nothingChosen, settings.language]);

  async function save(format: Format) {
    if (busy || nothingChosen) return;
    setBusy(format);
    setOutcome(undefined);
    try {
      const file = await api.call('report.save', { ...request, format });
      saveExportFile(file);
      setOutcome({ kind: 'done', message: t.reportSaved(file.filename) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t.reportFailed(localizedMessage(error, settings.language)) });
    } finally {
      setBusy(undefined);
    }
  }

  const groupings: Array<{ value: Grouping; label: string }> = [
    { value: 'none', label: t.reportAnnotationsNone },
    { value: 'by-report', label: t.reportAnnotationsByReport },
    { value: 'by-code', label: t.reportAnnotationsByCode },
  ];

  return (
    <ModalDialog
      open={opened !== undefined}
      onOpen={resetOnOpen}
      onClose={closeReport}
      title={t.reportTitle}
      className="report-dialog"
      testId="report-dialog"
    >
      <div className="dialog-body report-body">
        <div className="report-options">
          <fieldset className="choice-list">
            <legend className="field-label">{t.reportAnnotationsLabel}</legend>
            {groupings.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name={`${id}-grouping`}
                  checked={grouping === option.value}
                  onChange={() => setGrouping(option.value)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-list">
            <legend className="field-label">{t.reportContentsLabel}</legend>
            {compareIds && compareIds.length >= 2 && (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={withComparison}
                  onChange={(event) => setWithComparison(event.target.checked)}
                  data-testid="report-comparison"
                />
                {t.reportComparison(compareIds.length)}
              </label>
            )}
            <label className="choice">
              <input
                type="checkbox"
                checked={codebook}
                onChange={(event) => setCodebook(event.target.checked)}
                data-testid="report-codebook"
              />
              {t.reportCodebook}
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={memos}
                onChange={(event) => setMemos(event.target.checked)}
                data-testid="report-memos"
              />
              {t.reportMemos}
            </label>
          </fieldset>
          <label className="field-label" htmlFor={`${id}-name`}>
            {t.reportTitleLabel}
          </label>
          <input
            id={`${id}-name`}
            className="text-input"
            dir="auto"
            value={title}
            placeholder={t.reportTitlePlaceholder}
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
          />
          <label className="field-label" htmlFor={`${id}-language`}>
            {t.reportLanguageLabel}
          </label>
          <select
            id={`${id}-language`}
            className="select"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'ar')}
            data-testid="report-language"
          >
            <option value="ar" lang="ar">
              العربية
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
          <fieldset className="choice-list report-formats">
            <legend className="field-label">{t.reportSaveAs}</legend>
            {FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="button report-format"
                disabled={nothingChosen || busy !== undefined}
                onClick={() => void save(format)}
                data-testid={`report-save-${format}`}
              >
                <span className="choice-name">{busy === format ? t.reportSaving : t.reportFormats[format].name}</span>
                <span className="choice-hint">{t.reportFormats[format].hint}</span>
              </button>
            ))}
          </fieldset>
          <OutcomeMessage outcome={outcome} testId="report-outcome" />
        </div>
        <div className="report-preview-pane">
          {nothingChosen ? (
            <p className="notice">{t.reportNothingChosen}</p>
          ) : preview === undefined ? (
            <p className="notice">{t.reportPreviewing}</p>
          ) : 'error' in preview ? (
            <p className="error-text" role="alert">
              {t.reportFailed(preview.error)}
            </p>
          ) : (
            <ReportPreview html={preview.html} label={t.reportPreviewLabel} />
          )}
        </div>
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button" onClick={closeReport}>
          {t.close}
        </button>
      </footer>
    </ModalDialog>
  );
}
