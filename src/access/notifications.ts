/**
 * Notifications to staff (break-glass use, export approvals): addressed to a named account or to a role on a
 * unit; a staff member sees those of the units their role grants are rooted at.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { AccessContext } from './access-context.ts';
import { listNotificationsFor, type NotificationRow } from './access.repo.ts';

/**
 * Lists the notifications addressed to the actor.
 *
 * @param ctx - access context
 * @param actor - the staff member
 * @param limit - maximum number
 * @returns notifications, newest first
 */
export async function listMyNotifications(ctx: AccessContext, actor: StaffActor, limit = 100): Promise<NotificationRow[]> {
  const roleUnits = actor.roles.map((r) => ({ role: r.role, unitId: r.unitId }));
  return listNotificationsFor(ctx.db, actor.accountId, roleUnits, limit);
}
