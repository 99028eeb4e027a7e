import { useId, type CSSProperties, type KeyboardEvent } from 'react';
import { useStrings } from '../i18n/useStrings';
import { useAnnotationData } from '../annotations/AnnotationDataContext';

interface ColorSwatchesProps {
  label: string;
  value: string;
  onChange(color: string): void;
  /** One row of small swatches, without the free colour field (inside the code picker). */
  compact?: boolean;
}

/** The palette as a radio group (arrow keys move, as in any radio group), plus any colour at all. */
export function ColorSwatches({ label, value, onChange, compact = false }: ColorSwatchesProps) {
  const t = useStrings();
  const id = useId();
  const { palette } = useAnnotationData();
  const current = value.toLowerCase();
  const inPalette = palette.some((color) => color === current);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const forward = ['ArrowRight', 'ArrowDown'];
    const backward = ['ArrowLeft', 'ArrowUp'];
    if (![...forward, ...backward].includes(event.key)) return;
    event.preventDefault();
    // In a right-to-left layout the visual "next" swatch is to the left.
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const horizontal = event.key === 'ArrowRight' || event.key === 'ArrowLeft';
    let step = forward.includes(event.key) ? 1 : -1;
    if (rtl && horizontal) step = -step;
    const index = Math.max(
      0,
      palette.findIndex((color) => color === current),
    );
    const next = palette[(index + step + palette.length) % palette.length]!;
    onChange(next);
    requestAnimationFrame(() => document.getElementById(`${id}-${next.slice(1)}`)?.focus());
  }

  return (
    <div className={`swatches${compact ? ' is-compact' : ''}`}>
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-label`} className="swatch-row" onKeyDown={onKeyDown}>
        {palette.map((color) => {
          const checked = color === current;
          return (
            <button
              key={color}
              id={`${id}-${color.slice(1)}`}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={t.colorSwatch(color)}
              title={color}
              tabIndex={checked || (!inPalette && color === palette[0]) ? 0 : -1}
              className="swatch"
              style={{ '--code-color': color } as CSSProperties}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChange(color)}
            />
          );
        })}
        {!compact && (
          <label className="swatch-custom" title={t.customColor}>
            <span className="visually-hidden">{t.customColor}</span>
            <input type="color" value={current} onChange={(event) => onChange(event.target.value)} />
          </label>
        )}
      </div>
    </div>
  );
}
