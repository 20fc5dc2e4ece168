import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const SUBMIT_DUTY_UPDATE_MUTATION = graphql(`
  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {
    submitDutyUpdate(input: $input) {
      id
      ...DutyUpdateView_update
    }
  }
`);

export const useSubmitDutyUpdateMutation = () => useMutation(SUBMIT_DUTY_UPDATE_MUTATION);
