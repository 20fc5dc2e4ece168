import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

// Every step returns the case page's fields, so the page updates from the answer.
graphql(`
  fragment CasePage_case on ProtectionCase {
    id
    code
    version
    status
    level
    riskLevel
    emergency
    referredToPolice
    receivedAt
    closedAt
    closureReason
    child { id fullName }
    commune { id name }
    deadlines { id kind dueAt metAt state }
    plan {
      id
      version
      submittedAt
      approvedAt
      approvedBy { id fullName }
      measures { id level description dueOn status outcome assignedAgency { id name } }
    }
    events { id at kind fromStatus toStatus note actor { id fullName } }
    assessments { id kind }
    abuseReports { id code }
  }
`);

const ASSESS = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) { ...CasePage_case }
  }
`);
const SUBMIT_PLAN = graphql(`
  mutation SubmitCasePlan($input: SubmitCasePlanInput!) {
    submitCasePlan(input: $input) { ...CasePage_case }
  }
`);
const APPROVE = graphql(`
  mutation ApproveCasePlan($caseId: ID!, $expectedVersion: Int!) {
    approveCasePlan(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }
  }
`);
const REFER = graphql(`
  mutation ReferCaseToPolice($caseId: ID!, $expectedVersion: Int!) {
    referCaseToPolice(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }
  }
`);
const CLOSE = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) { ...CasePage_case }
  }
`);
const REOPEN = graphql(`
  mutation ReopenCase($caseId: ID!, $expectedVersion: Int!, $reason: String!) {
    reopenCase(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) { ...CasePage_case }
  }
`);
const EMERGENCY = graphql(`
  mutation RecordEmergencyAction($caseId: ID!, $expectedVersion: Int!, $separation: Boolean!) {
    recordEmergencyAction(caseId: $caseId, expectedVersion: $expectedVersion, separation: $separation) { ...CasePage_case }
  }
`);
const OUTCOME = graphql(`
  mutation RecordMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {
    recordMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { ...CasePage_case }
  }
`);

const refreshWorklist = {
  update(cache: { evict: (o: { id: string; fieldName: string }) => boolean; gc: () => string[] }) {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'myWorklist' });
    cache.gc();
  },
};

export const useRecordAssessmentMutation = () => useMutation(ASSESS, refreshWorklist);
export const useSubmitCasePlanMutation = () => useMutation(SUBMIT_PLAN, refreshWorklist);
export const useApproveCasePlanMutation = () => useMutation(APPROVE, refreshWorklist);
export const useReferCaseToPoliceMutation = () => useMutation(REFER);
export const useCloseCaseMutation = () => useMutation(CLOSE, refreshWorklist);
export const useReopenCaseMutation = () => useMutation(REOPEN, refreshWorklist);
export const useRecordEmergencyActionMutation = () => useMutation(EMERGENCY, refreshWorklist);
export const useRecordMeasureOutcomeMutation = () => useMutation(OUTCOME);
