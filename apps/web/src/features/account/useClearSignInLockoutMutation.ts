import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const CLEAR_SIGN_IN_LOCKOUT_MUTATION = graphql(`
  mutation ClearSignInLockout($username: String, $address: String) {
    clearSignInLockout(username: $username, address: $address)
  }
`);

export const useClearSignInLockoutMutation = () =>
  useMutation(CLEAR_SIGN_IN_LOCKOUT_MUTATION, { refetchQueries: ['SignInLockoutsRoute'] });
