import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from '../platform/config.ts';
import { loadCitizenConfig } from './citizen-config.ts';
import { escapeHtml, renderLoginPage } from './interaction-page.ts';
import { maskTail } from './own-records.ts';

test('demo mode runs the local provider under /oidc; production needs an https issuer and a secret', () => {
  const demo = loadCitizenConfig(loadConfig({}, { publicUrl: 'http://127.0.0.1:3000/' }));
  assert.equal(demo.demoProvider, true);
  assert.equal(demo.issuer, 'http://127.0.0.1:3000/oidc');
  assert.equal(demo.redirectUri, 'http://127.0.0.1:3000/api/citizen/auth/callback');
  assert.ok(demo.clientSecret.length >= 32);

  const prodBase = loadConfig({}, { mode: 'production', databaseUrl: 'postgres://x/y', auditSigningKey: Buffer.alloc(32, 2).toString('base64'), cookieSecret: 'c'.repeat(40) });
  const off = loadCitizenConfig(prodBase, {});
  assert.equal(off.issuer, null);
  assert.equal(off.demoProvider, false);
  assert.throws(() => loadCitizenConfig(prodBase, { CITIZEN_OIDC_ISSUER: 'http://vneid.example', CITIZEN_OIDC_CLIENT_SECRET: 's' }), ConfigError);
  assert.throws(() => loadCitizenConfig(prodBase, { CITIZEN_OIDC_ISSUER: 'https://vneid.example' }), /CLIENT_SECRET/);
  assert.throws(() => loadCitizenConfig(prodBase, { CITIZEN_SESSION_TTL_SECONDS: '5' }), /TTL/);
  const on = loadCitizenConfig(prodBase, { CITIZEN_OIDC_ISSUER: 'https://vneid.example', CITIZEN_OIDC_CLIENT_SECRET: 'secret' });
  assert.equal(on.issuer, 'https://vneid.example');
  assert.equal(on.demoProvider, false);
});

test('masks and page text', () => {
  assert.equal(maskTail('001234567890', 4), '********7890');
  assert.equal(maskTail('12', 4), '**');
  assert.equal(escapeHtml('<a href="x">&\'</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  const vi = renderLoginPage('vi', '/citizen/signin/abc', 'vneid-demo', false);
  assert.match(vi, /CHỈ DÙNG CHO DEMO/);
  assert.match(vi, /vneid-demo/);
  assert.match(vi, /href="\/citizen\/signin\/abc\?lang=en"/);
  const en = renderLoginPage('en', '/citizen/signin/abc', 'vneid-demo', true);
  assert.match(en, /DEMO ONLY/);
  assert.match(en, /incorrect/);
});
