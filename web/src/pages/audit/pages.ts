/** The audit pages (issue 13, item 4): search of the log, an entry with its proof checked here, integrity. */
import type { Role } from '../../lib/session';
import type { PageDef } from '../page-def';

const AUDIT_READERS: readonly Role[] = ['auditor', 'security_officer', 'central_security_admin'];

const pages: readonly PageDef[] = [
  { path: 'audit', roles: AUDIT_READERS, load: () => import('./AuditSearchPage'), nav: { label: 'audit.nav.search', group: 'audit' } },
  { path: 'audit/entries/:seq', roles: AUDIT_READERS, load: () => import('./AuditEntryPage') },
  { path: 'audit/integrity', roles: AUDIT_READERS, load: () => import('./AuditIntegrityPage'), nav: { label: 'audit.nav.integrity', group: 'audit' } },
];
export default pages;
