/**
 * The scoped-role policy in Cedar, modelled the way Cedar is meant to be fed: one policy, and per request only
 * the entity data that request needs (entity slicing, https://docs.cedarpolicy.com/policies/level-validation.html).
 *
 * The principal is a `Khien::Staff` entity whose parents are the scope tokens it holds now,
 * `Khien::Scope::"purpose|action|category@P<province>"` or `…@C<commune>` (the links of
 * bench/lib/scope-links.ts, one token per link). The caller names the two tokens that would admit the request
 * (Cedar has no string concatenation, so the caller builds them, as casbin's caller builds its request), and
 * one static policy asks whether the principal is in either:
 *
 *     permit (principal, action, resource) when { principal in [context.ptok, context.ctok] };
 *
 * Each call passes the one principal entity (its slice). Like casbin's roles, Cedar's hierarchy has no notion of
 * time: an account's entity holds the tokens of its assignments valid now and is rebuilt when one of them
 * starts or ends ({@link CedarScoped.syncTo}). The policy set is pre-parsed once; entities are pre-built per
 * account, so what a call costs is Cedar's own work plus crossing the WebAssembly boundary.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { requestLink, ValidLinks, type LinkDelta } from './scope-links.ts';
import type { ScopedAssignment, ScopedRequest } from './scoped-policy.ts';

/** The one Cedar policy. */
export const CEDAR_SCOPED_POLICY = 'permit (principal, action, resource) when { principal in [context.ptok, context.ctok] };';

const STAFF = 'Khien::Staff';
const SCOPE = 'Khien::Scope';
const tokenId = (perm: string, domain: string): string => `${perm}@${domain}`;

/** Cedar holding the scoped policy at one instant. */
export interface CedarScoped {
  readonly policySetId: string;
  /** Scope tokens over all principal entities at the current instant. */
  links(): number;
  /** Moves every account's entity to instant `t`; returns the net change of links. */
  syncTo(t: number): LinkDelta;
  /** Decides a request at the current instant (its `now` must be the instant synced to). */
  decide(r: ScopedRequest): boolean;
  /** Request i (modulo) of a set, its call prepared once but for the principal's entity (looked up per call). */
  prepare(requests: readonly ScopedRequest[]): (i: number) => boolean;
}

/**
 * Pre-parses the policy and builds the principal entities valid at instant `at`.
 *
 * @param assignments - every assignment
 * @param at - the instant (epoch ms)
 * @param policySetId - id to cache the parsed policy set under
 * @returns the engine
 */
export function buildCedarScoped(assignments: readonly ScopedAssignment[], at: number, policySetId: string): CedarScoped {
  const parsed = cedar.preparsePolicySet(policySetId, { staticPolicies: { scoped: CEDAR_SCOPED_POLICY } });
  if (parsed.type !== 'success') throw new Error(`cedar preparse failed: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const valid = new ValidLinks(assignments);
  // Tokens per account (a Set, so that a change edits one account's list), and the entity JSON built from them.
  const tokens = new Map<string, Set<string>>();
  const entities = new Map<string, cedar.EntityJson[]>();
  const apply = (delta: LinkDelta): Set<string> => {
    const changed = new Set<string>();
    for (const [account, perm, domain] of delta.removed) {
      tokens.get(account)?.delete(tokenId(perm, domain));
      changed.add(account);
    }
    for (const [account, perm, domain] of delta.added) {
      let set = tokens.get(account);
      if (!set) {
        set = new Set();
        tokens.set(account, set);
      }
      set.add(tokenId(perm, domain));
      changed.add(account);
    }
    for (const account of changed) {
      const set = tokens.get(account);
      if (!set || set.size === 0) {
        tokens.delete(account);
        entities.delete(account);
        continue;
      }
      entities.set(account, [{ uid: { type: STAFF, id: account }, attrs: {}, parents: [...set].map((id) => ({ type: SCOPE, id })) }]);
    }
    return changed;
  };
  apply(valid.moveTo(at));

  interface Prepared {
    readonly accountId: string;
    readonly call: Omit<cedar.StatefulAuthorizationCall, 'entities'>;
  }
  const prepare = (r: ScopedRequest): Prepared => {
    const l = requestLink(r);
    return {
      accountId: r.accountId,
      call: {
        principal: { type: STAFF, id: r.accountId },
        action: { type: 'Khien::Action', id: r.action },
        resource: { type: 'Khien::Person', id: 'p' },
        context: { ptok: { __entity: { type: SCOPE, id: tokenId(l.perm, l.pdom) } }, ctok: { __entity: { type: SCOPE, id: tokenId(l.perm, l.cdom) } } },
        preparsedPolicySetId: policySetId,
      },
    };
  };
  const run = (p: Prepared): boolean => {
    // The slice: the principal's own entity, looked up when the call is made (it changes at validity boundaries).
    const ans = cedar.statefulIsAuthorized({ ...p.call, entities: entities.get(p.accountId) ?? [] });
    if (ans.type !== 'success') throw new Error(`cedar failed: ${ans.errors.map((e) => e.message).join('; ')}`);
    const err = ans.response.diagnostics.errors[0];
    if (err) throw new Error(`cedar policy error: ${err.error.message}`);
    return ans.response.decision === 'allow';
  };
  return {
    policySetId,
    links: () => valid.size,
    syncTo: (t) => {
      const delta = valid.moveTo(t);
      apply(delta);
      return delta;
    },
    decide: (r) => run(prepare(r)),
    prepare: (requests) => {
      const prepared = requests.map(prepare);
      return (i) => {
        const p = prepared[i % prepared.length];
        if (p === undefined) throw new Error('no requests prepared');
        return run(p);
      };
    },
  };
}
