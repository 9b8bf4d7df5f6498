/**
 * The scoped-role policy in casbin, modelled as casbin's documentation recommends for permissions that depend
 * on a tenant: RBAC with domains (https://casbin.org/docs/rbac-with-domains). Each valid assignment becomes
 * `g` links `(account, "purpose|action|category", "P<province>" | "C<commune>")` (bench/lib/scope-links.ts);
 * a request asks whether the account holds the permission in the person's province domain or in their
 * commune domain:
 *
 *     m = g(r.sub, r.perm, r.pdom) || g(r.sub, r.perm, r.cdom)
 *
 * The matcher names no `p` field, so casbin evaluates it once per request (no policy scan); the role manager
 * answers `g` from its per-domain role graph. casbin has no notion of time, so the links are those of the
 * assignments valid now, synced at validity boundaries ({@link CasbinScoped.syncTo}) through the management
 * API (`addNamedGroupingPolicies` / `removeNamedGroupingPolicies`). The initial set is loaded through an
 * adapter (`newEnforcer(model, adapter)` → `loadPolicy` → role links built once), as a database adapter
 * would, because the management API checks each new rule against every existing one (a linear scan).
 */
import { newEnforcer, newModelFromString, type Adapter, type Enforcer, type Model } from 'casbin';
import { requestLink, ValidLinks, type LinkDelta, type ScopeLink } from './scope-links.ts';
import type { ScopedAssignment, ScopedRequest } from './scoped-policy.ts';

/** The casbin model (RBAC with domains; the permission is the role, the province or commune the domain). */
export const CASBIN_RBAC_DOMAINS_MODEL = `
[request_definition]
r = sub, perm, pdom, cdom

[policy_definition]
p = sub, perm, dom

[role_definition]
g = _, _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, r.perm, r.pdom) || g(r.sub, r.perm, r.cdom)
`;

/** An adapter holding one snapshot of `g` links (what a database adapter's `loadPolicy` would read). */
class LinkSnapshotAdapter implements Adapter {
  constructor(private readonly links: readonly ScopeLink[]) {}

  loadPolicy(model: Model): Promise<void> {
    const ast = model.model.get('g')?.get('g');
    if (!ast) return Promise.reject(new Error('casbin model has no g section'));
    // What casbin's own policy-line loader does with each parsed line (persist/helper.ts), without the CSV step.
    for (const l of this.links) ast.policy.push([l[0], l[1], l[2]]);
    return Promise.resolve();
  }

  savePolicy(): Promise<boolean> {
    return Promise.resolve(false);
  }

  addPolicy(): Promise<void> {
    return Promise.resolve();
  }

  removePolicy(): Promise<void> {
    return Promise.resolve();
  }

  removeFilteredPolicy(): Promise<void> {
    return Promise.resolve();
  }
}

/** casbin holding the scoped policy at one instant. */
export interface CasbinScoped {
  readonly enforcer: Enforcer;
  /** Distinct links loaded at the current instant. */
  readonly links: () => number;
  /**
   * Moves the links to instant `t` (assignments that started or ended in between), through the management API.
   *
   * @returns the net change applied
   */
  syncTo(t: number): Promise<LinkDelta>;
  /** Decides a request at the current instant (its `now` must be the instant synced to). */
  enforce(r: ScopedRequest): boolean;
  /** Request i (modulo) of a set, its request values built once. */
  prepare(requests: readonly ScopedRequest[]): (i: number) => boolean;
}

/** The request values in request_definition order. */
export function casbinRequest(r: ScopedRequest): [string, string, string, string] {
  const l = requestLink(r);
  return [r.accountId, l.perm, l.pdom, l.cdom];
}

/**
 * Builds casbin with the links of the assignments valid at instant `at`.
 *
 * @param assignments - every assignment
 * @param at - the instant (epoch ms) the links are valid at
 * @returns the engine
 */
export async function buildCasbinScoped(assignments: readonly ScopedAssignment[], at: number): Promise<CasbinScoped> {
  const valid = new ValidLinks(assignments);
  const initial = valid.moveTo(at);
  const enforcer = await newEnforcer(newModelFromString(CASBIN_RBAC_DOMAINS_MODEL), new LinkSnapshotAdapter(initial.added));
  // Only the initial load goes through the adapter; later changes are applied in memory.
  enforcer.enableAutoSave(false);
  return {
    enforcer,
    links: () => valid.size,
    async syncTo(t) {
      const delta = valid.moveTo(t);
      if (delta.removed.length > 0) await enforcer.removeNamedGroupingPolicies('g', delta.removed.map((l) => [...l]));
      if (delta.added.length > 0) await enforcer.addNamedGroupingPolicies('g', delta.added.map((l) => [...l]));
      return delta;
    },
    enforce: (r) => enforcer.enforceSync(...casbinRequest(r)),
    prepare: (requests) => {
      const prepared = requests.map(casbinRequest);
      return (i) => {
        const p = prepared[i % prepared.length];
        if (p === undefined) throw new Error('no requests prepared');
        return enforcer.enforceSync(...p);
      };
    },
  };
}
