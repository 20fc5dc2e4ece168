import { DutyStatus } from '@cp/schema';
import { defineModule } from '../../common/module';
import { reportSections } from '../periodic-reports/report-section';
import { AgencyDutyEntity } from './agency-duty.entity';
import { AgencyDutyResolver, DutyUpdateRevisionResolver, DutyUpdateResolver } from './agency-duty.resolver';
import { attachmentRoutes } from './attachment.routes';
import { seedDirective2021 } from './directive-2021.seed';
import { DirectiveEntity } from './directive.entity';
import { createDirectiveLoaders } from './directive.loaders';
import { AgencyProgressResolver, DirectiveResolver } from './directive.resolver';
import { dutyReminderJob } from './duty-reminder.job';
import { dutyProgressSection } from './duty-progress.section';
import { DutyAttachmentEntity, DutyUpdateEntity, DutyUpdateRevisionEntity } from './duty-update.entity';

// Directives, the duties they give each agency, progress updates per period with evidence files.
export const directivesModule = defineModule({
  name: 'directives',
  resolvers: [DirectiveResolver, AgencyProgressResolver, AgencyDutyResolver, DutyUpdateResolver, DutyUpdateRevisionResolver],
  entities: [DirectiveEntity, AgencyDutyEntity, DutyUpdateEntity, DutyUpdateRevisionEntity, DutyAttachmentEntity],
  enums: { DutyStatus },
  loaders: () => createDirectiveLoaders(),
  httpRoutes: attachmentRoutes,
  jobs: [dutyReminderJob],
  seeds: { demo: async (tx, demo) => void (await seedDirective2021(tx, demo.districtCode, demo.communeCommittees)) },
  contributes: [reportSections(dutyProgressSection)],
});
