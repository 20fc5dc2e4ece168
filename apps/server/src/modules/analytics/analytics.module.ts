import { StatDimension, StatMeasure } from '@cp/schema';
import { defineModule } from '../../common/module';
import { statsCsvRoutes } from './stats-csv.route';
import { StatsResolver } from './stats.resolver';

// Aggregate statistics over the measures other modules contribute (see stat-measures.ts), with
// small-cell suppression; the CSV download.
export const analyticsModule = defineModule({
  name: 'analytics',
  resolvers: [StatsResolver],
  enums: { StatMeasure, StatDimension },
  httpRoutes: statsCsvRoutes,
});
