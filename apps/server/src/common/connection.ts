import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { Actor } from './actor';
import { AppError, AppErrorCode } from './app-error';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'At most 200; 20 when omitted' })
  @Min(1, { message: JSON.stringify({ key: 'validation.range', values: { min: 1, max: 200 } }) })
  @Max(200, { message: JSON.stringify({ key: 'validation.range', values: { min: 1, max: 200 } }) })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

// One page of a scoped list: who asks, the filter, the page, and whether totalCount was asked for.
export type ListQuery<Filter> = { actor: Actor; filter: Filter; first?: number; after?: string; withCount: boolean };

export type ConnectionShape<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
};

// Relay connection type factory, one per node type: ChildConnection, AuditEventConnection, ...
export const Connection = <T extends object>(Node: ClassType<T>, name: string) => {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => Node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [Node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as unknown as ClassType<ConnectionShape<T>>;
};

// Cursors are opaque to clients: base64url of the sort key and the id.
export const encodeCursor = (key: readonly (string | number)[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

export const decodeCursor = (cursor: string, length: number): (string | number)[] => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === length && value.every((v) => ['string', 'number'].includes(typeof v))) {
      return value as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new AppError(AppErrorCode.BAD_USER_INPUT, undefined, [{ field: 'after', key: 'validation.invalid' }]);
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_CHECKS: Record<string, (key: string) => boolean> = {
  text: () => true,
  date: (key) => /^\d{4}-\d{2}-\d{2}$/.test(key),
  timestamptz: (key) => /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/.test(key),
};

// Decodes a [sortKey, uuid] cursor, checking both parts before they reach SQL.
export const decodeKeysetCursor = (cursor: string, keyType: string): { key: string; id: string } => {
  const [key, id] = decodeCursor(cursor, 2).map(String) as [string, string];
  if (!UUID_RE.test(id) || !(KEY_CHECKS[keyType]?.(key) ?? false)) {
    throw new AppError(AppErrorCode.BAD_USER_INPUT, undefined, [{ field: 'after', key: 'validation.invalid' }]);
  }
  return { key, id };
};

export const pageSize = (first: number | undefined): number => first ?? 20;

// Builds the connection from `size + 1` fetched rows (the extra one only tells hasNextPage).
export const toConnection = <T>(rows: T[], size: number, cursorOf: (row: T) => string, totalCount: number): ConnectionShape<T> => {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
};
