import { DeadlineKind, DeadlineState } from '@cp/schema';
import { defineModule } from '../../common/module';
import { reportSections } from '../periodic-reports/report-section';
import { DeadlineEntity } from './deadline.entity';
import { deadlineMeasures } from './deadline.measures';
import { deadlinesSection } from './deadlines.section';
import { MARK_MISSED_DEADLINES_JOB } from './mark-missed.job';
import { DeadlineResolver, WorklistResolver } from './worklist.resolver';

// The deadlines of reports and cases, the worklist, and the job that marks missed ones.
export const deadlinesModule = defineModule({
  name: 'deadlines',
  resolvers: [WorklistResolver, DeadlineResolver],
  entities: [DeadlineEntity],
  enums: { DeadlineKind, DeadlineState },
  jobs: [MARK_MISSED_DEADLINES_JOB],
  contributes: [reportSections(deadlinesSection), deadlineMeasures],
});
