import { defineModule } from '../../common/module';
import { PeriodicReportResolver } from './periodic-report.resolver';
import { periodicReportRoutes } from './periodic-report.routes';

// The 30/4 and 31/10 report of a district or commune, from the sections other modules contribute
// (see report-section.ts): preview through GraphQL, downloads as XLSX, PDF and DOCX.
export const periodicReportsModule = defineModule({
  name: 'periodic-reports',
  resolvers: [PeriodicReportResolver],
  httpRoutes: periodicReportRoutes,
});
