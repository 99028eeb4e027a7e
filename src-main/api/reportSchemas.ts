import { z } from 'zod';

/**
 * Shapes of the report calls (`report.*`): what goes into a report the user hands to people who do
 * not use Qarin, and the files it comes back as. Pure zod: the renderer imports only the types.
 */

export const ReportFormatSchema = z.enum(['html', 'pdf', 'docx']);

export const ReportRequestSchema = z.object({
  /** Annotated passages grouped under each report or under each code; left out when absent. */
  annotations: z.enum(['by-report', 'by-code']).optional(),
  /** 2 to 4 reports whose comparison (columns with shared passages, the facts table) goes in. */
  compare: z.array(z.string().min(1)).min(2).max(4).optional(),
  codebook: z.boolean().default(false),
  memos: z.boolean().default(false),
  /** The language of every word the report adds around the user's content. */
  language: z.enum(['ar', 'en']).default('en'),
  title: z.string().max(300).optional(),
});

/** The report as HTML, for a preview before saving. */
export const ReportPreviewSchema = z.object({
  title: z.string(),
  html: z.string(),
  highlightCount: z.number().int().min(0),
});

export const SaveReportRequestSchema = ReportRequestSchema.extend({ format: ReportFormatSchema });

/** A report file for the save dialog, as exports are handed over. */
export const ReportFileSchema = z.object({
  filename: z.string(),
  mimeType: z.string(),
  /** HTML as text; PDF and DOCX bytes in base64. */
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  highlightCount: z.number().int().min(0),
});

export type ReportFormat = z.infer<typeof ReportFormatSchema>;
export type ReportRequest = z.output<typeof ReportRequestSchema>;
export type SaveReportRequest = z.output<typeof SaveReportRequestSchema>;
export type ReportPreview = z.infer<typeof ReportPreviewSchema>;
export type ReportFile = z.infer<typeof ReportFileSchema>;
