import type { NonEmptyArray } from 'type-graphql';
import { AdminUnitResolver, AgencyResolver } from '../modules/admin-units/admin-unit.resolver';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver';
import { SessionResolver } from '../modules/auth/session.resolver';
import { ChildCircumstanceResolver, ChildResolver } from '../modules/children/child.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { AgencyProgressResolver, DirectiveResolver } from '../modules/directives/directive.resolver';
import {
  AgencyDutyResolver, DutyUpdateResolver, DutyUpdateRevisionResolver,
} from '../modules/directives/agency-duty.resolver';
import { PeriodicReportResolver } from '../modules/periodic-reports/periodic-report.resolver';

// The single list of resolver classes.
export const RESOLVERS: NonEmptyArray<Function> = [
  SessionResolver,
  AdminUnitResolver,
  AgencyResolver,
  ChildResolver,
  ChildCircumstanceResolver,
  AuditEventResolver,
  NotificationResolver,
  DirectiveResolver,
  AgencyProgressResolver,
  AgencyDutyResolver,
  DutyUpdateResolver,
  DutyUpdateRevisionResolver,
  PeriodicReportResolver,
];
