import type { ReactNode } from 'react';
import { useSettings } from '../settings/SettingsContext';
import { formatNumber } from '../../src-shared/formatNumber';

/** Long lists (a whole corpus can be added at once) are cut; the counts above them stay exact. */
export const ITEMS_SHOWN = 200;

/** One category of an import report, open when short, collapsed when long, absent when empty. */
export function ReportSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { language } = useSettings().settings;
  if (count === 0) return null;
  return (
    <details className="report-section" open={count <= 20 || undefined}>
      <summary>
        {title} <span className="count">{formatNumber(count, language)}</span>
      </summary>
      <ul className="report-list">{children}</ul>
      {count > ITEMS_SHOWN && <p className="muted">… +{formatNumber(count - ITEMS_SHOWN, language)}</p>}
    </details>
  );
}
