import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const REGISTER_CHILD_MUTATION = graphql(`
  mutation RegisterChild($input: RegisterChildInput!) {
    registerChild(input: $input) {
      id
      ...ChildDetails_child
    }
  }
`);

export const useRegisterChildMutation = () =>
  useMutation(REGISTER_CHILD_MUTATION, {
    update(cache) {
      // Where the new child falls in each cached list (filters, order, pages) is the server's
      // business: drop the lists so that the next visit asks again.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'children' });
      cache.gc();
    },
  });
