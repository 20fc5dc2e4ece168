import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const CREATE_DIRECTIVE_MUTATION = graphql(`
  mutation CreateDirective($input: CreateDirectiveInput!) {
    createDirective(input: $input) {
      id
    }
  }
`);

export const useCreateDirectiveMutation = () => useMutation(CREATE_DIRECTIVE_MUTATION);
