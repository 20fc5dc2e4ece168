import { CaseStatus, MeasureStatus, ProtectionLevel, RiskLevel } from '@cp/schema';
import { defineModule } from '../../common/module';
import { reportSections } from '../periodic-reports/report-section';
import { AssignedMeasureResolver } from './assigned-measure.resolver';
import { CaseEventResolver, CaseFieldsResolver, CasePlanResolver, ChildCasesResolver, PlanMeasureResolver } from './case-fields.resolver';
import { createCaseLoaders } from './case.loaders';
import { caseMeasures } from './case.measures';
import { CaseAssessmentEntity, CaseEventEntity, CasePlanEntity, PlanMeasureEntity } from './case-parts.entity';
import { CaseResolver } from './case.resolver';
import { casesSection } from './cases.section';
import { ProtectionCaseEntity } from './protection-case.entity';

// Protection cases through the Decree 56 steps: assessments, plans, measures, referral, closure.
export const casesModule = defineModule({
  name: 'cases',
  resolvers: [
    CaseResolver,
    CaseFieldsResolver,
    CasePlanResolver,
    PlanMeasureResolver,
    CaseEventResolver,
    ChildCasesResolver,
    AssignedMeasureResolver,
  ],
  entities: [ProtectionCaseEntity, CaseEventEntity, CaseAssessmentEntity, CasePlanEntity, PlanMeasureEntity],
  enums: { ProtectionLevel, RiskLevel, CaseStatus, MeasureStatus },
  loaders: (actor) => ({ cases: createCaseLoaders(actor) }),
  contributes: [reportSections(casesSection), caseMeasures],
});
