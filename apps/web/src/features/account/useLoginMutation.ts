import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

// The server answers with a token for scripts and also sets the HttpOnly session cookie;
// the web relies on the cookie only, so it does not even ask for the token.
export const LOGIN_MUTATION = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      user {
        id
        locale
      }
    }
  }
`);

export const useLoginMutation = () => useMutation(LOGIN_MUTATION);
