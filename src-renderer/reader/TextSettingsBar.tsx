import { useSettings } from '../settings/SettingsContext';
import { useStrings } from '../i18n/useStrings';

const FONT_SIZES = { min: 12, max: 40, step: 2 };
const LINE_HEIGHTS = { min: 1.2, max: 3, step: 0.1 };

const clamp = (value: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, value));

export function TextSettingsBar() {
  const t = useStrings();
  const { settings, updateSettings } = useSettings();
  const setFontSize = (delta: number) => updateSettings({ fontSize: clamp(settings.fontSize + delta, FONT_SIZES) });
  // Rounded so repeated steps do not drift into 1.7000000000000002.
  const setLineHeight = (delta: number) =>
    updateSettings({ lineHeight: Math.round(clamp(settings.lineHeight + delta, LINE_HEIGHTS) * 10) / 10 });

  return (
    <div className="text-settings" role="group" aria-label={t.textSettings}>
      <div className="stepper">
        <button
          type="button"
          className="icon-button"
          aria-label={t.smallerText}
          title={t.smallerText}
          disabled={settings.fontSize <= FONT_SIZES.min}
          onClick={() => setFontSize(-FONT_SIZES.step)}
        >
          <span aria-hidden="true" className="glyph-small">
            أ
          </span>
        </button>
        <span className="stepper-value" dir="ltr">
          {t.fontSizeValue(settings.fontSize)}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t.largerText}
          title={t.largerText}
          disabled={settings.fontSize >= FONT_SIZES.max}
          onClick={() => setFontSize(FONT_SIZES.step)}
        >
          <span aria-hidden="true" className="glyph-large">
            أ
          </span>
        </button>
      </div>
      <div className="stepper">
        <button
          type="button"
          className="icon-button"
          aria-label={t.tighterLines}
          title={t.tighterLines}
          disabled={settings.lineHeight <= LINE_HEIGHTS.min}
          onClick={() => setLineHeight(-LINE_HEIGHTS.step)}
        >
          <span aria-hidden="true">≡</span>
        </button>
        <span className="stepper-value" dir="ltr">
          {t.lineHeightValue(settings.lineHeight)}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t.looserLines}
          title={t.looserLines}
          disabled={settings.lineHeight >= LINE_HEIGHTS.max}
          onClick={() => setLineHeight(LINE_HEIGHTS.step)}
        >
          <span aria-hidden="true" className="glyph-loose">
            ☰
          </span>
        </button>
      </div>
      <label className="toggle" title={t.boilerplateTitle}>
        <input
          type="checkbox"
          checked={settings.showBoilerplate}
          onChange={(event) => updateSettings({ showBoilerplate: event.target.checked })}
        />
        <span>{t.showBoilerplate}</span>
      </label>
    </div>
  );
}
