import { graphql, print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Locale } from '@cp/schema';
import type { Context } from '../src/common/context';
import { buildContext } from '../src/app/context';
import { buildAppSchema } from '../src/app/schema';
import { db } from '../src/db/data-source';
import { toActor } from '../src/modules/auth/session.service';
import { UserEntity } from '../src/modules/auth/user.entity';

export type DemoUser =
  | 'admin'
  | 'lead.officer'
  | 'commune1.officer'
  | 'commune2.officer'
  | 'commune1.chair'
  | 'commune1.collab'
  | 'police.officer'
  | 'education.head'
  | 'analyst'
  | 'auditor';

export type Run = { as: DemoUser | null; variables?: Record<string, unknown>; locale?: Locale; ip?: string };

export type GqlError = { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } };
export type Result<T = Record<string, unknown>> = { data?: T | null; errors?: GqlError[] };

export const userId = async (username: DemoUser): Promise<string> =>
  (await db().getRepository(UserEntity).findOneByOrFail({ username })).id;

export const contextFor = async ({ as, locale, ip }: Run): Promise<Context> => {
  const user = as ? await db().getRepository(UserEntity).findOneByOrFail({ username: as }) : null;
  const actor = user ? await toActor(user, '00000000-0000-0000-0000-000000000000') : null;
  return buildContext({
    actor,
    sessionExpired: false,
    sessionId: null,
    locale: locale ?? (actor?.locale === 'en' ? 'en' : 'vi'),
    request: { requestId: 'test-request', ip: ip ?? '10.0.0.1', userAgent: 'vitest' },
    cookies: { set: () => undefined, clear: () => undefined },
  });
};

// Runs an operation in-process on the real schema with a real context, as a demo user: a typed
// document generated from test/operations/*.graphql (result and variables checked), or a text.
export async function execute<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  run: Run & { variables: V },
): Promise<Result<R>>;
export async function execute<T = Record<string, unknown>>(source: string, run: Run): Promise<Result<T>>;
export async function execute(document: string | TypedDocumentNode<unknown, Record<string, unknown>>, run: Run): Promise<Result<unknown>> {
  const result: ExecutionResult = await graphql({
    schema: await buildAppSchema(),
    source: typeof document === 'string' ? document : print(document),
    variableValues: run.variables,
    contextValue: await contextFor(run),
  });
  return JSON.parse(JSON.stringify(result)) as Result<unknown>;
}

export const codeOf = (result: Result<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;
