import type { ApolloClient } from '@apollo/client';
import { createQueryPreloader } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router-dom';
import { NotFoundRoute, RouteErrorBoundary } from './routes/error-boundary';
import type { RouteDeps } from './routes/deps';
import { PageLoader } from './ui/PageLoader';

// Shown while the first page's code and data load; a bare spinner, so the entry chunk stays small.
const HydrateFallback = () => {
  const { t } = useTranslation();
  return <PageLoader label={t('common.loading')} />;
};

// Every page is its own chunk (react-router `lazy`): the login page downloads neither the
// app shell nor the children pages, and each page brings its own query and components.
export const createAppRouter = (client: ApolloClient) => {
  const deps: RouteDeps = { client, preloadQuery: createQueryPreloader(client) };

  return createBrowserRouter([
    {
      path: '/login',
      HydrateFallback,
      ErrorBoundary: RouteErrorBoundary,
      lazy: async () => ({ Component: (await import('./routes/login')).LoginRoute }),
    },
    {
      id: 'root',
      path: '/',
      HydrateFallback,
      ErrorBoundary: RouteErrorBoundary,
      lazy: async () => {
        const { RootRoute, rootLoader } = await import('./routes/root');
        return { Component: RootRoute, loader: rootLoader(deps) };
      },
      children: [
        {
          // Pathless: a failing page renders its error inside the shell, with the navigation still there.
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }),
            },
            {
              path: 'children',
              lazy: async () => {
                const { ChildrenRoute, childrenRouteLoader } = await import('./routes/children/index');
                return { Component: ChildrenRoute, loader: childrenRouteLoader(deps) };
              },
            },
            {
              path: 'children/new',
              lazy: async () => {
                const { NewChildRoute, newChildRouteLoader } = await import('./routes/children/new');
                return { Component: NewChildRoute, loader: newChildRouteLoader(deps) };
              },
            },
            {
              path: 'children/import',
              lazy: async () => {
                const { ImportRoute, importRouteLoader } = await import('./routes/children/import');
                return { Component: ImportRoute, loader: importRouteLoader(deps) };
              },
            },
            {
              path: 'children/:childId',
              lazy: async () => {
                const { ChildRoute, childRouteLoader } = await import('./routes/children/child');
                return { Component: ChildRoute, loader: childRouteLoader(deps) };
              },
            },
            {
              path: 'directives',
              lazy: async () => {
                const { DirectivesRoute, directivesRouteLoader } = await import('./routes/directives/index');
                return { Component: DirectivesRoute, loader: directivesRouteLoader(deps) };
              },
            },
            {
              path: 'directives/new',
              lazy: async () => {
                const { NewDirectiveRoute, newDirectiveRouteLoader } = await import('./routes/directives/new');
                return { Component: NewDirectiveRoute, loader: newDirectiveRouteLoader(deps) };
              },
            },
            {
              path: 'directives/:directiveId',
              lazy: async () => {
                const { DirectiveRoute, directiveRouteLoader } = await import('./routes/directives/directive');
                return { Component: DirectiveRoute, loader: directiveRouteLoader(deps) };
              },
            },
            {
              path: 'directives/:directiveId/board',
              lazy: async () => {
                const { BoardRoute, boardRouteLoader } = await import('./routes/directives/board');
                return { Component: BoardRoute, loader: boardRouteLoader(deps) };
              },
            },
            {
              path: 'directives/:directiveId/duties/:dutyId',
              lazy: async () => {
                const { DutyRoute, dutyRouteLoader, dutyShouldRevalidate } = await import('./routes/directives/duty');
                return { Component: DutyRoute, loader: dutyRouteLoader(deps), shouldRevalidate: dutyShouldRevalidate };
              },
            },
            {
              path: 'periodic-reports',
              lazy: async () => {
                const { PeriodicReportsRoute, periodicReportsRouteLoader } = await import('./routes/periodic-reports/index');
                return { Component: PeriodicReportsRoute, loader: periodicReportsRouteLoader(deps) };
              },
            },
            {
              path: 'reports/new',
              lazy: async () => {
                const { NewReportRoute, newReportRouteLoader } = await import('./routes/reports/new');
                return { Component: NewReportRoute, loader: newReportRouteLoader(deps) };
              },
            },
            {
              path: 'reports/:reportId',
              lazy: async () => {
                const { ReportRoute, reportRouteLoader } = await import('./routes/reports/report');
                return { Component: ReportRoute, loader: reportRouteLoader(deps) };
              },
            },
            {
              path: 'cases',
              lazy: async () => {
                const { CasesRoute, casesRouteLoader } = await import('./routes/cases/index');
                return { Component: CasesRoute, loader: casesRouteLoader(deps) };
              },
            },
            {
              path: 'cases/:caseId',
              lazy: async () => {
                const { CaseRoute, caseRouteLoader } = await import('./routes/cases/case');
                return { Component: CaseRoute, loader: caseRouteLoader(deps) };
              },
            },
            {
              path: 'settings/holidays',
              lazy: async () => {
                const { HolidaysRoute, holidaysRouteLoader } = await import('./routes/settings/holidays');
                return { Component: HolidaysRoute, loader: holidaysRouteLoader(deps) };
              },
            },
            {
              path: 'settings/villages',
              lazy: async () => {
                const { VillagesRoute, villagesRouteLoader } = await import('./routes/settings/villages');
                return { Component: VillagesRoute, loader: villagesRouteLoader(deps) };
              },
            },
            {
              path: 'settings/sign-in-lockouts',
              lazy: async () => {
                const { SignInLockoutsRoute, signInLockoutsRouteLoader } = await import('./routes/settings/sign-in-lockouts');
                return { Component: SignInLockoutsRoute, loader: signInLockoutsRouteLoader(deps) };
              },
            },
            {
              path: 'analytics',
              lazy: async () => {
                const { AnalyticsRoute, analyticsRouteLoader } = await import('./routes/analytics/index');
                return { Component: AnalyticsRoute, loader: analyticsRouteLoader(deps) };
              },
            },
            {
              path: 'account/tokens',
              lazy: async () => {
                const { ApiTokensRoute, apiTokensRouteLoader } = await import('./routes/account/tokens');
                return { Component: ApiTokensRoute, loader: apiTokensRouteLoader(deps) };
              },
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]);
};

export type AppRouter = ReturnType<typeof createAppRouter>;
