import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const LINK = graphql(`
  mutation LinkAbuseReport($id: ID!, $childId: ID!, $expectedVersion: Int!) {
    linkAbuseReport(id: $id, childId: $childId, expectedVersion: $expectedVersion) {
      id
      version
      child {
        id
        fullName
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation CloseAbuseReport($id: ID!, $reason: String!, $expectedVersion: Int!) {
    closeAbuseReport(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);
const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      code
    }
  }
`);

const dropLists = {
  update(cache: { evict: (o: { id: string; fieldName: string }) => boolean; gc: () => string[] }) {
    for (const fieldName of ['abuseReports', 'cases', 'myWorklist']) cache.evict({ id: 'ROOT_QUERY', fieldName });
    cache.gc();
  },
};

export const useLinkAbuseReportMutation = () => useMutation(LINK);
export const useCloseAbuseReportMutation = () => useMutation(CLOSE, dropLists);
export const useOpenCaseMutation = () => useMutation(OPEN_CASE, dropLists);
