import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const REVOKE_API_TOKEN_MUTATION = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export const useRevokeApiTokenMutation = () => useMutation(REVOKE_API_TOKEN_MUTATION, { refetchQueries: ['ApiTokensRoute'] });
