/**
 * Who may sign (and revoke) an assignment: a unit head whose role grant covers the assignee's unit, i.e. the
 * head of that unit or of a unit above it in the tree. The same authority bounds the scope: a provincial head
 * cannot assign another province's data. Grants on the agency root or on a central department cover every
 * province (central departments work nationwide).
 */
import type { Role } from '../actors/roles.ts';
import { findActiveGrants } from '../auth/auth.repo.ts';
import { listUnits } from '../org/org.repo.ts';
import type { AccessContext } from './access-context.ts';

/** The authority of one account over one unit. */
export interface Authority {
  /** True when some grant of the required role covers the unit. */
  readonly covers: boolean;
  /** Province codes the account's covering grants reach, or `all`. */
  readonly provinces: ReadonlySet<string> | 'all';
}

/**
 * Computes an account's authority over a unit through grants of the given roles.
 *
 * @param ctx - access context
 * @param accountId - the would-be signer or approver
 * @param unitId - the unit acted on (the assignee's or requester's unit)
 * @param roles - roles that confer authority (default unit head)
 * @returns whether it covers the unit and which provinces it reaches
 */
export async function authorityOver(
  ctx: AccessContext,
  accountId: string,
  unitId: string,
  roles: readonly Role[] = ['unit_head'],
): Promise<Authority> {
  const at = ctx.clock.now();
  const tree = await ctx.unitTree();
  const grants = (await findActiveGrants(ctx.db, accountId, at)).filter((g) => roles.includes(g.role));
  const covering = grants.filter((g) => tree.isWithin(unitId, g.unitId));
  if (covering.length === 0) return { covers: false, provinces: new Set() };
  const units = await listUnits(ctx.db);
  const kind = new Map(units.map((u) => [u.id, u]));
  const provinces = new Set<string>();
  for (const g of covering) {
    const root = kind.get(g.unitId);
    if (!root || root.kind === 'agency' || root.kind === 'central') return { covers: true, provinces: 'all' };
    for (const id of tree.subtree(g.unitId)) {
      const p = kind.get(id)?.provinceCode;
      if (p) provinces.add(p);
    }
  }
  return { covers: true, provinces };
}

/**
 * True when every province lies within the authority.
 *
 * @param authority - the authority
 * @param provinces - province codes the scope touches
 * @returns whether all are covered
 */
export function withinAuthority(authority: Authority, provinces: Iterable<string>): boolean {
  if (authority.provinces === 'all') return authority.covers;
  for (const p of provinces) if (!authority.provinces.has(p)) return false;
  return authority.covers;
}
