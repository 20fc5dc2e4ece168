import { ChildOrder, Sex, SpecialCircumstance } from '@cp/schema';
import { defineModule } from '../../common/module';
import { reportSections } from '../periodic-reports/report-section';
import { CaregiverEntity } from './caregiver.entity';
import { ChildCircumstanceEntity } from './child-circumstance.entity';
import { childMeasures } from './child.measures';
import { ChildEntity } from './child.entity';
import { createChildLoaders } from './child.loaders';
import { ChildRegistryResolver } from './child-registry.resolver';
import { ChildCircumstanceResolver, ChildResolver } from './child.resolver';
import { childrenSection } from './children.section';
import { circumstancesSection } from './circumstances.section';

// The child registry: children, caregivers, special circumstances, duplicates and merges.
export const childrenModule = defineModule({
  name: 'children',
  resolvers: [ChildResolver, ChildCircumstanceResolver, ChildRegistryResolver],
  entities: [ChildEntity, CaregiverEntity, ChildCircumstanceEntity],
  enums: { Sex, SpecialCircumstance, ChildOrder },
  loaders: (actor) => createChildLoaders(actor),
  contributes: [reportSections(childrenSection, circumstancesSection), childMeasures],
});
