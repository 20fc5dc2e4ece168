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
    "\n  mutation ClearSignInLockout($username: String, $address: String) {\n    clearSignInLockout(username: $username, address: $address)\n  }\n": typeof types.ClearSignInLockoutDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      token\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {\n    stats(measure: $measure, groupBy: $groupBy) {\n      groupBy\n      total\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": typeof types.DashboardStatsDocument,
    "\n  fragment CasePage_case on ProtectionCase {\n    id\n    code\n    version\n    status\n    level\n    riskLevel\n    emergency\n    referredToPolice\n    receivedAt\n    closedAt\n    closureReason\n    child { id fullName }\n    commune { id name }\n    deadlines { id kind dueAt metAt state }\n    plan {\n      id\n      version\n      submittedAt\n      approvedAt\n      approvedBy { id fullName }\n      measures { id level description dueOn status outcome assignedAgency { id name } }\n    }\n    events { id at kind fromStatus toStatus note actor { id fullName } }\n    assessments { id kind }\n    abuseReports { id code }\n  }\n": typeof types.CasePage_CaseFragmentDoc,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { ...CasePage_case }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation SubmitCasePlan($input: SubmitCasePlanInput!) {\n    submitCasePlan(input: $input) { ...CasePage_case }\n  }\n": typeof types.SubmitCasePlanDocument,
    "\n  mutation ApproveCasePlan($caseId: ID!, $expectedVersion: Int!) {\n    approveCasePlan(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n": typeof types.ApproveCasePlanDocument,
    "\n  mutation ReferCaseToPolice($caseId: ID!, $expectedVersion: Int!) {\n    referCaseToPolice(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n": typeof types.ReferCaseToPoliceDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { ...CasePage_case }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation ReopenCase($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenCase(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) { ...CasePage_case }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation RecordEmergencyAction($caseId: ID!, $expectedVersion: Int!, $separation: Boolean!) {\n    recordEmergencyAction(caseId: $caseId, expectedVersion: $expectedVersion, separation: $separation) { ...CasePage_case }\n  }\n": typeof types.RecordEmergencyActionDocument,
    "\n  mutation RecordMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { ...CasePage_case }\n  }\n": typeof types.RecordMeasureOutcomeDocument,
    "\n  fragment ChildCasesAndReports_child on Child {\n    cases { id code status level receivedAt }\n    abuseReports { id code status channel receivedAt }\n  }\n": typeof types.ChildCasesAndReports_ChildFragmentDoc,
    "\n  fragment ChildCircumstances_child on Child {\n    id\n    version\n    circumstances {\n      id\n      group\n      subgroup\n      since\n      until\n      note\n    }\n  }\n": typeof types.ChildCircumstances_ChildFragmentDoc,
    "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ChildDetails_ChildFragmentDoc,
    "\n  fragment ChildHistory_child on Child {\n    id\n    changeHistory {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.ChildHistory_ChildFragmentDoc,
    "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": typeof types.ChildRow_ChildFragmentDoc,
    "\n  fragment DuplicateCandidate_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": typeof types.DuplicateCandidate_ChildFragmentDoc,
    "\n  query UnitTree($parentId: ID, $includeHistorical: Boolean) {\n    adminUnits(parentId: $parentId, includeHistorical: $includeHistorical) {\n      id\n      name\n      level\n      validTo\n      children {\n        id\n        name\n        level\n        validTo\n      }\n      successors {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitTreeDocument,
    "\n  mutation AddChildCircumstance($input: AddCircumstanceInput!) {\n    addChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n": typeof types.AddChildCircumstanceDocument,
    "\n  mutation EndChildCircumstance($input: EndCircumstanceInput!) {\n    endChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n": typeof types.EndChildCircumstanceDocument,
    "\n  mutation MergeChildren($input: MergeChildrenInput!) {\n    mergeChildren(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n": typeof types.MergeChildrenDocument,
    "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": typeof types.RegisterChildDocument,
    "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildHistory_child\n    }\n  }\n": typeof types.UpdateChildDocument,
    "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n": typeof types.VillageOptionsDocument,
    "\n  fragment DutyUpdateView_update on DutyUpdate {\n    id\n    status\n    progress\n    summary\n    late\n    submitted\n    version\n    submittedAt\n    updatedAt\n    indicators {\n      name\n      value\n    }\n    submittedBy {\n      id\n      fullName\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n    }\n    history {\n      id\n      version\n      submitted\n      status\n      progress\n      summary\n      late\n      at\n      by {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.DutyUpdateView_UpdateFragmentDoc,
    "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDirectiveDocument,
    "\n  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {\n    submitDutyUpdate(input: $input) {\n      id\n      ...DutyUpdateView_update\n    }\n  }\n": typeof types.SubmitDutyUpdateDocument,
    "\n  mutation SavePublicHoliday($day: Date!, $name: String!, $kind: String!, $source: String) {\n    savePublicHoliday(day: $day, name: $name, kind: $kind, source: $source) { day name kind source }\n  }\n": typeof types.SavePublicHolidayDocument,
    "\n  mutation DeletePublicHoliday($day: Date!) {\n    deletePublicHoliday(day: $day)\n  }\n": typeof types.DeletePublicHolidayDocument,
    "\n  mutation UpdateDeadlineRule($kind: DeadlineKind!, $clock: String!, $amount: Int!, $dueSoonHours: Int!) {\n    updateDeadlineRule(kind: $kind, clock: $clock, amount: $amount, dueSoonHours: $dueSoonHours) { kind clock amount dueSoonHours }\n  }\n": typeof types.UpdateDeadlineRuleDocument,
    "\n  mutation LinkAbuseReport($id: ID!, $childId: ID!, $expectedVersion: Int!) {\n    linkAbuseReport(id: $id, childId: $childId, expectedVersion: $expectedVersion) {\n      id\n      version\n      child {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.LinkAbuseReportDocument,
    "\n  mutation CloseAbuseReport($id: ID!, $reason: String!, $expectedVersion: Int!) {\n    closeAbuseReport(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CloseAbuseReportDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation SubmitAbuseReport($input: SubmitAbuseReportInput!) {\n    submitAbuseReport(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.SubmitAbuseReportDocument,
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n    myNotifications(unreadOnly: true, first: 20) { id message createdAt }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation AddVillage($communeId: ID!, $name: String!) {\n    addVillage(communeId: $communeId, name: $name) { id code name validTo version }\n  }\n": typeof types.AddVillageDocument,
    "\n  mutation RenameVillage($id: ID!, $name: String!, $expectedVersion: Int!) {\n    renameVillage(id: $id, name: $name, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n": typeof types.RenameVillageDocument,
    "\n  mutation RetireVillage($id: ID!, $validTo: Date!, $expectedVersion: Int!) {\n    retireVillage(id: $id, validTo: $validTo, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n": typeof types.RetireVillageDocument,
    "\n  query AssignedMeasures {\n    assignedMeasures { id level description dueOn status outcome caseCode communeName childInitials childAgeYears }\n  }\n": typeof types.AssignedMeasuresDocument,
    "\n  mutation RecordAssignedMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordAssignedMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { id status outcome }\n  }\n": typeof types.RecordAssignedMeasureOutcomeDocument,
    "\n  query MyWorklist {\n    myWorklist {\n      title\n      case { id code }\n      abuseReport { id code }\n      deadline { id kind dueAt metAt state }\n    }\n  }\n": typeof types.MyWorklistDocument,
    "\n  query ApiTokensRoute {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": typeof types.ApiTokensRouteDocument,
    "\n  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {\n    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {\n      measure\n      groupBy\n      total\n      minCellSize\n      exact\n      generatedAt\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": typeof types.AnalyticsRouteDocument,
    "\n  query CaseRoute($id: ID!) {\n    case(id: $id) { ...CasePage_case }\n    agencies { id name }\n  }\n": typeof types.CaseRouteDocument,
    "\n  query CasesRoute($first: Int) {\n    cases(first: $first) {\n      totalCount\n      nodes { id code status receivedAt emergency child { id fullName } commune { id name } }\n    }\n  }\n": typeof types.CasesRouteDocument,
    "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      agedOut\n      atRisk\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n      ...ChildCasesAndReports_child\n      possibleDuplicates {\n        id\n        version\n        ...DuplicateCandidate_child\n      }\n    }\n  }\n": typeof types.ChildRouteDocument,
    "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n": typeof types.ChildrenRouteDocument,
    "\n  query DuplicateCandidates($input: DuplicateCheckInput!) {\n    childDuplicateCandidates(input: $input) {\n      id\n      ...DuplicateCandidate_child\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": typeof types.NewChildRouteDocument,
    "\n  query BoardRoute($id: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      title\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n    dutyBoard(directiveId: $id, period: $period) {\n      agency {\n        id\n        code\n        name\n      }\n      duties\n      updated\n      done\n      late\n      missing\n      state\n      sections {\n        section\n        duties\n        updated\n        done\n        late\n        missing\n        state\n      }\n    }\n  }\n": typeof types.BoardRouteDocument,
    "\n  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      duties(agencyId: $agencyId) {\n        id\n        section\n        title\n        update(period: $period) {\n          id\n          ...DutyUpdateView_update\n        }\n      }\n    }\n  }\n": typeof types.BoardCellDocument,
    "\n  query BoardPeriods($id: ID!) {\n    directive(id: $id) {\n      id\n      periods {\n        code\n        dueOn\n        label\n      }\n    }\n  }\n": typeof types.BoardPeriodsDocument,
    "\n  query DirectiveRoute($id: ID!) {\n    directive(id: $id) {\n      id\n      number\n      title\n      issuedOn\n      basis\n      reportingDeadlines\n      issuedBy {\n        id\n        name\n      }\n      periods {\n        code\n        label\n        dueOn\n      }\n      duties {\n        id\n        section\n        title\n        description\n        mine\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DirectiveRouteDocument,
    "\n  query DutyRoute($id: ID!) {\n    agencyDuty(id: $id) {\n      id\n      section\n      title\n      description\n      indicators\n      mine\n      agency {\n        id\n        name\n      }\n      directive {\n        id\n        title\n        periods {\n          code\n          label\n          dueOn\n        }\n      }\n      updates {\n        id\n        period {\n          code\n        }\n        ...DutyUpdateView_update\n      }\n    }\n  }\n": typeof types.DutyRouteDocument,
    "\n  query DirectivesRoute {\n    directives {\n      id\n      number\n      title\n      issuedOn\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DirectivesRouteDocument,
    "\n  query NewDirectiveRoute {\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.NewDirectiveRouteDocument,
    "\n  query ReportOptions($unitId: ID!) {\n    adminUnits(parentId: $unitId, level: COMMUNE) {\n      id\n      name\n    }\n    directives {\n      id\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n  }\n": typeof types.ReportOptionsDocument,
    "\n  query PeriodicReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n": typeof types.PeriodicReportsRouteDocument,
    "\n  query ReportsRoute($first: Int) {\n    abuseReports(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        receivedAt\n        channel\n        status\n        childName\n        initialAssessmentDueAt\n        commune {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReportsRouteDocument,
    "\n  query IntakeCommunes($parentId: ID) {\n    adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": typeof types.IntakeCommunesDocument,
    "\n  query ReportRoute($id: ID!) {\n    abuseReport(id: $id) {\n      id\n      code\n      version\n      receivedAt\n      channel\n      category\n      abuseForms\n      status\n      description\n      incidentPlace\n      childName\n      childSex\n      childAgeEstimate\n      initialAssessmentDueAt\n      commune { id name }\n      child { id fullName }\n      case { id code }\n      reporter { anonymous fullName phone address relationship }\n    }\n  }\n": typeof types.ReportRouteDocument,
    "\n  query HolidaysRoute($year: Int!) {\n    publicHolidays(year: $year) { day name kind source }\n    deadlineRules { kind startEvent clock amount dueSoonHours responsibleRole legalBasis }\n  }\n": typeof types.HolidaysRouteDocument,
    "\n  query SignInLockoutsRoute {\n    signInLockouts {\n      kind\n      username\n      address\n      failures\n      lastFailureAt\n      until\n    }\n  }\n": typeof types.SignInLockoutsRouteDocument,
    "\n  query VillageCommunes($parentId: ID!) {\n    adminUnits(parentId: $parentId, level: COMMUNE) { id name }\n  }\n": typeof types.VillageCommunesDocument,
    "\n  query VillagesOfCommune($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE, includeHistorical: true) { id code name validTo version }\n  }\n": typeof types.VillagesOfCommuneDocument,
};
const documents: Documents = {
    "\n  query Session {\n    me {\n      id\n      username\n      fullName\n      role\n      locale\n      permissions\n      jurisdiction {\n        id\n        name\n        level\n        parent {\n          id\n          name\n        }\n      }\n      agency {\n        id\n        name\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation ClearSignInLockout($username: String, $address: String) {\n    clearSignInLockout(username: $username, address: $address)\n  }\n": types.ClearSignInLockoutDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      id\n      name\n      token\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {\n    stats(measure: $measure, groupBy: $groupBy) {\n      groupBy\n      total\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": types.DashboardStatsDocument,
    "\n  fragment CasePage_case on ProtectionCase {\n    id\n    code\n    version\n    status\n    level\n    riskLevel\n    emergency\n    referredToPolice\n    receivedAt\n    closedAt\n    closureReason\n    child { id fullName }\n    commune { id name }\n    deadlines { id kind dueAt metAt state }\n    plan {\n      id\n      version\n      submittedAt\n      approvedAt\n      approvedBy { id fullName }\n      measures { id level description dueOn status outcome assignedAgency { id name } }\n    }\n    events { id at kind fromStatus toStatus note actor { id fullName } }\n    assessments { id kind }\n    abuseReports { id code }\n  }\n": types.CasePage_CaseFragmentDoc,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { ...CasePage_case }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation SubmitCasePlan($input: SubmitCasePlanInput!) {\n    submitCasePlan(input: $input) { ...CasePage_case }\n  }\n": types.SubmitCasePlanDocument,
    "\n  mutation ApproveCasePlan($caseId: ID!, $expectedVersion: Int!) {\n    approveCasePlan(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n": types.ApproveCasePlanDocument,
    "\n  mutation ReferCaseToPolice($caseId: ID!, $expectedVersion: Int!) {\n    referCaseToPolice(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n": types.ReferCaseToPoliceDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { ...CasePage_case }\n  }\n": types.CloseCaseDocument,
    "\n  mutation ReopenCase($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenCase(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) { ...CasePage_case }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation RecordEmergencyAction($caseId: ID!, $expectedVersion: Int!, $separation: Boolean!) {\n    recordEmergencyAction(caseId: $caseId, expectedVersion: $expectedVersion, separation: $separation) { ...CasePage_case }\n  }\n": types.RecordEmergencyActionDocument,
    "\n  mutation RecordMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { ...CasePage_case }\n  }\n": types.RecordMeasureOutcomeDocument,
    "\n  fragment ChildCasesAndReports_child on Child {\n    cases { id code status level receivedAt }\n    abuseReports { id code status channel receivedAt }\n  }\n": types.ChildCasesAndReports_ChildFragmentDoc,
    "\n  fragment ChildCircumstances_child on Child {\n    id\n    version\n    circumstances {\n      id\n      group\n      subgroup\n      since\n      until\n      note\n    }\n  }\n": types.ChildCircumstances_ChildFragmentDoc,
    "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.ChildDetails_ChildFragmentDoc,
    "\n  fragment ChildHistory_child on Child {\n    id\n    changeHistory {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n": types.ChildHistory_ChildFragmentDoc,
    "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": types.ChildRow_ChildFragmentDoc,
    "\n  fragment DuplicateCandidate_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n": types.DuplicateCandidate_ChildFragmentDoc,
    "\n  query UnitTree($parentId: ID, $includeHistorical: Boolean) {\n    adminUnits(parentId: $parentId, includeHistorical: $includeHistorical) {\n      id\n      name\n      level\n      validTo\n      children {\n        id\n        name\n        level\n        validTo\n      }\n      successors {\n        id\n        name\n      }\n    }\n  }\n": types.UnitTreeDocument,
    "\n  mutation AddChildCircumstance($input: AddCircumstanceInput!) {\n    addChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n": types.AddChildCircumstanceDocument,
    "\n  mutation EndChildCircumstance($input: EndCircumstanceInput!) {\n    endChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n": types.EndChildCircumstanceDocument,
    "\n  mutation MergeChildren($input: MergeChildrenInput!) {\n    mergeChildren(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n": types.MergeChildrenDocument,
    "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n": types.RegisterChildDocument,
    "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildHistory_child\n    }\n  }\n": types.UpdateChildDocument,
    "\n  query VillageOptions($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE) {\n      id\n      name\n    }\n  }\n": types.VillageOptionsDocument,
    "\n  fragment DutyUpdateView_update on DutyUpdate {\n    id\n    status\n    progress\n    summary\n    late\n    submitted\n    version\n    submittedAt\n    updatedAt\n    indicators {\n      name\n      value\n    }\n    submittedBy {\n      id\n      fullName\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n    }\n    history {\n      id\n      version\n      submitted\n      status\n      progress\n      summary\n      late\n      at\n      by {\n        id\n        fullName\n      }\n    }\n  }\n": types.DutyUpdateView_UpdateFragmentDoc,
    "\n  mutation CreateDirective($input: CreateDirectiveInput!) {\n    createDirective(input: $input) {\n      id\n    }\n  }\n": types.CreateDirectiveDocument,
    "\n  mutation SubmitDutyUpdate($input: SubmitDutyUpdateInput!) {\n    submitDutyUpdate(input: $input) {\n      id\n      ...DutyUpdateView_update\n    }\n  }\n": types.SubmitDutyUpdateDocument,
    "\n  mutation SavePublicHoliday($day: Date!, $name: String!, $kind: String!, $source: String) {\n    savePublicHoliday(day: $day, name: $name, kind: $kind, source: $source) { day name kind source }\n  }\n": types.SavePublicHolidayDocument,
    "\n  mutation DeletePublicHoliday($day: Date!) {\n    deletePublicHoliday(day: $day)\n  }\n": types.DeletePublicHolidayDocument,
    "\n  mutation UpdateDeadlineRule($kind: DeadlineKind!, $clock: String!, $amount: Int!, $dueSoonHours: Int!) {\n    updateDeadlineRule(kind: $kind, clock: $clock, amount: $amount, dueSoonHours: $dueSoonHours) { kind clock amount dueSoonHours }\n  }\n": types.UpdateDeadlineRuleDocument,
    "\n  mutation LinkAbuseReport($id: ID!, $childId: ID!, $expectedVersion: Int!) {\n    linkAbuseReport(id: $id, childId: $childId, expectedVersion: $expectedVersion) {\n      id\n      version\n      child {\n        id\n        fullName\n      }\n    }\n  }\n": types.LinkAbuseReportDocument,
    "\n  mutation CloseAbuseReport($id: ID!, $reason: String!, $expectedVersion: Int!) {\n    closeAbuseReport(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n": types.CloseAbuseReportDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation SubmitAbuseReport($input: SubmitAbuseReportInput!) {\n    submitAbuseReport(input: $input) {\n      id\n      code\n    }\n  }\n": types.SubmitAbuseReportDocument,
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n    myNotifications(unreadOnly: true, first: 20) { id message createdAt }\n  }\n": types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation AddVillage($communeId: ID!, $name: String!) {\n    addVillage(communeId: $communeId, name: $name) { id code name validTo version }\n  }\n": types.AddVillageDocument,
    "\n  mutation RenameVillage($id: ID!, $name: String!, $expectedVersion: Int!) {\n    renameVillage(id: $id, name: $name, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n": types.RenameVillageDocument,
    "\n  mutation RetireVillage($id: ID!, $validTo: Date!, $expectedVersion: Int!) {\n    retireVillage(id: $id, validTo: $validTo, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n": types.RetireVillageDocument,
    "\n  query AssignedMeasures {\n    assignedMeasures { id level description dueOn status outcome caseCode communeName childInitials childAgeYears }\n  }\n": types.AssignedMeasuresDocument,
    "\n  mutation RecordAssignedMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordAssignedMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { id status outcome }\n  }\n": types.RecordAssignedMeasureOutcomeDocument,
    "\n  query MyWorklist {\n    myWorklist {\n      title\n      case { id code }\n      abuseReport { id code }\n      deadline { id kind dueAt metAt state }\n    }\n  }\n": types.MyWorklistDocument,
    "\n  query ApiTokensRoute {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n": types.ApiTokensRouteDocument,
    "\n  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {\n    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {\n      measure\n      groupBy\n      total\n      minCellSize\n      exact\n      generatedAt\n      rows {\n        keys {\n          dimension\n          code\n          label\n        }\n        value\n        suppressed\n      }\n    }\n  }\n": types.AnalyticsRouteDocument,
    "\n  query CaseRoute($id: ID!) {\n    case(id: $id) { ...CasePage_case }\n    agencies { id name }\n  }\n": types.CaseRouteDocument,
    "\n  query CasesRoute($first: Int) {\n    cases(first: $first) {\n      totalCount\n      nodes { id code status receivedAt emergency child { id fullName } commune { id name } }\n    }\n  }\n": types.CasesRouteDocument,
    "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      agedOut\n      atRisk\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n      ...ChildCasesAndReports_child\n      possibleDuplicates {\n        id\n        version\n        ...DuplicateCandidate_child\n      }\n    }\n  }\n": types.ChildRouteDocument,
    "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n": types.ChildrenRouteDocument,
    "\n  query DuplicateCandidates($input: DuplicateCheckInput!) {\n    childDuplicateCandidates(input: $input) {\n      id\n      ...DuplicateCandidate_child\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  query NewChildRoute($parentId: ID) {\n    communes: adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": types.NewChildRouteDocument,
    "\n  query BoardRoute($id: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      title\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n    dutyBoard(directiveId: $id, period: $period) {\n      agency {\n        id\n        code\n        name\n      }\n      duties\n      updated\n      done\n      late\n      missing\n      state\n      sections {\n        section\n        duties\n        updated\n        done\n        late\n        missing\n        state\n      }\n    }\n  }\n": types.BoardRouteDocument,
    "\n  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {\n    directive(id: $id) {\n      id\n      duties(agencyId: $agencyId) {\n        id\n        section\n        title\n        update(period: $period) {\n          id\n          ...DutyUpdateView_update\n        }\n      }\n    }\n  }\n": types.BoardCellDocument,
    "\n  query BoardPeriods($id: ID!) {\n    directive(id: $id) {\n      id\n      periods {\n        code\n        dueOn\n        label\n      }\n    }\n  }\n": types.BoardPeriodsDocument,
    "\n  query DirectiveRoute($id: ID!) {\n    directive(id: $id) {\n      id\n      number\n      title\n      issuedOn\n      basis\n      reportingDeadlines\n      issuedBy {\n        id\n        name\n      }\n      periods {\n        code\n        label\n        dueOn\n      }\n      duties {\n        id\n        section\n        title\n        description\n        mine\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DirectiveRouteDocument,
    "\n  query DutyRoute($id: ID!) {\n    agencyDuty(id: $id) {\n      id\n      section\n      title\n      description\n      indicators\n      mine\n      agency {\n        id\n        name\n      }\n      directive {\n        id\n        title\n        periods {\n          code\n          label\n          dueOn\n        }\n      }\n      updates {\n        id\n        period {\n          code\n        }\n        ...DutyUpdateView_update\n      }\n    }\n  }\n": types.DutyRouteDocument,
    "\n  query DirectivesRoute {\n    directives {\n      id\n      number\n      title\n      issuedOn\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n": types.DirectivesRouteDocument,
    "\n  query NewDirectiveRoute {\n    agencies {\n      id\n      name\n    }\n  }\n": types.NewDirectiveRouteDocument,
    "\n  query ReportOptions($unitId: ID!) {\n    adminUnits(parentId: $unitId, level: COMMUNE) {\n      id\n      name\n    }\n    directives {\n      id\n      periods {\n        code\n        label\n        dueOn\n      }\n    }\n  }\n": types.ReportOptionsDocument,
    "\n  query PeriodicReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n": types.PeriodicReportsRouteDocument,
    "\n  query ReportsRoute($first: Int) {\n    abuseReports(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        receivedAt\n        channel\n        status\n        childName\n        initialAssessmentDueAt\n        commune {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReportsRouteDocument,
    "\n  query IntakeCommunes($parentId: ID) {\n    adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n": types.IntakeCommunesDocument,
    "\n  query ReportRoute($id: ID!) {\n    abuseReport(id: $id) {\n      id\n      code\n      version\n      receivedAt\n      channel\n      category\n      abuseForms\n      status\n      description\n      incidentPlace\n      childName\n      childSex\n      childAgeEstimate\n      initialAssessmentDueAt\n      commune { id name }\n      child { id fullName }\n      case { id code }\n      reporter { anonymous fullName phone address relationship }\n    }\n  }\n": types.ReportRouteDocument,
    "\n  query HolidaysRoute($year: Int!) {\n    publicHolidays(year: $year) { day name kind source }\n    deadlineRules { kind startEvent clock amount dueSoonHours responsibleRole legalBasis }\n  }\n": types.HolidaysRouteDocument,
    "\n  query SignInLockoutsRoute {\n    signInLockouts {\n      kind\n      username\n      address\n      failures\n      lastFailureAt\n      until\n    }\n  }\n": types.SignInLockoutsRouteDocument,
    "\n  query VillageCommunes($parentId: ID!) {\n    adminUnits(parentId: $parentId, level: COMMUNE) { id name }\n  }\n": types.VillageCommunesDocument,
    "\n  query VillagesOfCommune($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE, includeHistorical: true) { id code name validTo version }\n  }\n": types.VillagesOfCommuneDocument,
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
export function graphql(source: "\n  mutation ClearSignInLockout($username: String, $address: String) {\n    clearSignInLockout(username: $username, address: $address)\n  }\n"): (typeof documents)["\n  mutation ClearSignInLockout($username: String, $address: String) {\n    clearSignInLockout(username: $username, address: $address)\n  }\n"];
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
export function graphql(source: "\n  fragment CasePage_case on ProtectionCase {\n    id\n    code\n    version\n    status\n    level\n    riskLevel\n    emergency\n    referredToPolice\n    receivedAt\n    closedAt\n    closureReason\n    child { id fullName }\n    commune { id name }\n    deadlines { id kind dueAt metAt state }\n    plan {\n      id\n      version\n      submittedAt\n      approvedAt\n      approvedBy { id fullName }\n      measures { id level description dueOn status outcome assignedAgency { id name } }\n    }\n    events { id at kind fromStatus toStatus note actor { id fullName } }\n    assessments { id kind }\n    abuseReports { id code }\n  }\n"): (typeof documents)["\n  fragment CasePage_case on ProtectionCase {\n    id\n    code\n    version\n    status\n    level\n    riskLevel\n    emergency\n    referredToPolice\n    receivedAt\n    closedAt\n    closureReason\n    child { id fullName }\n    commune { id name }\n    deadlines { id kind dueAt metAt state }\n    plan {\n      id\n      version\n      submittedAt\n      approvedAt\n      approvedBy { id fullName }\n      measures { id level description dueOn status outcome assignedAgency { id name } }\n    }\n    events { id at kind fromStatus toStatus note actor { id fullName } }\n    assessments { id kind }\n    abuseReports { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCasePlan($input: SubmitCasePlanInput!) {\n    submitCasePlan(input: $input) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation SubmitCasePlan($input: SubmitCasePlanInput!) {\n    submitCasePlan(input: $input) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCasePlan($caseId: ID!, $expectedVersion: Int!) {\n    approveCasePlan(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation ApproveCasePlan($caseId: ID!, $expectedVersion: Int!) {\n    approveCasePlan(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferCaseToPolice($caseId: ID!, $expectedVersion: Int!) {\n    referCaseToPolice(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation ReferCaseToPolice($caseId: ID!, $expectedVersion: Int!) {\n    referCaseToPolice(caseId: $caseId, expectedVersion: $expectedVersion) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenCase(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($caseId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenCase(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEmergencyAction($caseId: ID!, $expectedVersion: Int!, $separation: Boolean!) {\n    recordEmergencyAction(caseId: $caseId, expectedVersion: $expectedVersion, separation: $separation) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation RecordEmergencyAction($caseId: ID!, $expectedVersion: Int!, $separation: Boolean!) {\n    recordEmergencyAction(caseId: $caseId, expectedVersion: $expectedVersion, separation: $separation) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { ...CasePage_case }\n  }\n"): (typeof documents)["\n  mutation RecordMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { ...CasePage_case }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildCasesAndReports_child on Child {\n    cases { id code status level receivedAt }\n    abuseReports { id code status channel receivedAt }\n  }\n"): (typeof documents)["\n  fragment ChildCasesAndReports_child on Child {\n    cases { id code status level receivedAt }\n    abuseReports { id code status channel receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildCircumstances_child on Child {\n    id\n    version\n    circumstances {\n      id\n      group\n      subgroup\n      since\n      until\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ChildCircumstances_child on Child {\n    id\n    version\n    circumstances {\n      id\n      group\n      subgroup\n      since\n      until\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ChildDetails_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    dobEstimated\n    ageYears\n    sex\n    ethnicity\n    personalId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    address\n    caregivers {\n      id\n      fullName\n      relationship\n      birthYear\n      phone\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildHistory_child on Child {\n    id\n    changeHistory {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChildHistory_child on Child {\n    id\n    changeHistory {\n      id\n      at\n      action\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChildRow_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    sex\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateCandidate_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateCandidate_child on Child {\n    id\n    code\n    fullName\n    dateOfBirth\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTree($parentId: ID, $includeHistorical: Boolean) {\n    adminUnits(parentId: $parentId, includeHistorical: $includeHistorical) {\n      id\n      name\n      level\n      validTo\n      children {\n        id\n        name\n        level\n        validTo\n      }\n      successors {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTree($parentId: ID, $includeHistorical: Boolean) {\n    adminUnits(parentId: $parentId, includeHistorical: $includeHistorical) {\n      id\n      name\n      level\n      validTo\n      children {\n        id\n        name\n        level\n        validTo\n      }\n      successors {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChildCircumstance($input: AddCircumstanceInput!) {\n    addChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n"): (typeof documents)["\n  mutation AddChildCircumstance($input: AddCircumstanceInput!) {\n    addChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndChildCircumstance($input: EndCircumstanceInput!) {\n    endChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n"): (typeof documents)["\n  mutation EndChildCircumstance($input: EndCircumstanceInput!) {\n    endChildCircumstance(input: $input) {\n      id\n      version\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeChildren($input: MergeChildrenInput!) {\n    mergeChildren(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n"): (typeof documents)["\n  mutation MergeChildren($input: MergeChildrenInput!) {\n    mergeChildren(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) {\n      id\n      ...ChildDetails_child\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildHistory_child\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChild($input: UpdateChildInput!) {\n    updateChild(input: $input) {\n      id\n      ...ChildDetails_child\n      ...ChildHistory_child\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SavePublicHoliday($day: Date!, $name: String!, $kind: String!, $source: String) {\n    savePublicHoliday(day: $day, name: $name, kind: $kind, source: $source) { day name kind source }\n  }\n"): (typeof documents)["\n  mutation SavePublicHoliday($day: Date!, $name: String!, $kind: String!, $source: String) {\n    savePublicHoliday(day: $day, name: $name, kind: $kind, source: $source) { day name kind source }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePublicHoliday($day: Date!) {\n    deletePublicHoliday(day: $day)\n  }\n"): (typeof documents)["\n  mutation DeletePublicHoliday($day: Date!) {\n    deletePublicHoliday(day: $day)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeadlineRule($kind: DeadlineKind!, $clock: String!, $amount: Int!, $dueSoonHours: Int!) {\n    updateDeadlineRule(kind: $kind, clock: $clock, amount: $amount, dueSoonHours: $dueSoonHours) { kind clock amount dueSoonHours }\n  }\n"): (typeof documents)["\n  mutation UpdateDeadlineRule($kind: DeadlineKind!, $clock: String!, $amount: Int!, $dueSoonHours: Int!) {\n    updateDeadlineRule(kind: $kind, clock: $clock, amount: $amount, dueSoonHours: $dueSoonHours) { kind clock amount dueSoonHours }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkAbuseReport($id: ID!, $childId: ID!, $expectedVersion: Int!) {\n    linkAbuseReport(id: $id, childId: $childId, expectedVersion: $expectedVersion) {\n      id\n      version\n      child {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkAbuseReport($id: ID!, $childId: ID!, $expectedVersion: Int!) {\n    linkAbuseReport(id: $id, childId: $childId, expectedVersion: $expectedVersion) {\n      id\n      version\n      child {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAbuseReport($id: ID!, $reason: String!, $expectedVersion: Int!) {\n    closeAbuseReport(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAbuseReport($id: ID!, $reason: String!, $expectedVersion: Int!) {\n    closeAbuseReport(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAbuseReport($input: SubmitAbuseReportInput!) {\n    submitAbuseReport(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAbuseReport($input: SubmitAbuseReportInput!) {\n    submitAbuseReport(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    unreadNotificationCount\n    myNotifications(unreadOnly: true, first: 20) { id message createdAt }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    unreadNotificationCount\n    myNotifications(unreadOnly: true, first: 20) { id message createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVillage($communeId: ID!, $name: String!) {\n    addVillage(communeId: $communeId, name: $name) { id code name validTo version }\n  }\n"): (typeof documents)["\n  mutation AddVillage($communeId: ID!, $name: String!) {\n    addVillage(communeId: $communeId, name: $name) { id code name validTo version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameVillage($id: ID!, $name: String!, $expectedVersion: Int!) {\n    renameVillage(id: $id, name: $name, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n"): (typeof documents)["\n  mutation RenameVillage($id: ID!, $name: String!, $expectedVersion: Int!) {\n    renameVillage(id: $id, name: $name, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireVillage($id: ID!, $validTo: Date!, $expectedVersion: Int!) {\n    retireVillage(id: $id, validTo: $validTo, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n"): (typeof documents)["\n  mutation RetireVillage($id: ID!, $validTo: Date!, $expectedVersion: Int!) {\n    retireVillage(id: $id, validTo: $validTo, expectedVersion: $expectedVersion) { id code name validTo version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignedMeasures {\n    assignedMeasures { id level description dueOn status outcome caseCode communeName childInitials childAgeYears }\n  }\n"): (typeof documents)["\n  query AssignedMeasures {\n    assignedMeasures { id level description dueOn status outcome caseCode communeName childInitials childAgeYears }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssignedMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordAssignedMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { id status outcome }\n  }\n"): (typeof documents)["\n  mutation RecordAssignedMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {\n    recordAssignedMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { id status outcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorklist {\n    myWorklist {\n      title\n      case { id code }\n      abuseReport { id code }\n      deadline { id kind dueAt metAt state }\n    }\n  }\n"): (typeof documents)["\n  query MyWorklist {\n    myWorklist {\n      title\n      case { id code }\n      abuseReport { id code }\n      deadline { id kind dueAt metAt state }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CaseRoute($id: ID!) {\n    case(id: $id) { ...CasePage_case }\n    agencies { id name }\n  }\n"): (typeof documents)["\n  query CaseRoute($id: ID!) {\n    case(id: $id) { ...CasePage_case }\n    agencies { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesRoute($first: Int) {\n    cases(first: $first) {\n      totalCount\n      nodes { id code status receivedAt emergency child { id fullName } commune { id name } }\n    }\n  }\n"): (typeof documents)["\n  query CasesRoute($first: Int) {\n    cases(first: $first) {\n      totalCount\n      nodes { id code status receivedAt emergency child { id fullName } commune { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      agedOut\n      atRisk\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n      ...ChildCasesAndReports_child\n      possibleDuplicates {\n        id\n        version\n        ...DuplicateCandidate_child\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildRoute($id: ID!) {\n    child(id: $id) {\n      id\n      agedOut\n      atRisk\n      ...ChildDetails_child\n      ...ChildCircumstances_child\n      ...ChildHistory_child\n      ...ChildCasesAndReports_child\n      possibleDuplicates {\n        id\n        version\n        ...DuplicateCandidate_child\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {\n    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChildRow_child\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($input: DuplicateCheckInput!) {\n    childDuplicateCandidates(input: $input) {\n      id\n      ...DuplicateCandidate_child\n    }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($input: DuplicateCheckInput!) {\n    childDuplicateCandidates(input: $input) {\n      id\n      ...DuplicateCandidate_child\n    }\n  }\n"];
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
export function graphql(source: "\n  query PeriodicReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodicReportsRoute($unitId: ID!, $period: String!) {\n    periodicReport(unitId: $unitId, period: $period) {\n      generatedAt\n      downloadUrls\n      unit {\n        id\n        name\n      }\n      period {\n        code\n        label\n      }\n      heading {\n        nationalMotto\n        parentBody\n        issuingBody\n        number\n        placeAndDate\n        title\n        subtitle\n        addressees\n      }\n      sections {\n        key\n        title\n        available\n        columns\n        lines {\n          label\n          values\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsRoute($first: Int) {\n    abuseReports(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        receivedAt\n        channel\n        status\n        childName\n        initialAssessmentDueAt\n        commune {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsRoute($first: Int) {\n    abuseReports(first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        receivedAt\n        channel\n        status\n        childName\n        initialAssessmentDueAt\n        commune {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeCommunes($parentId: ID) {\n    adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IntakeCommunes($parentId: ID) {\n    adminUnits(parentId: $parentId, level: COMMUNE) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRoute($id: ID!) {\n    abuseReport(id: $id) {\n      id\n      code\n      version\n      receivedAt\n      channel\n      category\n      abuseForms\n      status\n      description\n      incidentPlace\n      childName\n      childSex\n      childAgeEstimate\n      initialAssessmentDueAt\n      commune { id name }\n      child { id fullName }\n      case { id code }\n      reporter { anonymous fullName phone address relationship }\n    }\n  }\n"): (typeof documents)["\n  query ReportRoute($id: ID!) {\n    abuseReport(id: $id) {\n      id\n      code\n      version\n      receivedAt\n      channel\n      category\n      abuseForms\n      status\n      description\n      incidentPlace\n      childName\n      childSex\n      childAgeEstimate\n      initialAssessmentDueAt\n      commune { id name }\n      child { id fullName }\n      case { id code }\n      reporter { anonymous fullName phone address relationship }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidaysRoute($year: Int!) {\n    publicHolidays(year: $year) { day name kind source }\n    deadlineRules { kind startEvent clock amount dueSoonHours responsibleRole legalBasis }\n  }\n"): (typeof documents)["\n  query HolidaysRoute($year: Int!) {\n    publicHolidays(year: $year) { day name kind source }\n    deadlineRules { kind startEvent clock amount dueSoonHours responsibleRole legalBasis }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInLockoutsRoute {\n    signInLockouts {\n      kind\n      username\n      address\n      failures\n      lastFailureAt\n      until\n    }\n  }\n"): (typeof documents)["\n  query SignInLockoutsRoute {\n    signInLockouts {\n      kind\n      username\n      address\n      failures\n      lastFailureAt\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageCommunes($parentId: ID!) {\n    adminUnits(parentId: $parentId, level: COMMUNE) { id name }\n  }\n"): (typeof documents)["\n  query VillageCommunes($parentId: ID!) {\n    adminUnits(parentId: $parentId, level: COMMUNE) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillagesOfCommune($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE, includeHistorical: true) { id code name validTo version }\n  }\n"): (typeof documents)["\n  query VillagesOfCommune($communeId: ID!) {\n    adminUnits(parentId: $communeId, level: VILLAGE, includeHistorical: true) { id code name validTo version }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;