import type { ApiHandlers } from '../../api/dispatch';
import type { ReportService } from './reportService';

/** The contract's report calls over one project's ReportService. */
export function createReportHandlers(reports: ReportService): Pick<ApiHandlers, 'report.build' | 'report.save'> {
  return {
    'report.build': async (request) => reports.build(request),
    'report.save': (request) => reports.save(request),
  };
}
