import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

// Results are normalised by id: the child's page (circumstances, version, history) updates itself.
const ADD_CHILD_CIRCUMSTANCE_MUTATION = graphql(`
  mutation AddChildCircumstance($input: AddCircumstanceInput!) {
    addChildCircumstance(input: $input) {
      id
      version
      ...ChildCircumstances_child
      ...ChildHistory_child
    }
  }
`);

const END_CHILD_CIRCUMSTANCE_MUTATION = graphql(`
  mutation EndChildCircumstance($input: EndCircumstanceInput!) {
    endChildCircumstance(input: $input) {
      id
      version
      ...ChildCircumstances_child
      ...ChildHistory_child
    }
  }
`);

const MERGE_CHILDREN_MUTATION = graphql(`
  mutation MergeChildren($input: MergeChildrenInput!) {
    mergeChildren(input: $input) {
      id
      ...ChildDetails_child
      ...ChildCircumstances_child
      ...ChildHistory_child
    }
  }
`);

export const useAddChildCircumstanceMutation = () => useMutation(ADD_CHILD_CIRCUMSTANCE_MUTATION);
export const useEndChildCircumstanceMutation = () => useMutation(END_CHILD_CIRCUMSTANCE_MUTATION);
export const useMergeChildrenMutation = () => useMutation(MERGE_CHILDREN_MUTATION);
