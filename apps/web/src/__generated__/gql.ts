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
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ChildDetails_ChildFragmentDoc,
    "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": typeof types.ChildRow_ChildFragmentDoc,
    "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.RegisterChildDocument,
    "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.UpdateChildDocument,
    "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n": typeof types.VillageOptionsDocument,
    "\n  fragment DutyUpdateView_update on DutyUpdate {\n    id\n    status\n    progress\n    summary\n    late\n    submitted\n    version\n    submittedAt\n    updatedAt\n    indicators {\n      name\n      value\n    }\n    submittedBy {\n      id\n      fullName\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n    }\n    history {\n      id\n      version\n      submitted\n      status\n      progress\n      summary\n      late\n      at\n      by {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.DutyUpdateView_UpdateFragmentDoc,
    "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDirectiveDocument,
    "\n  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {\n    submitDutyUpdate(input: $input) {\n      id\n      ...DutyUpdateView_update\n    }\n  }\n": typeof types.SubmitDutyUpdateDocument,
    "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.ChildRouteDocument,
    "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n": typeof types.ChildrenRouteDocument,
    "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": typeof types.NewChildRouteDocument,
    "\n  query BoardRoute($id: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      title\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n    dutyBoard(directiveId: $id, period: $period) {\n      agency {\n        id\n        code\n        name\n      }\n      duties\n      updated\n      done\n      late\n      missing\n      state\n      sections {\n        section\n        duties\n        updated\n        done\n        late\n        missing\n        state\n      }\n    }\n  }\n": typeof types.BoardRouteDocument,
    "\n  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      duties(agencyId: $agencyId) {\n        id\n        section\n        title\n        update(period: $period) {\n          id\n          ...DutyUpdateView_update\n        }\n      }\n    }\n  }\n": typeof types.BoardCellDocument,
    "\n  query BoardPeriods($id: ID!) {\n    directive(id: $id) {\n      id\n      periods {\n        code\n        dueOn\n        label\n      }\n    }\n  }\n": typeof types.BoardPeriodsDocument,
    "\n  query DirectiveRoute($id: ID!) {\n    directive(id: $id) {\n      id\n      number\n      title\n      issuedOn\n      basis\n      reportingDeadlines\n      issuedBy {\n        id\n        name\n      }\n      periods {\n        code\n        label\n        dueOn\n      }\n      duties {\n        id\n        section\n        title\n        description\n        mine\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DirectiveRouteDocument,
    "\n  query DutyRoute($id: ID!) {\n    agencyDuty(id: $id) {\n      id\n      section\n      title\n      description\n      indicators\n      mine\n      agency {\n        id\n        name\n      }\n      directive {\n        id\n        title\n        periods {\n          code\n          label\n          dueOn\n        }\n      }\n      updates {\n        id\n        period {\n          code\n        }\n        ...DutyUpdateView_update\n      }\n    }\n  }\n": typeof types.DutyRouteDocument,
    "\n  query DirectivesRoute {\n    directives {\n      id\n      number\n      title\n      issuedOn\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DirectivesRouteDocument,
    "\n  query NewDirectiveRoute {\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.NewDirectiveRouteDocument,
    "\n  query ReportOptions($unitId: ID!) {\n    adminUnits(parentId: $unitId, level: COMMUNE) {\n      id\n      name\n    }\n    directives {\n      id\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n  }\n": typeof types.ReportOptionsDocument,
    "\n  query ReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n": typeof types.ReportsRouteDocument,
};
const documents: Documents = {
    "\n  query Session {\n    me {\n      id\n      username\n      fullName\n      role\n      locale\n      permissions\n      jurisdiction {\n        id\n        name\n        level\n        parent {\n          id\n          name\n        }\n      }\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.ChildDetails_ChildFragmentDoc,
    "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": types.ChildRow_ChildFragmentDoc,
    "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.RegisterChildDocument,
    "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.UpdateChildDocument,
    "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n": types.VillageOptionsDocument,
    "\n  fragment DutyUpdateView_update on DutyUpdate {\n    id\n    status\n    progress\n    summary\n    late\n    submitted\n    version\n    submittedAt\n    updatedAt\n    indicators {\n      name\n      value\n    }\n    submittedBy {\n      id\n      fullName\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n    }\n    history {\n      id\n      version\n      submitted\n      status\n      progress\n      summary\n      late\n      at\n      by {\n        id\n        fullName\n      }\n    }\n  }\n": types.DutyUpdateView_UpdateFragmentDoc,
    "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      id\n    }\n  }\n": types.CreateDirectiveDocument,
    "\n  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {\n    submitDutyUpdate(input: $input) {\n      id\n      ...DutyUpdateView_update\n    }\n  }\n": types.SubmitDutyUpdateDocument,
    "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.ChildRouteDocument,
    "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n": types.ChildrenRouteDocument,
    "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": types.NewChildRouteDocument,
    "\n  query BoardRoute($id: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      title\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n    dutyBoard(directiveId: $id, period: $period) {\n      agency {\n        id\n        code\n        name\n      }\n      duties\n      updated\n      done\n      late\n      missing\n      state\n      sections {\n        section\n        duties\n        updated\n        done\n        late\n        missing\n        state\n      }\n    }\n  }\n": types.BoardRouteDocument,
    "\n  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      duties(agencyId: $agencyId) {\n        id\n        section\n        title\n        update(period: $period) {\n          id\n          ...DutyUpdateView_update\n        }\n      }\n    }\n  }\n": types.BoardCellDocument,
    "\n  query BoardPeriods($id: ID!) {\n    directive(id: $id) {\n      id\n      periods {\n        code\n        dueOn\n        label\n      }\n    }\n  }\n": types.BoardPeriodsDocument,
    "\n  query DirectiveRoute($id: ID!) {\n    directive(id: $id) {\n      id\n      number\n      title\n      issuedOn\n      basis\n      reportingDeadlines\n      issuedBy {\n        id\n        name\n      }\n      periods {\n        code\n        label\n        dueOn\n      }\n      duties {\n        id\n        section\n        title\n        description\n        mine\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DirectiveRouteDocument,
    "\n  query DutyRoute($id: ID!) {\n    agencyDuty(id: $id) {\n      id\n      section\n      title\n      description\n      indicators\n      mine\n      agency {\n        id\n        name\n      }\n      directive {\n        id\n        title\n        periods {\n          code\n          label\n          dueOn\n        }\n      }\n      updates {\n        id\n        period {\n          code\n        }\n        ...DutyUpdateView_update\n      }\n    }\n  }\n": types.DutyRouteDocument,
    "\n  query DirectivesRoute {\n    directives {\n      id\n      number\n      title\n      issuedOn\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n": types.DirectivesRouteDocument,
    "\n  query NewDirectiveRoute {\n    agencies {\n      id\n      name\n    }\n  }\n": types.NewDirectiveRouteDocument,
    "\n  query ReportOptions($unitId: ID!) {\n    adminUnits(parentId: $unitId, level: COMMUNE) {\n      id\n      name\n    }\n    directives {\n      id\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n  }\n": types.ReportOptionsDocument,
    "\n  query ReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n": types.ReportsRouteDocument,
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
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DutyUpdateView_update on DutyUpdate {\n    id\n    status\n    progress\n    summary\n    late\n    submitted\n    version\n    submittedAt\n    updatedAt\n    indicators {\n      name\n      value\n    }\n    submittedBy {\n      id\n      fullName\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n    }\n    history {\n      id\n      version\n      submitted\n      status\n      progress\n      summary\n      late\n      at\n      by {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DutyUpdateView_update on DutyUpdate {\n    id\n    status\n    progress\n    summary\n    late\n    submitted\n    version\n    submittedAt\n    updatedAt\n    indicators {\n      name\n      value\n    }\n    submittedBy {\n      id\n      fullName\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n    }\n    history {\n      id\n      version\n      submitted\n      status\n      progress\n      summary\n      late\n      at\n      by {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {\n    submitDutyUpdate(input: $input) {\n      id\n      ...DutyUpdateView_update\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {\n    submitDutyUpdate(input: $input) {\n      id\n      ...DutyUpdateView_update\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardRoute($id: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      title\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n    dutyBoard(directiveId: $id, period: $period) {\n      agency {\n        id\n        code\n        name\n      }\n      duties\n      updated\n      done\n      late\n      missing\n      state\n      sections {\n        section\n        duties\n        updated\n        done\n        late\n        missing\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardRoute($id: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      title\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n    dutyBoard(directiveId: $id, period: $period) {\n      agency {\n        id\n        code\n        name\n      }\n      duties\n      updated\n      done\n      late\n      missing\n      state\n      sections {\n        section\n        duties\n        updated\n        done\n        late\n        missing\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      duties(agencyId: $agencyId) {\n        id\n        section\n        title\n        update(period: $period) {\n          id\n          ...DutyUpdateView_update\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      duties(agencyId: $agencyId) {\n        id\n        section\n        title\n        update(period: $period) {\n          id\n          ...DutyUpdateView_update\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPeriods($id: ID!) {\n    directive(id: $id) {\n      id\n      periods {\n        code\n        dueOn\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardPeriods($id: ID!) {\n    directive(id: $id) {\n      id\n      periods {\n        code\n        dueOn\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectiveRoute($id: ID!) {\n    directive(id: $id) {\n      id\n      number\n      title\n      issuedOn\n      basis\n      reportingDeadlines\n      issuedBy {\n        id\n        name\n      }\n      periods {\n        code\n        label\n        dueOn\n      }\n      duties {\n        id\n        section\n        title\n        description\n        mine\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectiveRoute($id: ID!) {\n    directive(id: $id) {\n      id\n      number\n      title\n      issuedOn\n      basis\n      reportingDeadlines\n      issuedBy {\n        id\n        name\n      }\n      periods {\n        code\n        label\n        dueOn\n      }\n      duties {\n        id\n        section\n        title\n        description\n        mine\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRoute($id: ID!) {\n    agencyDuty(id: $id) {\n      id\n      section\n      title\n      description\n      indicators\n      mine\n      agency {\n        id\n        name\n      }\n      directive {\n        id\n        title\n        periods {\n          code\n          label\n          dueOn\n        }\n      }\n      updates {\n        id\n        period {\n          code\n        }\n        ...DutyUpdateView_update\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyRoute($id: ID!) {\n    agencyDuty(id: $id) {\n      id\n      section\n      title\n      description\n      indicators\n      mine\n      agency {\n        id\n        name\n      }\n      directive {\n        id\n        title\n        periods {\n          code\n          label\n          dueOn\n        }\n      }\n      updates {\n        id\n        period {\n          code\n        }\n        ...DutyUpdateView_update\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectivesRoute {\n    directives {\n      id\n      number\n      title\n      issuedOn\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectivesRoute {\n    directives {\n      id\n      number\n      title\n      issuedOn\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewDirectiveRoute {\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewDirectiveRoute {\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportOptions($unitId: ID!) {\n    adminUnits(parentId: $unitId, level: COMMUNE) {\n      id\n      name\n    }\n    directives {\n      id\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportOptions($unitId: ID!) {\n    adminUnits(parentId: $unitId, level: COMMUNE) {\n      id\n      name\n    }\n    directives {\n      id\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;