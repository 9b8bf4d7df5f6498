/**
 * The one expiry check of role grants (issue 11, item 5): a grant counts while its `validUntil` lies after the
 * injected clock's `now` (DESIGN.md invariant 4). The unit side of the rule ("units this actor may see") is
 * `org/visible-units.ts`.
 */
import type { ActiveRole } from './staff-actor.ts';

/** The part of an actor the rule reads. */
export interface GrantHolder {
  readonly roles: readonly ActiveRole[];
}

/**
 * The actor's live grants among `roles`.
 *
 * @param actor - the actor
 * @param roles - roles that count
 * @param now - current time (injected clock)
 * @returns the grants whose `validUntil` lies after `now`
 */
export function liveGrants(actor: GrantHolder, roles: ReadonlySet<string>, now: Date): ActiveRole[] {
  const t = now.getTime();
  return actor.roles.filter((g) => roles.has(g.role) && Date.parse(g.validUntil) > t);
}
