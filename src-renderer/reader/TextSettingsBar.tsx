import { useSettings } from '../settings/SettingsContext';
import { useStrings } from '../i18n/useStrings';

const FONT_SIZES = { min: 12, max: 40, step: 2 };
const LINE_HEIGHTS = { min: 1.2, max: 3, step: 0.1 };

const clamp = (value: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, value));

interface StepButton {
  label: string;
  glyph: string;
  glyphClass?: string;
}

/** A value between a button that lowers it and one that raises it, each disabled at its bound. */
function Stepper(props: {
  value: string;
  less: StepButton;
  more: StepButton;
  atMin: boolean;
  atMax: boolean;
  onStep(direction: -1 | 1): void;
}) {
  const button = (step: StepButton, direction: -1 | 1, disabled: boolean) => (
    <button
      type="button"
      className="icon-button"
      aria-label={step.label}
      title={step.label}
      disabled={disabled}
      onClick={() => props.onStep(direction)}
    >
      <span aria-hidden="true" className={step.glyphClass}>
        {step.glyph}
      </span>
    </button>
  );
  return (
    <div className="stepper">
      {button(props.less, -1, props.atMin)}
      <span className="stepper-value" dir="ltr">
        {props.value}
      </span>
      {button(props.more, 1, props.atMax)}
    </div>
  );
}

/** The reader's text size, line spacing and boilerplate toggle, saved in the settings. */
export function TextSettingsBar() {
  const t = useStrings();
  const { settings, updateSettings } = useSettings();
  const setFontSize = (delta: number) => updateSettings({ fontSize: clamp(settings.fontSize + delta, FONT_SIZES) });
  // Rounded so repeated steps do not drift into 1.7000000000000002.
  const setLineHeight = (delta: number) =>
    updateSettings({ lineHeight: Math.round(clamp(settings.lineHeight + delta, LINE_HEIGHTS) * 10) / 10 });

  return (
    <div className="text-settings" role="group" aria-label={t.textSettings}>
      <Stepper
        value={t.fontSizeValue(settings.fontSize)}
        less={{ label: t.smallerText, glyph: 'أ', glyphClass: 'glyph-small' }}
        more={{ label: t.largerText, glyph: 'أ', glyphClass: 'glyph-large' }}
        atMin={settings.fontSize <= FONT_SIZES.min}
        atMax={settings.fontSize >= FONT_SIZES.max}
        onStep={(direction) => setFontSize(direction * FONT_SIZES.step)}
      />
      <Stepper
        value={t.lineHeightValue(settings.lineHeight)}
        less={{ label: t.tighterLines, glyph: '≡' }}
        more={{ label: t.looserLines, glyph: '☰', glyphClass: 'glyph-loose' }}
        atMin={settings.lineHeight <= LINE_HEIGHTS.min}
        atMax={settings.lineHeight >= LINE_HEIGHTS.max}
        onStep={(direction) => setLineHeight(direction * LINE_HEIGHTS.step)}
      />
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
