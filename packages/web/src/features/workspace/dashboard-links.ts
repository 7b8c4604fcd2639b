import type { MessageKey } from '../../i18n/messages.id';

/**
 * The national monitoring views linked from the observer's home. The dashboards feature adds its
 * views under /pantauan; list them here (path, title, one-line description) to link them.
 */
export const DASHBOARD_LINKS: readonly { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/pantauan', title: 'observer.dashboards.national', text: 'observer.dashboards.national.text' },
  { href: '/pantauan#dash-provinces', title: 'dashboard.link.map', text: 'dashboard.link.map.text' },
  { href: '/pantauan?rincian=aksi#dash-breakdown', title: 'dashboard.link.aksi', text: 'dashboard.link.aksi.text' },
  { href: '/pantauan#dash-rankings', title: 'dashboard.link.rankings', text: 'dashboard.link.rankings.text' },
  { href: '/pantauan#dash-warnings', title: 'dashboard.link.warnings', text: 'dashboard.link.warnings.text' },
];
