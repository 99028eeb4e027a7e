import type { reportMethods } from '../../api/contract/reportContract';
import type { HandlersOf } from '../../api/dispatch';
import type { ReportService } from './reportService';

/** The contract's report calls over one project's ReportService. */
export function createReportHandlers(reports: ReportService): HandlersOf<typeof reportMethods> {
  return {
    'report.build': async (request) => reports.build(request),
    'report.save': (request) => reports.save(request),
  };
}
