/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AbuseForm =
  | 'ABANDONMENT'
  | 'EXPLOITATION'
  | 'NEGLECT'
  | 'OTHER'
  | 'SEXUAL_ABUSE'
  | 'TRAFFICKING'
  | 'VIOLENCE';

export type CaregiverInput = {
  birthYear?: number | null | undefined;
  fullName: string;
  occupation?: string | null | undefined;
  phone?: string | null | undefined;
  /** e.g. "Mẹ", "Bố", "Bà nội" */
  relationship: string;
};

export type CaseStatus =
  | 'CLOSED'
  | 'INITIAL_ASSESSMENT'
  | 'IN_PROGRESS'
  | 'NEEDS_ASSESSMENT'
  | 'PENDING_APPROVAL'
  | 'PLAN_DRAFTING'
  | 'RECEIVED'
  | 'UNDER_REVIEW';

export type CreateDirectiveInput = {
  basis?: string | null | undefined;
  clientMutationId?: string | null | undefined;
  duties: Array<DirectiveDutyInput>;
  issuedById: string;
  issuedOn: string;
  number?: string | null | undefined;
  /** Month-day pairs, e.g. ["04-30", "10-31"] */
  reportingDeadlines: Array<string>;
  title: string;
};

export type DirectiveDutyInput = {
  agencyId: string;
  description: string;
  /** Numbers the agency reports for this duty */
  indicators?: Array<string> | null | undefined;
  /** The directive's own numbering, e.g. "3" */
  section: string;
  title: string;
};

export type OpenCaseInput = {
  abuseForms?: Array<AbuseForm> | null | undefined;
  abuseReportId?: string | null | undefined;
  assignedToId?: string | null | undefined;
  childId: string;
  circumstances?: Array<SpecialCircumstance> | null | undefined;
  clientMutationId?: string | null | undefined;
  level: ProtectionLevel;
  receivedAt?: string | null | undefined;
};

export type ProtectionLevel =
  | 'INTERVENTION'
  | 'PREVENTION'
  | 'SUPPORT';

export type RegisterChildInput = {
  address?: string | null | undefined;
  caregivers?: Array<CaregiverInput> | null | undefined;
  circumstances?: Array<SpecialCircumstance> | null | undefined;
  /** Retrying with the same key returns the first result */
  clientMutationId?: string | null | undefined;
  communeId: string;
  dateOfBirth: string;
  dobEstimated?: boolean | null | undefined;
  /** Vietnamese name of one of the 54 ethnic groups */
  ethnicity?: string | null | undefined;
  fullName: string;
  personalId?: string | null | undefined;
  sex: Sex;
  villageId?: string | null | undefined;
};

export type ReportCategory =
  | 'ABUSED'
  | 'AT_RISK'
  | 'SPECIAL_CIRCUMSTANCES';

export type ReportChannel =
  | 'COLLABORATOR'
  | 'HEALTH_FACILITY'
  | 'HOTLINE_111'
  | 'IN_PERSON'
  | 'ONLINE'
  | 'PHONE'
  | 'POLICE'
  | 'REPORTED_BY_OTHER'
  | 'SCHOOL'
  | 'WRITTEN';

export type ReportStatus =
  | 'ASSESSED'
  | 'CASE_OPENED'
  | 'NO_FURTHER_ACTION'
  | 'RECEIVED'
  | 'TRANSFERRED';

export type ReporterInput = {
  address?: string | null | undefined;
  anonymous: boolean;
  fullName?: string | null | undefined;
  phone?: string | null | undefined;
  relationship?: string | null | undefined;
};

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

export type SpecialCircumstance =
  | 'ABANDONED'
  | 'DISABLED'
  | 'DROPPED_OUT_TO_WORK'
  | 'DRUG_ADDICTED'
  | 'EXPLOITED'
  | 'HARMED_BY_VIOLENCE'
  | 'HIV_AIDS'
  | 'IN_CONFLICT_WITH_LAW'
  | 'MIGRANT_UNACCOMPANIED'
  | 'ORPHANED_BOTH_PARENTS'
  | 'SERIOUS_ILLNESS_POOR_HOUSEHOLD'
  | 'SEXUALLY_ABUSED'
  | 'TRAFFICKED'
  | 'WITHOUT_SUPPORT';

export type SubmitAbuseReportInput = {
  abuseForms: Array<AbuseForm>;
  category: ReportCategory;
  channel: ReportChannel;
  childAgeEstimate?: number | null | undefined;
  childId?: string | null | undefined;
  childName?: string | null | undefined;
  childSex?: Sex | null | undefined;
  clientMutationId?: string | null | undefined;
  /** Where it happened: the commune that must assess it */
  communeId: string;
  description: string;
  incidentPlace?: string | null | undefined;
  /** Default now */
  receivedAt?: string | null | undefined;
  reporter: ReporterInput;
};

export type ChildCasesAndReportsQueryVariables = Exact<{
  id: string;
}>;


export type ChildCasesAndReportsQuery = { child: { cases: Array<{ id: string }>, abuseReports: Array<{ id: string }> } | null };

export type RegisterChildMutationVariables = Exact<{
  input: RegisterChildInput;
}>;


export type RegisterChildMutation = { registerChild: { id: string, code: string, fullName: string, version: number } };

export type SubmitAbuseReportMutationVariables = Exact<{
  input: SubmitAbuseReportInput;
}>;


export type SubmitAbuseReportMutation = { submitAbuseReport: { id: string, code: string, version: number, status: ReportStatus } };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { id: string, code: string, status: CaseStatus, version: number } };

export type CreateDirectiveMutationVariables = Exact<{
  input: CreateDirectiveInput;
}>;


export type CreateDirectiveMutation = { createDirective: { id: string, title: string } };


export const ChildCasesAndReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildCasesAndReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChildCasesAndReportsQuery, ChildCasesAndReportsQueryVariables>;
export const RegisterChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterChildMutation, RegisterChildMutationVariables>;
export const SubmitAbuseReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAbuseReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAbuseReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAbuseReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitAbuseReportMutation, SubmitAbuseReportMutationVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const CreateDirectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDirectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateDirectiveMutation, CreateDirectiveMutationVariables>;