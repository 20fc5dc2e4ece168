import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const CREATE_API_TOKEN_MUTATION = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      id
      name
      token
      createdAt
      lastUsedAt
      expiresAt
    }
  }
`);

// The list is fetched again so that the new token appears in it (without its secret).
export const useCreateApiTokenMutation = () => useMutation(CREATE_API_TOKEN_MUTATION, { refetchQueries: ['ApiTokensRoute'] });
