import { registerEnumType } from 'type-graphql';
import {
  AbuseForm, AdminLevel, AgencyKind, CaseStatus, ChildOrder, DeadlineKind, DeadlineState, DutyStatus, MeasureStatus,
  ProtectionLevel, ReportCategory, ReportChannel, ReportStatus, RiskLevel, Role, Sex, SignInLockoutKind, SpecialCircumstance,
  StatDimension, StatMeasure,
} from '@cp/schema';

// Every enum of the contract, registered once under its contract name.
const ENUMS = {
  AdminLevel, AgencyKind, Role, Sex, SpecialCircumstance, ChildOrder, AbuseForm, ReportChannel, ReportCategory,
  ReportStatus, ProtectionLevel, RiskLevel, CaseStatus, DeadlineKind, DeadlineState, MeasureStatus, DutyStatus,
  StatMeasure, StatDimension, SignInLockoutKind,
};

let registered = false;
export const registerEnums = (): void => {
  if (registered) return;
  registered = true;
  for (const [name, value] of Object.entries(ENUMS)) registerEnumType(value, { name });
};
registerEnums();
