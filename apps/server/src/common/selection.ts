import { Kind, type GraphQLResolveInfo } from 'graphql';

// Whether the client asked for a top-level field of the returned object (e.g. totalCount),
// so that an expensive COUNT(*) runs only when somebody reads it.
export const selects = (info: GraphQLResolveInfo, field: string): boolean =>
  info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      return true; // fragments: be safe and count
    }),
  );
