import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

// The villages of the commune picked in the form. It depends on a value the user chooses,
// so it cannot be part of the route's query.
export const VILLAGE_OPTIONS_QUERY = graphql(`
  query VillageOptions($communeId: ID!) {
    adminUnits(parentId: $communeId, level: VILLAGE) {
      id
      name
    }
  }
`);

export const useVillageOptions = (communeId: string | null) => {
  const { data, loading } = useQuery(
    VILLAGE_OPTIONS_QUERY,
    communeId ? { variables: { communeId } } : skipToken,
  );
  return { villages: data?.adminUnits ?? [], loading };
};
