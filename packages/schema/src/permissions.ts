import { Role } from './enums';

// What a role may do (the permission) is data, kept here so that the server's
// auth checker and the web's useCan() read one matrix. Which records it may do
// it to (the scope) is the jurisdiction, applied by the server's access-scope.
export enum Permission {
  ADMIN_UNIT_READ = 'ADMIN_UNIT_READ',
  ADMIN_UNIT_MANAGE = 'ADMIN_UNIT_MANAGE',
  AGENCY_READ = 'AGENCY_READ',
  USER_MANAGE = 'USER_MANAGE',
  SIGN_IN_LOCKOUT_MANAGE = 'SIGN_IN_LOCKOUT_MANAGE',
  API_TOKEN_MANAGE = 'API_TOKEN_MANAGE',

  CHILD_READ = 'CHILD_READ',
  CHILD_WRITE = 'CHILD_WRITE',
  CHILD_MERGE = 'CHILD_MERGE',
  CHILD_IMPORT = 'CHILD_IMPORT',
  CHILD_EXPORT = 'CHILD_EXPORT',

  REPORT_SUBMIT = 'REPORT_SUBMIT',
  REPORT_READ = 'REPORT_READ',
  REPORT_MANAGE = 'REPORT_MANAGE',
  REPORTER_VIEW = 'REPORTER_VIEW',

  CASE_READ = 'CASE_READ',
  CASE_WRITE = 'CASE_WRITE',
  CASE_APPROVE = 'CASE_APPROVE',
  CASE_CLOSE = 'CASE_CLOSE',
  CASE_REFER = 'CASE_REFER',
  WORKLIST_READ = 'WORKLIST_READ',
  DEADLINE_RULE_MANAGE = 'DEADLINE_RULE_MANAGE',

  DIRECTIVE_READ = 'DIRECTIVE_READ',
  DIRECTIVE_MANAGE = 'DIRECTIVE_MANAGE',
  DUTY_UPDATE_DRAFT = 'DUTY_UPDATE_DRAFT',
  DUTY_UPDATE_SUBMIT = 'DUTY_UPDATE_SUBMIT',
  PERIODIC_REPORT_READ = 'PERIODIC_REPORT_READ',

  STATS_READ = 'STATS_READ',
  AUDIT_READ = 'AUDIT_READ',
}

const P = Permission;
const EVERYONE = [P.ADMIN_UNIT_READ, P.AGENCY_READ];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMIN]: [
    ...EVERYONE,
    P.ADMIN_UNIT_MANAGE,
    P.USER_MANAGE,
    P.SIGN_IN_LOCKOUT_MANAGE,
    P.API_TOKEN_MANAGE,
    P.DIRECTIVE_READ,
    P.DIRECTIVE_MANAGE,
    P.DEADLINE_RULE_MANAGE,
    P.STATS_READ,
    P.AUDIT_READ,
  ],
  [Role.LEAD_OFFICER]: [
    ...EVERYONE,
    P.ADMIN_UNIT_MANAGE,
    P.API_TOKEN_MANAGE,
    P.CHILD_READ,
    P.CHILD_WRITE,
    P.CHILD_MERGE,
    P.CHILD_IMPORT,
    P.CHILD_EXPORT,
    P.REPORT_SUBMIT,
    P.REPORT_READ,
    P.REPORT_MANAGE,
    P.REPORTER_VIEW,
    P.CASE_READ,
    P.CASE_WRITE,
    P.CASE_REFER,
    P.WORKLIST_READ,
    P.DIRECTIVE_READ,
    P.DIRECTIVE_MANAGE,
    P.DUTY_UPDATE_DRAFT,
    P.DUTY_UPDATE_SUBMIT,
    P.PERIODIC_REPORT_READ,
    P.STATS_READ,
  ],
  [Role.COMMUNE_OFFICER]: [
    ...EVERYONE,
    P.ADMIN_UNIT_MANAGE,
    P.API_TOKEN_MANAGE,
    P.CHILD_READ,
    P.CHILD_WRITE,
    P.CHILD_IMPORT,
    P.CHILD_EXPORT,
    P.REPORT_SUBMIT,
    P.REPORT_READ,
    P.REPORT_MANAGE,
    P.REPORTER_VIEW,
    P.CASE_READ,
    P.CASE_WRITE,
    P.CASE_REFER,
    P.WORKLIST_READ,
    P.DIRECTIVE_READ,
    P.DUTY_UPDATE_DRAFT,
    P.PERIODIC_REPORT_READ,
    P.STATS_READ,
  ],
  [Role.COMMUNE_CHAIR]: [
    ...EVERYONE,
    P.CHILD_READ,
    P.REPORT_READ,
    P.REPORTER_VIEW,
    P.CASE_READ,
    P.CASE_APPROVE,
    P.CASE_CLOSE,
    P.WORKLIST_READ,
    P.DIRECTIVE_READ,
    P.DUTY_UPDATE_DRAFT,
    P.DUTY_UPDATE_SUBMIT,
    P.PERIODIC_REPORT_READ,
    P.STATS_READ,
  ],
  // Village collaborators register children and submit reports in their village; no case files.
  [Role.COLLABORATOR]: [...EVERYONE, P.CHILD_READ, P.CHILD_WRITE, P.REPORT_SUBMIT],
  // The police see the cases referred to them (scope REFERRED), and the reporter of those.
  [Role.POLICE_OFFICER]: [...EVERYONE, P.CASE_READ, P.REPORT_READ, P.REPORTER_VIEW, P.WORKLIST_READ, P.DIRECTIVE_READ, P.DUTY_UPDATE_DRAFT],
  [Role.AGENCY_OFFICER]: [...EVERYONE, P.CASE_READ, P.WORKLIST_READ, P.DIRECTIVE_READ, P.DUTY_UPDATE_DRAFT],
  [Role.AGENCY_HEAD]: [...EVERYONE, P.CASE_READ, P.WORKLIST_READ, P.DIRECTIVE_READ, P.DUTY_UPDATE_DRAFT, P.DUTY_UPDATE_SUBMIT],
  // Aggregates only, with small-cell suppression. Never a named child.
  [Role.ANALYST]: [...EVERYONE, P.STATS_READ, P.API_TOKEN_MANAGE],
  [Role.AUDITOR]: [...EVERYONE, P.AUDIT_READ],
};

// Which records a role's permissions apply to.
// JURISDICTION: the subtree of the user's administrative unit.
// REFERRED: only cases referred to the user's agency (police).
// ASSIGNED: only plan measures and duties assigned to the user's agency.
// NONE: no named records at all.
export type RecordScope = 'JURISDICTION' | 'REFERRED' | 'ASSIGNED' | 'NONE';

export const ROLE_SCOPE: Readonly<Record<Role, RecordScope>> = {
  [Role.ADMIN]: 'NONE',
  [Role.LEAD_OFFICER]: 'JURISDICTION',
  [Role.COMMUNE_OFFICER]: 'JURISDICTION',
  [Role.COMMUNE_CHAIR]: 'JURISDICTION',
  [Role.COLLABORATOR]: 'JURISDICTION',
  [Role.POLICE_OFFICER]: 'REFERRED',
  [Role.AGENCY_OFFICER]: 'ASSIGNED',
  [Role.AGENCY_HEAD]: 'ASSIGNED',
  [Role.ANALYST]: 'NONE',
  [Role.AUDITOR]: 'NONE',
};

export const permissionsOf = (role: Role): ReadonlySet<Permission> => new Set(ROLE_PERMISSIONS[role]);

export const can = (role: Role, permission: Permission): boolean => ROLE_PERMISSIONS[role].includes(permission);
