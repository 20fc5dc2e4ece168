import type { NonEmptyArray } from 'type-graphql';
import { installModules, type ModuleManifest } from '../common/module';
import { adminUnitsModule } from '../modules/admin-units/admin-units.module';
import { analyticsModule } from '../modules/analytics/analytics.module';
import { auditModule } from '../modules/audit/audit.module';
import { authModule } from '../modules/auth/auth.module';
import { casesModule } from '../modules/cases/cases.module';
import { childrenModule } from '../modules/children/children.module';
import { deadlineRulesModule } from '../modules/deadline-rules/deadline-rules.module';
import { deadlinesModule } from '../modules/deadlines/deadlines.module';
import { directivesModule } from '../modules/directives/directives.module';
import { exportsModule } from '../modules/exports/exports.module';
import { formsModule } from '../modules/forms/forms.module';
import { importsModule } from '../modules/imports/imports.module';
import { notificationsModule } from '../modules/notifications/notifications.module';
import { periodicReportsModule } from '../modules/periodic-reports/periodic-reports.module';
import { reportsModule } from '../modules/reports/reports.module';

// The product's server modules: one line each. Everything a module adds (resolvers, entities,
// enums, loaders, HTTP routes, jobs, seeds, report sections, statistics measures) comes from its
// manifest; nothing else is registered by hand. Reference seeds run in this order.
export const MODULES = [
  authModule,
  adminUnitsModule,
  auditModule,
  notificationsModule,
  childrenModule,
  reportsModule,
  casesModule,
  deadlineRulesModule,
  deadlinesModule,
  directivesModule,
  analyticsModule,
  periodicReportsModule,
  formsModule,
  importsModule,
  exportsModule,
] as const satisfies readonly ModuleManifest[];

const manifests: readonly ModuleManifest[] = MODULES;
installModules(manifests);

const all = <T>(pick: (m: ModuleManifest) => readonly T[] | undefined): T[] => manifests.flatMap((m) => [...(pick(m) ?? [])]);

export const RESOLVERS = all((m) => m.resolvers) as NonEmptyArray<Function>;
export const ENTITIES = all((m) => m.entities);
export const HTTP_ROUTES = all((m) => m.httpRoutes);
export const JOBS = all((m) => m.jobs);
export const REFERENCE_SEEDS = all((m) => (m.seeds?.reference ? [m.seeds.reference] : []));
export const DEMO_SEEDS = all((m) => (m.seeds?.demo ? [m.seeds.demo] : []));

// Every GraphQL enum once, under its contract name; two modules may list the same enum, never
// two enums under one name.
export const ENUMS: ReadonlyMap<string, object> = manifests.reduce((enums, m) => {
  for (const [name, value] of Object.entries(m.enums ?? {})) {
    if (enums.has(name) && enums.get(name) !== value) throw new Error(`two enums are named ${name}`);
    enums.set(name, value);
  }
  return enums;
}, new Map<string, object>());
