import {
  GraphQLError, Kind, isListType, getNullableType,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Locale } from '@cp/schema';
import { translate } from '../common/i18n';
import type { Context } from '../common/context';

export type QueryLimits = { maxDepth: number; maxCost: number; maxAliases: number };

// Lists whose size is not given by a `first` argument are costed as this many items.
const DEFAULT_LIST_SIZE = 10;

const fragmentsOf = (doc: DocumentNode): Map<string, FragmentDefinitionNode> =>
  new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));

// Walks every field of the document (fragments inlined, each fragment once per path).
const walk = (
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  visit: (alias: boolean, depth: number, name: string) => void,
  seen: ReadonlySet<string> = new Set(),
): void => {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      visit(Boolean(sel.alias), depth + 1, sel.name.value);
      if (sel.selectionSet) walk(sel.selectionSet, fragments, depth + 1, visit, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(sel.selectionSet, fragments, depth, visit, seen);
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) walk(fragment.selectionSet, fragments, depth, visit, new Set([...seen, name]));
    }
  }
};

export const measureDocument = (doc: DocumentNode): { depth: number; aliases: number; introspects: boolean } => {
  const fragments = fragmentsOf(doc);
  let depth = 0;
  let aliases = 0;
  let introspects = false;
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    walk(def.selectionSet, fragments, 0, (alias, d, name) => {
      depth = Math.max(depth, d);
      if (alias) aliases += 1;
      if (name === '__schema' || name === '__type') introspects = true;
    });
  }
  return { depth, aliases, introspects };
};

// Each field costs 1, and a list field costs its children times its size (`first`, else 10).
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isListType(getNullableType(field.type)) && !('first' in args)) return undefined;
  const size = typeof args.first === 'number' ? Math.max(args.first, 1) : DEFAULT_LIST_SIZE;
  return 1 + size * Math.max(childComplexity, 1);
};

const limitError = (locale: Locale, key: string, values: Record<string, number>): GraphQLError =>
  new GraphQLError(translate(locale, { key, values }), {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', translated: true, http: { status: 400 } },
  });

// The first limit a document breaks, as an error in the caller's language; null when it is fine.
export const checkQueryLimits = (
  schema: GraphQLSchema,
  doc: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: QueryLimits,
  who: { signedIn: boolean; locale: Locale },
): GraphQLError | null => {
  const { depth, aliases, introspects } = measureDocument(doc);
  if (introspects && !who.signedIn) {
    return new GraphQLError(translate(who.locale, { key: 'limit.introspection' }), {
      extensions: { code: 'UNAUTHENTICATED', translated: true, http: { status: 401 } },
    });
  }
  if (aliases > limits.maxAliases) return limitError(who.locale, 'limit.aliases', { actual: aliases, max: limits.maxAliases });
  if (depth > limits.maxDepth) return limitError(who.locale, 'limit.depth', { actual: depth, max: limits.maxDepth });
  // Introspection documents (GraphiQL, codegen) are large but cheap: they are not costed.
  if (introspects) return null;
  const cost = getComplexity({
    schema, query: doc, variables, operationName,
    estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (cost > limits.maxCost) return limitError(who.locale, 'limit.cost', { actual: cost, max: limits.maxCost });
  return null;
};

export const queryLimitsPlugin = (limits: QueryLimits): ApolloServerPlugin<Context> => ({
  requestDidStart: async () => ({
    didResolveOperation: async ({ document, schema, request, contextValue }) => {
      const error = checkQueryLimits(schema, document, request.variables, request.operationName ?? undefined, limits, {
        signedIn: contextValue.actor !== null,
        locale: contextValue.locale,
      });
      if (error) throw error;
    },
  }),
});
