import type { NonEmptyArray } from 'type-graphql';
import { AdminUnitResolver, AgencyResolver } from '../modules/admin-units/admin-unit.resolver';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver';
import { SessionResolver } from '../modules/auth/session.resolver';
import { SignInLockoutResolver } from '../modules/auth/sign-in-lockout.resolver';
import { ChildCircumstanceResolver, ChildResolver } from '../modules/children/child.resolver';
import { VillageResolver } from '../modules/admin-units/village.resolver';
import { ChildRegistryResolver } from '../modules/children/child-registry.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { AbuseReportResolver } from '../modules/reports/abuse-report.resolver';
import { CaseResolver } from '../modules/cases/case.resolver';
import { CaseEventResolver, CaseFieldsResolver, CasePlanResolver, ChildCasesResolver, DeadlineResolver, PlanMeasureResolver } from '../modules/cases/case-fields.resolver';
import { AssignedMeasureResolver } from '../modules/cases/assigned-measure.resolver';
import { WorklistResolver } from '../modules/deadlines/worklist.resolver';
import { StatsResolver } from '../modules/analytics/stats.resolver';
import { AgencyProgressResolver, DirectiveResolver } from '../modules/directives/directive.resolver';
import {
  AgencyDutyResolver, DutyUpdateResolver, DutyUpdateRevisionResolver,
} from '../modules/directives/agency-duty.resolver';
import { PeriodicReportResolver } from '../modules/periodic-reports/periodic-report.resolver';

// The single list of resolver classes.
export const RESOLVERS: NonEmptyArray<Function> = [
  SessionResolver,
  SignInLockoutResolver,
  AdminUnitResolver,
  AgencyResolver,
  ChildResolver,
  ChildCircumstanceResolver,
  AuditEventResolver,
  NotificationResolver,
  AbuseReportResolver,
  CaseResolver,
  CaseFieldsResolver,
  CasePlanResolver,
  PlanMeasureResolver,
  CaseEventResolver,
  DeadlineResolver,
  ChildCasesResolver,
  AssignedMeasureResolver,
  WorklistResolver,
  ChildRegistryResolver,
  VillageResolver,
  StatsResolver,
  DirectiveResolver,
  AgencyProgressResolver,
  AgencyDutyResolver,
  DutyUpdateResolver,
  DutyUpdateRevisionResolver,
  PeriodicReportResolver,
];
