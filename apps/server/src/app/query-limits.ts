import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Locale } from '@cp/schema';
import { translate } from '../common/i18n';
import type { Context } from '../common/context';

export type QueryLimits = { maxDepth: number; maxCost: number; maxAliases: number };

// Lists whose size is given neither by their own `first` nor by a paginated parent are costed
// as this many items.
const DEFAULT_LIST_SIZE = 10;
// Costs and alias counts of hostile documents grow exponentially with their nesting; they are
// kept finite (anything this large is refused anyway).
const CAP = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number): number => Math.min(CAP, a + b);
const mul = (a: number, b: number): number => Math.min(CAP, a * b);

const fragmentsOf = (doc: DocumentNode): Map<string, FragmentDefinitionNode> =>
  new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));

type Shape = { depth: number; aliases: number; introspects: boolean };

// Depth, aliases (counted on every path, as the executor would resolve them) and introspection,
// in time linear in the document: each selection set is measured once and each fragment once,
// however many times it is spread. A fragment met again while it is being measured (a cycle,
// which validation refuses anyway) counts as empty.
const shapeOf = (doc: DocumentNode): Shape => {
  const fragments = fragmentsOf(doc);
  const memo = new Map<string, Shape | 'pending'>();
  const EMPTY: Shape = { depth: 0, aliases: 0, introspects: false };

  const ofFragment = (name: string): Shape => {
    const known = memo.get(name);
    if (known === 'pending') return EMPTY;
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return EMPTY;
    memo.set(name, 'pending');
    const shape = ofSet(fragment.selectionSet);
    memo.set(name, shape);
    return shape;
  };

  const ofSet = (set: SelectionSetNode): Shape => {
    let depth = 0;
    let aliases = 0;
    let introspects = false;
    for (const sel of set.selections) {
      let inner: Shape;
      if (sel.kind === Kind.FIELD) {
        const child = sel.selectionSet ? ofSet(sel.selectionSet) : EMPTY;
        const name = sel.name.value;
        inner = {
          depth: 1 + child.depth,
          aliases: add(sel.alias ? 1 : 0, child.aliases),
          introspects: child.introspects || name === '__schema' || name === '__type',
        };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSet(sel.selectionSet);
      } else {
        inner = ofFragment(sel.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases = add(aliases, inner.aliases);
      introspects ||= inner.introspects;
    }
    return { depth, aliases, introspects };
  };

  const total: Shape = { depth: 0, aliases: 0, introspects: false };
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = ofSet(def.selectionSet);
    total.depth = Math.max(total.depth, shape.depth);
    total.aliases = add(total.aliases, shape.aliases);
    total.introspects ||= shape.introspects;
  }
  return total;
};

// The variable-free measures of a document, computed once per parsed document (Apollo keeps
// one DocumentNode per distinct query text in its document store).
const shapes = new WeakMap<DocumentNode, Shape>();
export const measureDocument = (doc: DocumentNode): Shape => {
  let shape = shapes.get(doc);
  if (!shape) {
    shape = shapeOf(doc);
    shapes.set(doc, shape);
  }
  return shape;
};

const firstArgument = (field: FieldNode, variables: Record<string, unknown>): number | null => {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return null;
  const value = valueFromASTUntyped(arg.value, variables);
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : null;
};

// The estimated cost of one operation: each field costs 1; a list costs its items' cost times
// its size. The size is the list's own `first`; a paginated field (a connection with `first`)
// multiplies its whole selection by `first` once, so the `nodes` list inside it is not
// multiplied again; any other list counts as DEFAULT_LIST_SIZE items. Linear in the document:
// a fragment's cost is computed once per (fragment, inside-a-connection) pair.
export const estimateCost = (
  schema: GraphQLSchema,
  doc: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number => {
  const vars = variables ?? {};
  const fragments = fragmentsOf(doc);
  const memo = new Map<string, number | 'pending'>();

  const typeOf = (name: string): GraphQLCompositeType | null => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : null;
  };

  const ofFragment = (name: string, inConnection: boolean): number => {
    const key = `${inConnection ? 'c' : 'p'}:${name}`;
    const known = memo.get(key);
    if (known === 'pending') return 0;
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment ? typeOf(fragment.typeCondition.name.value) : null;
    if (!fragment || !type) return 0;
    memo.set(key, 'pending');
    const cost = ofSet(fragment.selectionSet, type, inConnection);
    memo.set(key, cost);
    return cost;
  };

  const ofSet = (set: SelectionSetNode, parent: GraphQLCompositeType, inConnection: boolean): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        cost = add(cost, ofFragment(sel.name.value, inConnection));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? typeOf(sel.typeCondition.name.value) : parent;
        if (type) cost = add(cost, ofSet(sel.selectionSet, type, inConnection));
      } else {
        cost = add(cost, ofField(sel, parent, inConnection));
      }
    }
    return cost;
  };

  const ofField = (field: FieldNode, parent: GraphQLCompositeType, inConnection: boolean): number => {
    if (field.name.value.startsWith('__')) return 0;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!definition) return 1;
    const first = firstArgument(field, vars);
    const isList = isListType(getNullableType(definition.type));
    const named = getNamedType(definition.type);
    const paginated = first !== null && !isList;
    const child = field.selectionSet && isCompositeType(named) ? ofSet(field.selectionSet, named, paginated) : 0;
    const items = Math.max(child, 1);
    if (paginated) return add(1, mul(first, items));
    if (!isList) return add(1, child);
    const size = first ?? (inConnection ? 1 : DEFAULT_LIST_SIZE);
    return add(1, mul(size, items));
  };

  let total = 0;
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && def.name?.value !== operationName) continue;
    const root = schema.getRootType(def.operation);
    if (root) total = add(total, ofSet(def.selectionSet, root, false));
  }
  return total;
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
  const cost = estimateCost(schema, doc, variables, operationName);
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
