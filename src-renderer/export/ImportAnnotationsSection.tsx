import { useEffect, useId, useRef, useState } from 'react';
import type { ImportAnnotationsResult } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { formatNumber } from '../../src-shared/formatNumber';

type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'done'; fileName: string; result: ImportAnnotationsResult }
  | { status: 'failed'; fileName: string; reason: string };

const COUNTS = ['exact', 'fuzzy', 'orphans', 'unchanged', 'updated', 'codesCreated'] as const;

/** Reads a Web Annotation JSON-LD file and says how each of its highlights found its place. */
export function ImportAnnotationsSection() {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { refresh } = useAnnotationData();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The section sits at the bottom of a scrolling dialog: bring the outcome into view.
  useEffect(() => {
    if (state.status === 'done' || state.status === 'failed') outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [state.status]);

  async function read(file: File | undefined) {
    if (!file) return;
    setState({ status: 'reading', fileName: file.name });
    try {
      const content = await file.text();
      const result = await api.call('annotations.importJson', { content });
      setState({ status: 'done', fileName: file.name, result });
      refresh();
    } catch (error) {
      setState({ status: 'failed', fileName: file.name, reason: localizedMessage(error, language) });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <section className="export-import" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="field-label">
        {t.importHeading}
      </h3>
      <p className="field-hint">{t.importExplanation}</p>
      <div className="control-row">
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          aria-label={t.importHeading}
          accept=".json,.jsonld,application/ld+json,application/json"
          className="visually-hidden"
          onChange={(event) => void read(event.target.files?.[0])}
          data-testid="import-annotations-file"
        />
        <button
          type="button"
          className="button"
          onClick={() => inputRef.current?.click()}
          disabled={state.status === 'reading'}
        >
          {state.status === 'reading' ? t.importingAnnotations : t.importChooseFile}
        </button>
        {state.status !== 'idle' && (
          <span className="mono small muted" dir="ltr">
            {state.fileName}
          </span>
        )}
      </div>
      <div ref={outcomeRef} aria-live="polite">
        {state.status === 'done' && (
          <div className="report-tiles import-tiles" data-testid="import-annotations-result">
            {COUNTS.map((key) => (
              <div
                key={key}
                className={`tile${key === 'orphans' && state.result.orphans > 0 ? ' tile-warn' : key === 'exact' ? ' tile-good' : ''}`}
                data-count={key}
              >
                <span className="tile-value">{formatNumber(state.result[key], language)}</span>
                <span className="tile-label">{t.importResultLabels[key]}</span>
              </div>
            ))}
          </div>
        )}
        {state.status === 'done' && state.result.skipped.length > 0 && (
          <div className="notice small" data-testid="import-annotations-skipped">
            <p>{t.importSkipped(state.result.skipped.length)}</p>
            <ul>
              {state.result.skipped.map((entry) => (
                <li key={entry.highlightId} dir="auto">
                  «{entry.quote}»
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.status === 'failed' && (
          <p className="error-text small" role="alert" dir="auto" data-testid="import-annotations-error">
            {t.importAnnotationsFailed(state.reason)}
          </p>
        )}
      </div>
    </section>
  );
}
