import { defineModule } from '../../common/module';
import { DeadlineRuleEntity, PublicHolidayEntity } from './deadline-rule.entity';
import { DeadlineRulesResolver } from './deadline-rules.resolver';
import { seedDeadlineReference } from './deadline-rules.seed';

// The deadline rule table (Decree 56's clocks) and the Vietnamese holiday calendar.
export const deadlineRulesModule = defineModule({
  name: 'deadline-rules',
  resolvers: [DeadlineRulesResolver],
  entities: [DeadlineRuleEntity, PublicHolidayEntity],
  seeds: { reference: seedDeadlineReference },
});
