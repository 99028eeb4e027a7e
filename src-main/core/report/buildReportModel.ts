import type { ComparisonResult } from '../compare/comparisonResult';
import type { Code } from '../annotations/code';
import type { DocumentNote } from '../annotations/documentNote';
import type { Highlight } from '../annotations/highlight';
import type { Memo } from '../annotations/memo';
import { codePath } from '../export/codePath';
import { codebookOrder } from './codebookOrder';
import { markSharedText } from './markSharedText';
import { REPORT_LABELS, type ReportLanguage } from './reportLabels';
import type {
  ReportCitation,
  ReportCodeChip,
  ReportModel,
  ReportPassage,
  ReportPassageGroup,
  ReportSection,
} from './reportModel';

/** What a report needs of a project's report (document): its citation and its stored text. */
export interface ReportDocument {
  id: string;
  title: string;
  source?: string;
  date?: string;
  url?: string;
  text: string;
}

/** The project's material, already read by the caller; the builder chooses and orders, never reads. */
export interface ReportInput {
  /** The highlights the annotations section shows. */
  highlights: readonly Highlight[];
  /** Every highlight of the project, for the codebook's counts and memos' linked passages (default: `highlights`). */
  allHighlights?: readonly Highlight[];
  codes: readonly Code[];
  memos: readonly Memo[];
  documentNotes: readonly DocumentNote[];
  /** Every report the highlights, memos and comparison point into. */
  documents: readonly ReportDocument[];
  /** The comparison exactly as `compare.run` answered it (the engine's result and the compared reports). */
  comparison?: ReportComparison;
}

/** The comparison engine's result with the compared reports, in column order, as CompareService gives it. */
export interface ReportComparison extends ComparisonResult {
  documents: ReadonlyArray<{ id: string; title: string; source?: string; date?: string }>;
}

/** What the user picked to go into the report. */
export interface ReportContents {
  language: ReportLanguage;
  title?: string;
  annotations?: 'by-report' | 'by-code';
  codebook?: boolean;
  memos?: boolean;
  projectName: string;
  /** ISO 8601; the report prints its date. */
  generatedAt: string;
}

/**
 * Builds the one model every output renders: sections in a fixed order (annotations, comparison,
 * codebook, memos) and a bibliography of every report cited, numbered in order of first citation.
 */
export function buildReportModel(input: ReportInput, contents: ReportContents): ReportModel {
  const labels = REPORT_LABELS[contents.language];
  const documents = new Map(input.documents.map((document) => [document.id, document]));
  const codesById = new Map(input.codes.map((code) => [code.id, code]));
  const citations: ReportCitation[] = [];
  const citationOf = new Map<string, number>();
  const cite = (docId: string): number => {
    const known = citationOf.get(docId);
    if (known !== undefined) return known;
    const document = documents.get(docId);
    const citation: ReportCitation = { number: citations.length + 1, title: document?.title ?? docId };
    if (document?.source !== undefined) citation.source = document.source;
    if (document?.date !== undefined) citation.date = document.date;
    if (document?.url !== undefined) citation.url = document.url;
    citations.push(citation);
    citationOf.set(docId, citation.number);
    return citation.number;
  };
  const chip = (code: Code): ReportCodeChip => ({ name: codePath(code, codesById).join(' / '), color: code.color });
  const passage = (highlight: Highlight): ReportPassage => ({
    quote: highlight.target.quote.exact,
    codes: highlight.codeIds.flatMap((id) => {
      const code = codesById.get(id);
      return code === undefined ? [] : [chip(code)];
    }),
    note: highlight.note.trim(),
    citation: cite(highlight.docId),
    reportTitle: documents.get(highlight.docId)?.title ?? highlight.docId,
    orphan: highlight.status === 'orphan',
  });
  const inTextOrder = [...input.highlights].sort(
    (a, b) => a.target.position.start - b.target.position.start || a.id.localeCompare(b.id),
  );

  const sections: ReportSection[] = [];
  if (contents.annotations === 'by-report') {
    const byDocument = new Map<string, Highlight[]>();
    for (const highlight of inTextOrder) {
      const list = byDocument.get(highlight.docId) ?? [];
      list.push(highlight);
      byDocument.set(highlight.docId, list);
    }
    const notes = new Map(input.documentNotes.map((note) => [note.docId, note.body.trim()]));
    const order = [
      ...input.documents.map((document) => document.id).filter((id) => byDocument.has(id) || notes.get(id)),
      ...[...byDocument.keys()].filter((id) => !documents.has(id)),
    ];
    const groups: ReportPassageGroup[] = order.map((docId) => {
      const document = documents.get(docId);
      const group: ReportPassageGroup = {
        heading: document?.title ?? docId,
        detail: [document?.source, document?.date].filter(Boolean).join(labels.listSeparator),
        citation: cite(docId),
        passages: (byDocument.get(docId) ?? []).map(passage),
      };
      const note = notes.get(docId);
      if (note) group.note = note;
      return group;
    });
    sections.push({
      kind: 'annotations',
      id: 'annotations',
      heading: labels.annotationsByReport,
      groups,
      empty: labels.noHighlights,
      orphan: labels.orphan,
    });
  } else if (contents.annotations === 'by-code') {
    const groups: ReportPassageGroup[] = [];
    for (const { code } of codebookOrder(input.codes)) {
      const coded = inTextOrder.filter((highlight) => highlight.codeIds.includes(code.id));
      if (coded.length === 0) continue;
      const group: ReportPassageGroup = {
        heading: chip(code).name,
        color: code.color,
        passages: coded.map(passage),
      };
      if (code.description?.trim()) group.detail = code.description.trim();
      groups.push(group);
    }
    const uncoded = inTextOrder.filter((highlight) => !highlight.codeIds.some((id) => codesById.has(id)));
    if (uncoded.length > 0) groups.push({ heading: labels.uncoded, passages: uncoded.map(passage) });
    sections.push({
      kind: 'annotations',
      id: 'annotations',
      heading: labels.annotationsByCode,
      groups,
      empty: labels.noHighlights,
      orphan: labels.orphan,
    });
  }

  if (input.comparison !== undefined) {
    const comparison = input.comparison;
    const columns = comparison.documents.map((compared) => {
      const spans = comparison.passages.flatMap((shared) => shared.spans.filter((span) => span.docId === compared.id));
      return {
        title: compared.title,
        detail: [compared.source, compared.date].filter(Boolean).join(labels.listSeparator),
        citation: cite(compared.id),
        base: compared.id === comparison.baseId,
        paragraphs: markSharedText(documents.get(compared.id)?.text ?? '', spans),
      };
    });
    sections.push({
      kind: 'comparison',
      id: 'comparison',
      heading: labels.comparison,
      columnsHeading: labels.comparedReports,
      legend: labels.sharedPassageLegend,
      columns,
      factsHeading: labels.facts,
      factHeaders: { kind: labels.kind, subject: labels.subject, agreement: labels.agreement },
      facts: comparison.facts.map((row) => ({
        kind: labels.factKind[row.kind],
        label: row.label,
        cells: comparison.documents.map((compared) =>
          row.cells
            .filter((cell) => cell.docId === compared.id)
            .map((cell) => cell.text)
            .join(labels.listSeparator),
        ),
        disagree: row.disagree,
      })),
      labels: { disagree: labels.disagree, agree: labels.agree, silent: labels.silent },
    });
  }

  if (contents.codebook) {
    const counts = new Map<string, number>();
    for (const highlight of input.allHighlights ?? input.highlights) {
      for (const id of new Set(highlight.codeIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    sections.push({
      kind: 'codebook',
      id: 'codebook',
      heading: labels.codebook,
      headers: { code: labels.code, description: labels.description, count: labels.highlights },
      rows: codebookOrder(input.codes).map(({ code, depth }) => ({
        name: code.name,
        depth,
        color: code.color,
        description: code.description?.trim() ?? '',
        count: counts.get(code.id) ?? 0,
      })),
      empty: labels.noCodes,
    });
  }

  if (contents.memos) {
    const highlightsById = new Map(
      (input.allHighlights ?? input.highlights).map((highlight) => [highlight.id, highlight]),
    );
    sections.push({
      kind: 'memos',
      id: 'memos',
      heading: labels.memos,
      linkedHeading: labels.linkedHighlights,
      memos: input.memos.map((memo) => ({
        title: memo.title.trim() || labels.untitledMemo,
        body: memo.body.trim(),
        linked: memo.highlightIds.flatMap((id) => {
          const highlight = highlightsById.get(id);
          return highlight === undefined
            ? []
            : [{ quote: highlight.target.quote.exact, citation: cite(highlight.docId) }];
        }),
      })),
      empty: labels.noMemos,
    });
  }

  if (citations.length > 0) {
    sections.push({
      kind: 'bibliography',
      id: 'bibliography',
      heading: labels.bibliography,
      labels: { source: labels.source, date: labels.date, url: labels.url },
      citations,
    });
  }

  return {
    language: contents.language,
    direction: contents.language === 'ar' ? 'rtl' : 'ltr',
    title: contents.title?.trim() || labels.defaultTitle,
    subtitle: labels.generated(contents.projectName, contents.generatedAt.slice(0, 10)),
    contentsHeading: labels.contents,
    sections,
  };
}
