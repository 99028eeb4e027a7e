/**
 * A font face the HTML report embeds as a data: URL, so it opens and prints the same on a machine
 * without the font and never asks the network for one. Core cannot read files: the caller loads it.
 */
export interface ReportFontFace {
  weight: 400 | 700;
  /** CSS `unicode-range`, so the Arabic and Latin halves of a family can be separate files. */
  unicodeRange?: string;
  woff2Base64: string;
}

/** The family name the report's styles use for the embedded faces. */
export const REPORT_FONT_FAMILY = 'Qarin Report Naskh';
