import { Permission } from '@cp/schema';
import type { Translations } from '../../i18n/vi';

export type NavItem = {
  to: string;
  label: `nav.${keyof Translations['nav']}`;
  // Shown only to users whose me.permissions include it (the server enforces it again).
  permission?: Permission;
  isActive: (pathname: string) => boolean;
  // Declared but not shown yet: the page behind it is not built.
  hidden?: boolean;
};

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', isActive: (p) => p === '/' },
  {
    to: '/children',
    label: 'nav.children',
    permission: Permission.CHILD_READ,
    // A child's own page belongs to the list; the register page has its own item.
    isActive: (p) => p === '/children' || (p.startsWith('/children/') && p !== '/children/new' && p !== '/children/import'),
  },
  {
    to: '/children/new',
    label: 'nav.registerChild',
    permission: Permission.CHILD_WRITE,
    isActive: (p) => p === '/children/new',
  },
  { to: '/reports/new', label: 'nav.newReport', permission: Permission.REPORT_SUBMIT, isActive: (p) => p === '/reports/new' },
  {
    to: '/reports',
    label: 'nav.reports',
    permission: Permission.REPORT_READ,
    isActive: (p) => p === '/reports' || (p.startsWith('/reports/') && p !== '/reports/new'),
  },
  { to: '/cases', label: 'nav.cases', permission: Permission.CASE_WRITE, isActive: (p) => p.startsWith('/cases') },
  { to: '/settings/holidays', label: 'nav.holidays', permission: Permission.DEADLINE_RULE_MANAGE, isActive: (p) => p.startsWith('/settings/holidays') },
  {
    to: '/children/import',
    label: 'nav.importChildren',
    permission: Permission.CHILD_IMPORT,
    isActive: (p) => p === '/children/import',
  },
  { to: '/settings/villages', label: 'nav.villages', permission: Permission.ADMIN_UNIT_MANAGE, isActive: (p) => p.startsWith('/settings/villages') },
  { to: '/analytics', label: 'nav.analytics', permission: Permission.STATS_READ, isActive: (p) => p.startsWith('/analytics') },
  { to: '/account/tokens', label: 'nav.apiTokens', permission: Permission.API_TOKEN_MANAGE, isActive: (p) => p === '/account/tokens' },
  {
    to: '/directives',
    label: 'nav.directives',
    permission: Permission.DIRECTIVE_READ,
    isActive: (p) => p.startsWith('/directives'),
  },
  {
    to: '/periodic-reports',
    label: 'nav.periodicReports',
    permission: Permission.PERIODIC_REPORT_READ,
    isActive: (p) => p.startsWith('/periodic-reports'),
  },
  {
    to: '/settings/sign-in-lockouts',
    label: 'nav.signInLockouts',
    permission: Permission.SIGN_IN_LOCKOUT_MANAGE,
    isActive: (p) => p.startsWith('/settings/sign-in-lockouts'),
  },
  { to: '/audit', label: 'nav.audit', permission: Permission.AUDIT_READ, isActive: (p) => p.startsWith('/audit'), hidden: true },
];

export const visibleNavItems = (permissions: readonly string[]): NavItem[] =>
  NAV_ITEMS.filter((item) => !item.hidden && (!item.permission || permissions.includes(item.permission)));
