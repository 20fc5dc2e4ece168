import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const SUBMIT_ABUSE_REPORT_MUTATION = graphql(`
  mutation SubmitAbuseReport($input: SubmitAbuseReportInput!) {
    submitAbuseReport(input: $input) {
      id
      code
    }
  }
`);

export const useSubmitAbuseReportMutation = () =>
  useMutation(SUBMIT_ABUSE_REPORT_MUTATION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'abuseReports' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myWorklist' });
      cache.gc();
    },
  });
