/**
 * Containment from a case: suspend an account, revoke a device, end an assignment, block an address.
 * The act itself belongs to another module and is reached through {@link ContainmentPorts}; this file makes
 * sure each attempt — done or failed — is a timeline entry and an AdminEvent, and that the target becomes an
 * observable of the case.
 */
import type { Database } from '../db/client.ts';
import { newId } from '../platform/ids.ts';
import { RespondErrors } from './respond.errors.ts';
import * as repo from './respond.repo.ts';
import { upsertBlockedAddress } from './breach.repo.ts';
import { eventActorOf, recordCaseAction } from './case-action.ts';
import { coversUnit, requireResponder } from './responder-scope.ts';
import type { Acting, ContainmentAction, ContainmentPorts, ContainmentRequest, RespondDeps, TreeSource } from './respond.types.ts';
import { runInTransaction, type Tx } from '../db/tx-context.ts';

const PORT_OF: Record<ContainmentAction, keyof ContainmentPorts> = {
  suspend_account: 'suspendAccount',
  revoke_device: 'revokeDevice',
  end_assignment: 'endAssignment',
  block_address: 'blockAddress',
};

const OBSERVABLE_OF: Record<ContainmentAction, 'account' | 'device' | 'ip' | null> = {
  suspend_account: 'account',
  revoke_device: 'device',
  end_assignment: null,
  block_address: 'ip',
};

const LABEL: Record<ContainmentAction, string> = {
  suspend_account: 'Tạm khoá tài khoản / Account suspended',
  revoke_device: 'Thu hồi thiết bị / Device revoked',
  end_assignment: 'Chấm dứt phân công / Assignment ended',
  block_address: 'Chặn địa chỉ / Address blocked',
};

/** A containment request from a case. */
export interface ContainInput {
  readonly action: ContainmentAction;
  readonly targetId: string;
  readonly reason: string;
  /** For `block_address`: until when (none = until lifted). */
  readonly until?: Date | null;
}

/**
 * The built-in `blockAddress` port: a row in `respond_blocked_addresses` that the HTTP layer checks
 * through `isAddressBlocked`.
 *
 * @param db - database
 * @param now - current time
 * @param until - end of the block, if any
 * @returns the port function
 */
export function builtInBlockAddress(db: Database, now: () => Date, until: () => Date | null = () => null): ContainmentPorts['blockAddress'] {
  return async (req: ContainmentRequest) => {
    await upsertBlockedAddress(db, {
      address: req.targetId,
      caseId: req.caseId,
      blockedAt: now(),
      blockedUntil: until(),
      blockedBy: req.actor.accountId,
    });
  };
}

/**
 * Creates the containment service.
 *
 * @param deps - ports, database, clock, recorder
 * @param tree - cached unit tree
 * @returns `contain`
 */
export function createContainment(deps: RespondDeps, tree: TreeSource) {
  const { db, clock, recorder } = deps;
  return {
    /**
     * Runs a containment action from a case.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param input - action, target, reason
     * @throws KHIEN_RESPOND_CONTAINMENT_UNAVAILABLE when the port is not wired;
     *   KHIEN_RESPOND_CONTAINMENT_FAILED when it failed (the failure is recorded first)
     */
    async contain(acting: Acting, caseId: string, input: ContainInput): Promise<{ action: ContainmentAction; targetId: string }> {
      const now = clock.now();
      const actor = requireResponder(acting.actor, now);
      const row = await repo.findCase(db, caseId);
      if (!row || !coversUnit(actor, row.unitId, await tree(), now)) throw new RespondErrors.CASE_NOT_FOUND();
      if (row.status === 'closed') throw new RespondErrors.CASE_CLOSED();
      const request: ContainmentRequest = {
        targetId: input.targetId,
        reason: input.reason,
        caseId,
        actor: eventActorOf(acting),
        requestId: acting.requestId ?? null,
      };
      const portName = PORT_OF[input.action];
      const port =
        input.action === 'block_address' && !deps.ports.blockAddress
          ? builtInBlockAddress(db, () => clock.now(), () => input.until ?? null)
          : deps.ports[portName];
      const record = async (d: Tx, outcome: 'success' | 'failure', detail: string | null): Promise<void> => {
        await recordCaseAction(d, recorder, acting, clock.now(), {
          caseId,
          action: `containment.${input.action}`,
          summary: outcome === 'success' ? LABEL[input.action] : `${LABEL[input.action]} — không thực hiện được / failed`,
          target: { type: input.action === 'block_address' ? 'address' : input.action.replace(/^[a-z]+_/, ''), id: input.targetId },
          data: { action: input.action, targetId: input.targetId, ...(detail ? { error: detail } : {}) },
          reason: input.reason,
          outcome,
        });
      };
      if (!port) {
        await runInTransaction(db, (t) => record(t, 'failure', 'not_connected'));
        throw new RespondErrors.CONTAINMENT_UNAVAILABLE(input.action);
      }
      try {
        await port(request);
      } catch (err) {
        // Keep only the error's class: its message may come from a driver and embed parameters.
        await runInTransaction(db, (t) => record(t, 'failure', err instanceof Error ? err.name : 'error'));
        throw new RespondErrors.CONTAINMENT_FAILED(input.action);
      }
      await runInTransaction(db, async (t) => {
        const d: Database = t;
        await record(t, 'success', null);
        const type = OBSERVABLE_OF[input.action];
        if (type) await repo.insertObservable(d, { id: newId(), caseId, type, value: input.targetId, note: 'containment', addedAt: now });
        await repo.updateCase(d, caseId, { updatedAt: clock.now(), ...(row.status === 'open' ? { status: 'in_progress' as const } : {}) });
      });
      return { action: input.action, targetId: input.targetId };
    },
  };
}

/** The containment service. */
export type Containment = ReturnType<typeof createContainment>;
