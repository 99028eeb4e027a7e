import { ReportPreviewSchema, ReportFileSchema, ReportRequestSchema, SaveReportRequestSchema } from '../reportSchemas';

/** Reports for readers who do not use Qarin: a preview in HTML, and the file in HTML, PDF or Word. */
export const reportMethods = {
  'report.build': { input: ReportRequestSchema, output: ReportPreviewSchema },
  'report.save': { input: SaveReportRequestSchema, output: ReportFileSchema },
} as const;
