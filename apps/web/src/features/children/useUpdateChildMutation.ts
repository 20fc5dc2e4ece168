import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

// The result is normalised by id, so the child's page and its row in any cached list update themselves.
const UPDATE_CHILD_MUTATION = graphql(`
  mutation UpdateChild($input: UpdateChildInput!) {
    updateChild(input: $input) {
      id
      ...ChildDetails_child
      ...ChildHistory_child
    }
  }
`);

export const useUpdateChildMutation = () => useMutation(UPDATE_CHILD_MUTATION);
