/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV
 * Injection"): a title such as `=HYPERLINK(…)` from an imported file would otherwise run when the
 * export is opened, without the user doing anything.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would take this text, typed or pasted into a cell, for a formula. */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_TRIGGER.test(value);
}

/**
 * A cell as the user wrote it, made inert for a spreadsheet: a leading apostrophe turns a would-be
 * formula into text (and spreadsheets hide the apostrophe). Shared by every tabular export.
 */
export function neutraliseFormula(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
