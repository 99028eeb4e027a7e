import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { localizedMessage } from './localizedMessage';

type Outcome = { kind: 'restored'; message: string } | { kind: 'failed'; message: string };

function formatTakenAt(iso: string, language: 'ar' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * When the annotation files cannot be read, says so plainly (the reports themselves are fine) and
 * offers the one repair: putting back the newest backup that opens. Nothing is deleted by it.
 */
export function AnnotationStoreBanner() {
  const t = useStrings();
  const api = useApi();
  const { language } = useSettings().settings;
  const { status, refresh } = useAnnotationData();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  if (status?.state !== 'corrupt') {
    return outcome?.kind === 'restored' ? (
      <div className="app-banner banner-good" role="status">
        <span>{outcome.message}</span>
        <button type="button" className="icon-button" aria-label={t.dismiss} onClick={() => setOutcome(undefined)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    ) : null;
  }

  const newest = status.backups
    .filter((backup) => backup.readable)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0];
  const detail = status.message?.[language];

  async function restore() {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await api.call('annotations.restoreBackup', newest ? { name: newest.name } : {});
      setOutcome({ kind: 'restored', message: t.restored(result.restored, result.setAside.length) });
      refresh();
    } catch (error) {
      setOutcome({ kind: 'failed', message: t.restoreFailed(localizedMessage(error, language)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="app-banner banner-danger" role="alert" data-testid="annotation-store-banner">
      <div className="banner-text">
        <strong>{t.storeCorruptTitle}</strong>
        {detail && (
          <span className="banner-detail" dir="auto">
            {detail}
          </span>
        )}
        <span>{t.storeCorruptExplanation}</span>
        {!newest && <span>{t.restoreNoBackup}</span>}
        {outcome?.kind === 'failed' && <span className="banner-detail">{outcome.message}</span>}
      </div>
      <button
        type="button"
        className="button button-primary"
        onClick={() => void restore()}
        disabled={busy}
        data-testid="restore-backup"
      >
        {busy ? t.restoring : newest ? t.restoreNewestBackup(formatTakenAt(newest.takenAt, language)) : t.tryRecover}
      </button>
    </div>
  );
}
