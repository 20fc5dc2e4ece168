import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export const useLogoutMutation = () => useMutation(LOGOUT_MUTATION);
