/**
 * The colours offered for a new code. They are the service's default palette (Tableau's ten
 * categorical colours and two more), so a code made here looks like one the service coloured
 * itself, and they stay apart from one another as tints behind Arabic text.
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
export function nextCodeColor(colorsInUse: readonly string[]): string {
  const used = new Set(colorsInUse.map((color) => color.toLowerCase()));
  return CODE_PALETTE.find((color) => !used.has(color)) ?? CODE_PALETTE[colorsInUse.length % CODE_PALETTE.length]!;
}
