import { AbuseForm, ReportCategory, ReportChannel, ReportStatus } from '@cp/schema';
import { defineModule } from '../../common/module';
import { reportSections } from '../periodic-reports/report-section';
import { abuseReportMeasures } from './abuse-report.measures';
import { AbuseReportEntity } from './abuse-report.entity';
import { AbuseReportResolver } from './abuse-report.resolver';
import { abuseReportsSection } from './abuse-reports.section';

// Abuse reports (Decree 56 Form 01) and the reporter's protected identity.
export const reportsModule = defineModule({
  name: 'reports',
  resolvers: [AbuseReportResolver],
  entities: [AbuseReportEntity],
  tables: ['abuse_reporter'],
  enums: { AbuseForm, ReportChannel, ReportCategory, ReportStatus },
  contributes: [reportSections(abuseReportsSection), abuseReportMeasures],
});
