import type { ReportLanguage } from './reportLabels';

/**
 * A report as its renderers see it: every word already chosen and in order, so the HTML (and the
 * PDF printed from it) and the DOCX carry the same content and cannot drift apart.
 */
export interface ReportModel {
  language: ReportLanguage;
  direction: 'rtl' | 'ltr';
  title: string;
  subtitle: string;
  contentsHeading: string;
  sections: ReportSection[];
}

/** A code as a reader sees it beside a passage: its path in the codebook and its colour. */
export interface ReportCodeChip {
  name: string;
  color: string;
}

/** One highlighted passage with what the analyst said about it; `citation` numbers the bibliography. */
export interface ReportPassage {
  quote: string;
  codes: ReportCodeChip[];
  note: string;
  citation: number;
  reportTitle: string;
  orphan: boolean;
}

export interface ReportPassageGroup {
  heading: string;
  /** A line under the heading: the outlet and date of a report, or the description of a code. */
  detail?: string;
  color?: string;
  citation?: number;
  /** The analyst's note on the whole report (grouping by report only). */
  note?: string;
  passages: ReportPassage[];
}

/** A stretch of a compared report's text; `shared` stretches appear in another report too. */
export interface ReportTextSegment {
  text: string;
  shared: boolean;
}

export interface ReportComparisonColumn {
  title: string;
  detail: string;
  citation: number;
  base: boolean;
  paragraphs: ReportTextSegment[][];
}

export interface ReportFactRow {
  kind: string;
  label: string;
  /** One cell per column, in column order; an empty string where the report is silent. */
  cells: string[];
  disagree: boolean;
}

export interface ReportCodebookRow {
  name: string;
  depth: number;
  color: string;
  description: string;
  count: number;
}

export interface ReportMemo {
  title: string;
  body: string;
  linked: Array<{ quote: string; citation: number }>;
}

export interface ReportCitation {
  number: number;
  title: string;
  source?: string;
  date?: string;
  url?: string;
}

interface SectionBase {
  /** The anchor the table of contents links to. */
  id: string;
  heading: string;
}

export type ReportSection =
  | (SectionBase & { kind: 'annotations'; groups: ReportPassageGroup[]; empty: string; orphan: string })
  | (SectionBase & {
      kind: 'comparison';
      columnsHeading: string;
      legend: string;
      columns: ReportComparisonColumn[];
      factsHeading: string;
      factHeaders: { kind: string; subject: string; agreement: string };
      facts: ReportFactRow[];
      labels: { disagree: string; agree: string; silent: string };
    })
  | (SectionBase & {
      kind: 'codebook';
      headers: { code: string; description: string; count: string };
      rows: ReportCodebookRow[];
      empty: string;
    })
  | (SectionBase & { kind: 'memos'; linkedHeading: string; memos: ReportMemo[]; empty: string })
  | (SectionBase & {
      kind: 'bibliography';
      labels: { source: string; date: string; url: string };
      citations: ReportCitation[];
    });
