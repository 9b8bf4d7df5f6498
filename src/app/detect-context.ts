/**
 * The database-backed `DetectContext` and the ports from other modules into detection (the composition root
 * may import every module; the queries live in their owners' repos). The context loads accounts with their staff
 * record, unit and live roles, VPN accounts, decoys and the persons linked to each staff member into memory,
 * and reloads them periodically so that the detector's hot path never waits for the database. Only the
 * province of break-glass subjects is read on demand.
 */
import type { Database, DbHandle } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { createMemoryContext, type AccountFacts, type DetectContext, type MemoryContext } from '../detect/context.ts';
import type { IpPrefixRule } from '../detect/ip-province.ts';
import { defaultIpPrefixes } from '../detect/province-geo.ts';
import type { DetectPorts } from './wire-detect.ts';
import { listEvidence, type AlertRow } from '../detect/detect.repo.ts';
import { findRule } from '../detect/rules/index.ts';
import { ensureAccountSuspended } from '../auth/admin/accounts.ts';
import type { AlertInput } from '../respond/respond.types.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import { listAccountFacts, listAccountPersons, listVpnAccountFacts } from '../auth/account-lookups.repo.ts';
import { listDecoyPersonIds, listLinkedPersons, personProvinces } from '../registry/registry.repo.ts';
import type { RespondModule } from '../respond/respond.module.ts';

/** A context that can reload itself. */
export interface DbDetectContext extends DetectContext {
  /** Reloads everything from the database. */
  refresh(): Promise<void>;
  /** Starts periodic reloads; returns the stopper. */
  startRefresh(intervalMs: number, onError?: (err: unknown) => void): () => void;
}

/** Most linked persons kept per account (a very long street would otherwise link thousands). */
const MAX_LINKED = 500;

/**
 * Creates the database-backed context and loads it once.
 *
 * @param db - database
 * @param clock - clock (role validity)
 * @param ipPrefixes - network → province rules (default: the demo plan `10.<code>.0.0/16`)
 * @returns the loaded context
 */
export async function createDbDetectContext(db: Database, clock: Clock, ipPrefixes: readonly IpPrefixRule[] = defaultIpPrefixes()): Promise<DbDetectContext> {
  let current: MemoryContext = createMemoryContext({ ipPrefixes });

  const load = async (): Promise<MemoryContext> => {
    const accounts = await listAccountFacts(db, clock.now());
    const vpn = await listVpnAccountFacts(db);
    const decoys = await listDecoyPersonIds(db);
    const accountPersons = await listAccountPersons(db);
    const linkedTo = new Map<string, string[]>();
    for (const l of await listLinkedPersons(db, accountPersons.map((a) => a.personId))) {
      const list = linkedTo.get(l.ownerId);
      if (list) list.push(l.personId);
      else linkedTo.set(l.ownerId, [l.personId]);
    }
    const iso = (v: string | Date | null): string | null => (v === null ? null : new Date(v).toISOString());
    const byAccount: Record<string, string[]> = {};
    for (const a of accountPersons) {
      const persons = linkedTo.get(a.personId);
      if (persons) byAccount[a.accountId] = persons.slice(0, MAX_LINKED);
    }
    return createMemoryContext({
      ipPrefixes,
      accounts: accounts.map((a): AccountFacts => ({
        accountId: a.id,
        username: a.username,
        accountStatus: a.status === 'disabled' || a.status === 'suspended' ? a.status : 'active',
        hrStatus: (['transferred', 'retired', 'resigned', 'suspended'].includes(a.hr_status) ? a.hr_status : 'active') as AccountFacts['hrStatus'],
        unitId: a.unit_id,
        unitKind: (['agency', 'central', 'province', 'local'].includes(a.kind) ? a.kind : null) as AccountFacts['unitKind'],
        provinceCode: a.province_code,
        roles: a.roles ?? [],
        lastActiveAt: iso(a.last_sign_in_at),
      })),
      vpnAccounts: vpn.map((v) => ({
        name: v.vpn_username,
        accountId: v.owner_account_id,
        validFrom: iso(v.valid_from)!,
        validUntil: iso(v.valid_until)!,
        revoked: v.status === 'disabled',
        otpRequired: v.otp_required,
      })),
      decoys,
      linked: byAccount,
    });
  };

  current = await load();
  const refresh = async (): Promise<void> => {
    current = await load();
  };
  return {
    account: (id) => current.account(id),
    accountIdByUsername: (name) => current.accountIdByUsername(name),
    vpnAccount: (name) => current.vpnAccount(name),
    isDecoy: (id) => current.isDecoy(id),
    isLinkedPerson: (acc, pid) => current.isLinkedPerson(acc, pid),
    provinceOfIp: (ip) => current.provinceOfIp(ip),
    peerGroup: (id) => current.peerGroup(id),
    async subjectProvinces(ids) {
      const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, 1000);
      if (uuids.length === 0) return new Map();
      return personProvinces(db, uuids);
    },
    refresh,
    startRefresh(intervalMs, onError) {
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        refresh().catch((err: unknown) => onError?.(err)).finally(() => {
          running = false;
        });
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

/**
 * Ports from the other modules into detection, built from the composition root's services: suspension
 * through the identity module (an admin event by the system actor `detect`), and cases through the response
 * module for critical alerts and for alerts an officer escalates. Each port resolves the module lazily so
 * that wiring order does not matter; when a module is absent the port reports it (suspension is recorded as
 * `unavailable`, no case is opened).
 *
 * @param services - the database and the identity and response modules
 * @param onError - where port failures are reported
 * @returns the ports
 */
export function detectPorts(
  services: { readonly database: DbHandle; readonly auth: AuthModule; readonly respond: RespondModule },
  onError: (err: unknown) => void,
): Pick<DetectPorts, 'suspender' | 'onRaised' | 'onEscalated'> {
  const toInput = (a: AlertRow, eventIds: readonly string[], ip: string | null, deviceId: string | null): AlertInput => {
    const rule = findRule(a.ruleId);
    return {
      id: a.id,
      ruleId: a.ruleId,
      ruleName: rule ? rule.name : null,
      severity: a.severity,
      accountId: a.accountId,
      unitId: a.unitId,
      evidenceEventIds: eventIds,
      time: a.createdAt,
      ip,
      deviceId,
      technique: rule?.attack ?? null,
    };
  };
  return {
    suspender: () => {
      const { auth } = services;
      return {
        suspend: async (accountId, reason) => {
          await ensureAccountSuspended(auth.ctx, accountId, reason, { type: 'system', name: 'detect' });
        },
      };
    },
    onRaised: (raised) => {
      const { respond } = services;
      if (!raised.created || raised.alert.severity !== 'critical') return;
      const e = raised.detection.event;
      respond.openCaseFromAlert(toInput(raised.alert, [e.id], e.source.ip ?? null, e.source.deviceId ?? null)).catch(onError);
    },
    onEscalated: async (alert) => {
      const { respond } = services;
      const evidence = await listEvidence(services.database.db, alert.id);
      const first = evidence[0]?.summary;
      const ip = typeof first?.ip === 'string' ? first.ip : null;
      const deviceId = typeof first?.deviceId === 'string' ? first.deviceId : null;
      await respond.openCaseFromAlert(toInput(alert, evidence.map((x) => x.eventId), ip, deviceId));
    },
  };
}
