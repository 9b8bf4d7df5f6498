/**
 * The database-backed `DetectContext` and the ports from other modules into detection (http may import
 * every module). The context loads accounts with their staff
 * record, unit and live roles, VPN accounts, decoys and the persons linked to each staff member into memory,
 * and reloads them periodically so that the detector's hot path never waits for the database. Only the
 * province of break-glass subjects is read on demand.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type DbHandle } from '../db/client.ts';
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
    const now = clock.now().toISOString();
    const accounts = await queryRows<{
      id: string; username: string; status: string; last_sign_in_at: string | Date | null; hr_status: string;
      unit_id: string; kind: string; province_code: string | null; roles: string[] | null;
    }>(db, sql`
      select a.id, a.username, a.status, a.last_sign_in_at, s.status as hr_status, s.unit_id, u.kind, u.province_code,
             (select array_agg(distinct g.role) from auth_role_grants g
               where g.account_id = a.id and g.revoked_at is null and g.valid_from <= ${now}::timestamptz and g.valid_until > ${now}::timestamptz) as roles
        from auth_accounts a join org_staff s on s.id = a.staff_id left join org_units u on u.id = s.unit_id`);
    const vpn = await queryRows<{ vpn_username: string; owner_account_id: string; valid_from: string | Date; valid_until: string | Date; status: string; otp_required: boolean }>(
      db,
      sql`select vpn_username, owner_account_id, valid_from, valid_until, status, otp_required from auth_vpn_accounts`,
    );
    const decoys = await queryRows<{ person_id: string }>(db, sql`select person_id from registry_decoys`);
    const linked = await queryRows<{ account_id: string; person_id: string }>(db, sql`
      with own as (
        select a.id as account_id, p.id as pid, p.household_id, p.province_code, p.commune_code, p.street
          from auth_accounts a join org_staff s on s.id = a.staff_id join registry_persons p on p.id = s.person_id)
      select account_id, pid as person_id from own
      union select o.account_id, p2.id from own o join registry_persons p2 on o.household_id is not null and p2.household_id = o.household_id
      union select o.account_id, m2.person_id from own o join registry_household_members m on m.person_id = o.pid
                                                      join registry_household_members m2 on m2.household_id = m.household_id
      union select o.account_id, p3.id from own o join registry_persons p3
              on p3.province_code = o.province_code and p3.commune_code = o.commune_code and p3.street = o.street`);
    const iso = (v: string | Date | null): string | null => (v === null ? null : new Date(v).toISOString());
    const byAccount: Record<string, string[]> = {};
    for (const l of linked) {
      const list = (byAccount[l.account_id] ??= []);
      if (list.length < MAX_LINKED) list.push(l.person_id);
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
      decoys: decoys.map((d) => d.person_id),
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
      const rows = await queryRows<{ id: string; province_code: string }>(
        db,
        sql`select id, province_code from registry_persons where id in (${sql.join(uuids.map((u) => sql`${u}::uuid`), sql`, `)})`,
      );
      return new Map(rows.map((r) => [r.id, r.province_code]));
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
