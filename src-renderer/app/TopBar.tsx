import { AnnotationTopBarActions } from '../annotations/AnnotationTopBarActions';
import { useStrings } from '../i18n/useStrings';
import { useProjectInfo } from '../project/ProjectInfoContext';
import { TopSearchField } from '../search/TopSearchField';
import { useSettings } from '../settings/SettingsContext';

interface TopBarProps {
  onImport(): void;
  detailsOpen: boolean;
  onToggleDetails(): void;
  /** On a narrow window with a report open, the side panel folds to this toggle. */
  sidePanel?: { shown: boolean; toggle(): void };
}

export function TopBar({ onImport, detailsOpen, onToggleDetails, sidePanel }: TopBarProps) {
  const t = useStrings();
  const { settings, updateSettings } = useSettings();
  const { info } = useProjectInfo();
  const dark = settings.theme === 'dark';
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ق
        </span>
        <span className="brand-name" title={t.appTagline}>
          {t.appName}
        </span>
        <span className="brand-project" title={info.path} dir="auto">
          {t.documentsInProject(info.documentCount)}
        </span>
      </div>
      <TopSearchField />
      <div className="top-actions">
        {sidePanel && (
          <button
            type="button"
            className="button"
            aria-pressed={sidePanel.shown}
            aria-controls="side-panel"
            onClick={sidePanel.toggle}
            data-testid="side-panel-toggle"
          >
            {t.showSidePanel}
          </button>
        )}
        <AnnotationTopBarActions />
        <button type="button" className="button button-primary" onClick={onImport} data-testid="import-button">
          {t.importButton}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={detailsOpen}
          aria-controls="details-panel"
          onClick={onToggleDetails}
          data-testid="details-toggle"
        >
          {t.detailsToggle}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={dark}
          title={t.switchThemeLabel}
          onClick={() => updateSettings({ theme: dark ? 'light' : 'dark' })}
          data-testid="theme-toggle"
        >
          <span aria-hidden="true">{dark ? '☾' : '☀'}</span> <span className="button-label">{t.themeDark}</span>
        </button>
        <button
          type="button"
          className="button"
          lang={settings.language === 'ar' ? 'en' : 'ar'}
          // Named by what it shows («English» / «العربية»), as a language switch is; the tooltip explains.
          aria-description={t.switchLanguageLabel}
          title={t.switchLanguageLabel}
          onClick={() => updateSettings({ language: settings.language === 'ar' ? 'en' : 'ar' })}
          data-testid="language-toggle"
        >
          {t.switchLanguage}
        </button>
      </div>
    </header>
  );
}
