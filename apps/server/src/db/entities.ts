import { AdminUnitEntity } from '../modules/admin-units/admin-unit.entity';
import { AgencyEntity } from '../modules/admin-units/agency.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { UserEntity } from '../modules/auth/user.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CaregiverEntity } from '../modules/children/caregiver.entity';
import { ChildCircumstanceEntity } from '../modules/children/child-circumstance.entity';
import { ChildEntity } from '../modules/children/child.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { AbuseReportEntity } from '../modules/reports/abuse-report.entity';
import { ProtectionCaseEntity } from '../modules/cases/protection-case.entity';
import { CaseAssessmentEntity, CaseEventEntity, CasePlanEntity, PlanMeasureEntity } from '../modules/cases/case-parts.entity';
import { DeadlineEntity, DeadlineRuleEntity, PublicHolidayEntity } from '../modules/deadlines/deadline.entity';
import { AgencyDutyEntity } from '../modules/directives/agency-duty.entity';
import { DirectiveEntity } from '../modules/directives/directive.entity';
import {
  DutyAttachmentEntity, DutyUpdateEntity, DutyUpdateRevisionEntity,
} from '../modules/directives/duty-update.entity';

export const ENTITIES = [
  AdminUnitEntity, AgencyEntity, UserEntity, SessionEntity, AuditEventEntity, ChildEntity, CaregiverEntity,
  ChildCircumstanceEntity, NotificationEntity,
  AbuseReportEntity, ProtectionCaseEntity, CaseEventEntity, CaseAssessmentEntity, CasePlanEntity, PlanMeasureEntity,
  DeadlineEntity, DeadlineRuleEntity, PublicHolidayEntity,
  DirectiveEntity, AgencyDutyEntity, DutyUpdateEntity, DutyUpdateRevisionEntity, DutyAttachmentEntity,
];
