/**
 * Test helpers of the citizen module: insured persons with a participation period and a health card, staff
 * access events about them, a free port, a tiny cookie jar, and a driver that signs a citizen in through the
 * OpenID provider over real HTTP (following redirects, submitting the sign-in and consent forms).
 */
import crypto from 'node:crypto';
import net from 'node:net';
import type { Database } from '../db/client.ts';
import type { AccessEvent } from '../events/types.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import { insertHealthCard, insertPerson } from '../registry/registry-writes.repo.ts';
import { employers, participationPeriods } from '../registry/registry.schema.ts';
import { DEMO_CITIZEN_PASSWORD } from './demo-idp.ts';

/** A person made for a test. */
export interface TestPerson {
  readonly id: string;
  readonly personalId: string;
  readonly fullName: string;
}

const digits = (n: number): string => Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join('');

/**
 * Inserts an insured person with one employer, one participation period and one health card.
 *
 * @param db - the test database
 * @param fullName - the person's name
 * @returns the person
 */
export async function makeInsuredPerson(db: Database, fullName = 'Trần Thị Kiểm Thử'): Promise<TestPerson> {
  await ensureReferenceData(db);
  const id = crypto.randomUUID();
  const personalId = `001${digits(9)}`;
  const sin = digits(10);
  await insertPerson(db, {
    id,
    personalId,
    socialInsuranceNo: sin,
    fullName,
    sex: 'F',
    dateOfBirth: '1990-04-12',
    provinceCode: '01',
    communeCode: '01001',
    street: 'Số 12 ngõ 34 phố Thử Nghiệm',
    phone: `09${digits(8)}`,
  });
  const employerId = crypto.randomUUID();
  await db.insert(employers).values({
    id: employerId,
    code: digits(10),
    codeKind: 'enterprise',
    name: 'Công ty TNHH Dữ liệu Tổng hợp',
    provinceCode: '01',
    businessType: 'C10',
  });
  await db.insert(participationPeriods).values({
    id: crypto.randomUUID(),
    personId: id,
    employerId,
    fromMonth: '2019-01',
    toMonth: null,
    jobTitle: 'Kế toán viên',
    salaryBasis: 9_500_000,
    allowances: 500_000,
    insuranceTypes: ['retirement_survivorship', 'health', 'unemployment'],
    contractType: 'indefinite',
  });
  await insertHealthCard(
    db,
    {
      id: crypto.randomUUID(),
      personId: id,
      cardCode: `DN401${sin}`,
      groupCode: 'DN',
      issuingProvince: '01',
      registeredClinicCode: '01-001',
      registeredClinicName: 'Bệnh viện Đa khoa Thử nghiệm',
      validFrom: '2019-01-01',
      fiveYearsDate: '2024-01-01',
    },
    [{ level: 4, effectiveFrom: '2019-01-01', effectiveTo: null }],
  );
  return { id, personalId, fullName };
}

/**
 * Builds an allowed staff access event about a person.
 *
 * @param personId - the subject
 * @param over - fields to override
 * @returns the event
 */
export function staffAccessEvent(personId: string, over: Partial<AccessEvent> = {}): AccessEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'access',
    time: new Date().toISOString(),
    requestId: crypto.randomUUID(),
    source: { ip: '10.1.2.3', userAgent: 'test', system: 'khien' },
    actor: { type: 'staff', accountId: crypto.randomUUID(), unitId: 'P01', provinceCode: '01', roles: ['staff'], sessionId: crypto.randomUUID() },
    action: 'view',
    resource: 'person',
    subjects: [personId],
    categories: ['identity', 'address'],
    fields: ['fullName', 'dateOfBirth', 'street'],
    purpose: 'benefit_settlement',
    grant: { type: 'assignment', id: crypto.randomUUID(), version: 1 },
    outcome: 'allow',
    reason: 'ALLOW_ASSIGNMENT',
    ...over,
  };
}

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A minimal cookie jar (name → value, scoped by path; the Secure flag is ignored on the loopback). */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  /** Stores the cookies of a response. */
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const pathAttr = attrs.map((a) => a.trim()).find((a) => /^path=/i.test(a));
      const path = pathAttr ? pathAttr.slice(5) : '/';
      const expired = attrs.some((a) => /^max-age=0$/i.test(a.trim()) || /^expires=thu, 01 jan 1970/i.test(a.trim()));
      const key = `${name}\u0000${path}`;
      if (expired || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
  }

  /** The Cookie header for a URL. */
  header(url: string): string {
    const p = new URL(url).pathname;
    const out: string[] = [];
    for (const [key, c] of this.cookies) {
      if (p === c.path || p.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)) out.push(`${key.split('\u0000')[0]}=${c.value}`);
    }
    return out.join('; ');
  }

  /** A cookie's value by name (any path). */
  get(name: string): string | undefined {
    for (const [key, c] of this.cookies) if (key.split('\u0000')[0] === name) return c.value;
    return undefined;
  }
}

/**
 * Sends a request with the jar's cookies, without following redirects.
 *
 * @param jar - the cookie jar
 * @param url - absolute URL
 * @param init - method, body, headers
 */
export async function send(jar: CookieJar, url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  const res = await fetch(url, { method: init.method ?? 'GET', body: init.body, headers, redirect: 'manual' });
  jar.take(res);
  return res;
}

/** How a sign-in attempt ended. */
export interface SignInOutcome {
  /** The last response (the redirect to the landing page on success). */
  readonly last: Response;
  /** Every URL visited, in order. */
  readonly visited: string[];
}

/**
 * Signs a citizen in through the provider, as a browser would.
 *
 * @param base - the server's base URL
 * @param jar - the browser's cookie jar
 * @param personalId - the 12-digit number typed on the sign-in page
 * @param password - the password typed (the demo password by default)
 * @param consent - the decision on the consent page
 * @returns the last response and the URLs visited
 */
export async function signInThroughProvider(
  base: string,
  jar: CookieJar,
  personalId: string,
  password = DEMO_CITIZEN_PASSWORD,
  consent: 'allow' | 'deny' = 'allow',
): Promise<SignInOutcome> {
  const visited: string[] = [];
  let url = `${base}/api/citizen/auth/login`;
  let res = await send(jar, url);
  visited.push(url);
  for (let hops = 0; hops < 20; hops++) {
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      if (!location) break;
      url = new URL(location, url).href;
      if (new URL(url).pathname === '/portal/') return { last: res, visited };
      res = await send(jar, url);
      visited.push(url);
      continue;
    }
    if (res.status === 200 && (res.headers.get('content-type') ?? '').startsWith('text/html')) {
      const html = await res.text();
      const form = /<form method="post" action="([^"]+)"/.exec(html);
      if (!form) break;
      const action = new URL(form[1]!.replace(/&amp;/g, '&'), url).href;
      const body = html.includes('name="step" value="login"')
        ? new URLSearchParams({ step: 'login', personalId, password })
        : new URLSearchParams({ step: 'consent', decision: consent });
      res = await send(jar, action, { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      visited.push(`POST ${action}`);
      continue;
    }
    break;
  }
  return { last: res, visited };
}
