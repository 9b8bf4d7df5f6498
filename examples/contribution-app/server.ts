/**
 * Runs the example application: `MODE=decision|gateway|logs|sso PORT=3100 KHIEN_URL=… node --import tsx examples/contribution-app/server.ts`
 * (`KHIEN_SYSTEM_CREDENTIAL` for `decision` and `sso`, `KHIEN_INGEST_TOKEN` for `logs`; for `sso` also
 * `KHIEN_SSO_CLIENT_ID`, `KHIEN_SSO_CLIENT_SECRET` and `APP_URL`, the application's URL as browsers see it).
 * Data: `people.json` (synthetic).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContributionApp, type Mode, type SyntheticPerson } from './app.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const mode = (process.env.MODE ?? 'gateway') as Mode;
if (!['decision', 'gateway', 'logs', 'sso'].includes(mode)) throw new Error('MODE must be decision, gateway, logs or sso');
const port = Number(process.env.PORT ?? 3100);
const sso = mode === 'sso'
  ? { clientId: process.env.KHIEN_SSO_CLIENT_ID ?? '', clientSecret: process.env.KHIEN_SSO_CLIENT_SECRET ?? '', appUrl: process.env.APP_URL ?? `http://127.0.0.1:${port}` }
  : undefined;
const people = JSON.parse(fs.readFileSync(path.join(here, 'people.json'), 'utf8')) as SyntheticPerson[];
const app = buildContributionApp({
  mode, people, khienUrl: process.env.KHIEN_URL, systemCredential: process.env.KHIEN_SYSTEM_CREDENTIAL, ingestToken: process.env.KHIEN_INGEST_TOKEN, sso,
});
const address = await app.listen({ port, host: process.env.HOST ?? '127.0.0.1' });
process.stdout.write(`contribution-app (${mode}) on ${address}\n`);
