import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

const ADD_VILLAGE = graphql(`
  mutation AddVillage($communeId: ID!, $name: String!) {
    addVillage(communeId: $communeId, name: $name) { id code name validTo version }
  }
`);
const RENAME_VILLAGE = graphql(`
  mutation RenameVillage($id: ID!, $name: String!, $expectedVersion: Int!) {
    renameVillage(id: $id, name: $name, expectedVersion: $expectedVersion) { id code name validTo version }
  }
`);
const RETIRE_VILLAGE = graphql(`
  mutation RetireVillage($id: ID!, $validTo: Date!, $expectedVersion: Int!) {
    retireVillage(id: $id, validTo: $validTo, expectedVersion: $expectedVersion) { id code name validTo version }
  }
`);

// Lists are refetched after each change so that a new village appears in its place.
export const useAddVillageMutation = () => useMutation(ADD_VILLAGE, { refetchQueries: ['VillagesOfCommune'] });
export const useRenameVillageMutation = () => useMutation(RENAME_VILLAGE);
export const useRetireVillageMutation = () => useMutation(RETIRE_VILLAGE, { refetchQueries: ['VillagesOfCommune'] });
