import { useStrings } from '../i18n/useStrings';

export interface HeatStretch {
  start: number;
  end: number;
  /** 0..1, how much of the stretch the other reports share. */
  shared: number;
  /** Position along the base column, as fractions of its scrolled height. */
  top: number;
  height: number;
}

/**
 * Juxta's variation map along the base report: each of its sentences is a band whose colour says
 * how much the other reports share of it. A click scrolls every column there.
 */
export function VariationHeatMap({
  stretches,
  onPick,
}: {
  stretches: readonly HeatStretch[];
  onPick(stretch: HeatStretch): void;
}) {
  const t = useStrings();
  return (
    <div className="heat-map" role="group" aria-label={t.heatMapLabel} data-testid="heat-map">
      {stretches.map((stretch) => {
        const percent = Math.round(stretch.shared * 100);
        return (
          <button
            key={stretch.start}
            type="button"
            className="heat-band"
            style={{
              top: `${stretch.top * 100}%`,
              height: `max(3px, ${stretch.height * 100}%)`,
              // Shared stretches are cool and quiet, stretches only the base has are hot.
              background: `color-mix(in srgb, var(--heat-shared) ${percent}%, var(--heat-unique))`,
            }}
            title={t.heatMapStretch(percent)}
            aria-label={t.heatMapStretch(percent)}
            onClick={() => onPick(stretch)}
          />
        );
      })}
    </div>
  );
}
