/**
 * Colours given to new codes when the user picks none: Tableau's ten categorical colours (chosen to
 * stay apart from one another, also for the common colour-vision deficiencies) and two more, all
 * dark enough to read as underlines and light enough to tint a highlight behind Arabic text.
 */
export const CODE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#2f8fce',
  '#8cd17d',
] as const;

/** The first palette colour no code uses yet; once all are taken, they repeat in order. */
export function nextPaletteColor(colorsInUse: Iterable<string>, codeCount: number): string {
  const used = new Set([...colorsInUse].map((color) => color.toLowerCase()));
  return CODE_PALETTE.find((color) => !used.has(color)) ?? CODE_PALETTE[codeCount % CODE_PALETTE.length]!;
}
