/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Session {\n    me {\n      id\n      username\n      fullName\n      role\n      locale\n      permissions\n      jurisdiction {\n        id\n        name\n        level\n        parent {\n          id\n          name\n        }\n      }\n      agency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      token\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {\n    stats(measure: $measure, groupBy: $groupBy) {\n      groupBy\n      total\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": typeof types.DashboardStatsDocument,
    "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ChildDetails_ChildFragmentDoc,
    "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": typeof types.ChildRow_ChildFragmentDoc,
    "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.RegisterChildDocument,
    "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.UpdateChildDocument,
    "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n": typeof types.VillageOptionsDocument,
    "\n  query ApiTokensRoute {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": typeof types.ApiTokensRouteDocument,
    "\n  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {\n    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {\n      measure\n      groupBy\n      total\n      minCellSize\n      exact\n      generatedAt\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": typeof types.AnalyticsRouteDocument,
    "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.ChildRouteDocument,
    "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n": typeof types.ChildrenRouteDocument,
    "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": typeof types.NewChildRouteDocument,
};
const documents: Documents = {
    "\n  query Session {\n    me {\n      id\n      username\n      fullName\n      role\n      locale\n      permissions\n      jurisdiction {\n        id\n        name\n        level\n        parent {\n          id\n          name\n        }\n      }\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      token\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {\n    stats(measure: $measure, groupBy: $groupBy) {\n      groupBy\n      total\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": types.DashboardStatsDocument,
    "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.ChildDetails_ChildFragmentDoc,
    "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": types.ChildRow_ChildFragmentDoc,
    "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.RegisterChildDocument,
    "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.UpdateChildDocument,
    "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n": types.VillageOptionsDocument,
    "\n  query ApiTokensRoute {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": types.ApiTokensRouteDocument,
    "\n  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {\n    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {\n      measure\n      groupBy\n      total\n      minCellSize\n      exact\n      generatedAt\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": types.AnalyticsRouteDocument,
    "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.ChildRouteDocument,
    "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n": types.ChildrenRouteDocument,
    "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": types.NewChildRouteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      username\n      fullName\n      role\n      locale\n      permissions\n      jurisdiction {\n        id\n        name\n        level\n        parent {\n          id\n          name\n        }\n      }\n      agency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      username\n      fullName\n      role\n      locale\n      permissions\n      jurisdiction {\n        id\n        name\n        level\n        parent {\n          id\n          name\n        }\n      }\n      agency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      token\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      token\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {\n    stats(measure: $measure, groupBy: $groupBy) {\n      groupBy\n      total\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {\n    stats(measure: $measure, groupBy: $groupBy) {\n      groupBy\n      total\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensRoute {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensRoute {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {\n    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {\n      measure\n      groupBy\n      total\n      minCellSize\n      exact\n      generatedAt\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {\n    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {\n      measure\n      groupBy\n      total\n      minCellSize\n      exact\n      generatedAt\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"): (typeof documents)["\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;