import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alertToCef, caseToCef, escapeCefHeader, escapeCefValue, formatCef, parseCef } from './cef.ts';
import { formatRfc5424, frameOctetCounted, parseHostPort } from './syslog-sender.ts';

test('header fields escape pipe and backslash; extension values escape backslash, equals and newlines', () => {
  const table: Array<[string, string, string]> = [
    // input, header, extension value
    ['a|b', 'a\\|b', 'a|b'],
    ['c:\\tmp', 'c:\\\\tmp', 'c:\\\\tmp'],
    ['x=1', 'x=1', 'x\\=1'],
    ['l1\nl2', 'l1 l2', 'l1\\nl2'],
    ['r\r\nn', 'r n', 'r\\nn'],
    ['Truy cập ngoài giờ', 'Truy cập ngoài giờ', 'Truy cập ngoài giờ'],
  ];
  for (const [input, header, value] of table) {
    assert.equal(escapeCefHeader(input), header, `header ${JSON.stringify(input)}`);
    assert.equal(escapeCefValue(input), value, `value ${JSON.stringify(input)}`);
  }
});

test('a formatted event has seven header fields and round-trips through the parser', () => {
  const line = formatCef({
    deviceVendor: 'BHXH|VN',
    deviceProduct: 'Khien',
    deviceVersion: '0.1.0',
    signatureId: 'R\\1',
    name: 'Đọc hàng loạt | scraping',
    severity: 8,
    extension: [
      ['rt', 1772416800000],
      ['msg', 'a=b | c\\d\nnext'],
      ['suid', 'acct-1'],
    ],
  });
  assert.ok(line.startsWith('CEF:0|BHXH\\|VN|Khien|0.1.0|R\\\\1|Đọc hàng loạt \\| scraping|8|'));
  assert.ok(line.includes('msg=a\\=b | c\\\\d\\nnext suid=acct-1'));
  const parsed = parseCef(line);
  assert.deepEqual(parsed.header, ['CEF:0', 'BHXH|VN', 'Khien', '0.1.0', 'R\\1', 'Đọc hàng loạt | scraping', '8']);
  assert.equal(parsed.extension.msg, 'a=b | c\\d\nnext');
  assert.equal(parsed.extension.suid, 'acct-1');
  assert.equal(parsed.extension.rt, '1772416800000');
});

test('bad keys and severities are refused', () => {
  const base = { deviceVendor: 'v', deviceProduct: 'p', deviceVersion: '1', signatureId: 's', name: 'n' };
  assert.throws(() => formatCef({ ...base, severity: 11, extension: [] }));
  assert.throws(() => formatCef({ ...base, severity: 5, extension: [['bad key', 'x']] }));
});

test('alerts and incidents map to CEF with severity 0–10 and their ids', () => {
  const a = parseCef(formatCef(alertToCef({ alertId: 'al-1', ruleId: 'KH-SCRAPE-01', ruleName: 'Thu thập hàng loạt', severity: 'high', accountId: 'acc', ip: '10.0.0.9', raisedAt: new Date('2026-03-02T02:00:00Z'), evidenceCount: 3, caseId: null })));
  assert.equal(a.header[4], 'KH-SCRAPE-01');
  assert.equal(a.header[6], '8');
  assert.equal(a.extension.externalId, 'al-1');
  assert.equal(a.extension.src, '10.0.0.9');
  assert.equal(a.extension.cnt, '3');
  const c = parseCef(formatCef(caseToCef({ id: 'c', reference: 'VV-2026-000001', title: 'Lộ dữ liệu = nghiêm trọng', severity: 'critical', status: 'open', personalDataBreach: true, detectedAt: new Date(0), openedAt: new Date(0), updatedAt: new Date(1000), observables: [] })));
  assert.equal(c.header[6], '10');
  assert.equal(c.extension.msg, 'Lộ dữ liệu = nghiêm trọng');
  assert.equal(c.extension.cat, 'khien/incident/personal-data-breach');
});

test('RFC 5424 framing: PRI, version, timestamp, octet counting in bytes', () => {
  const msg = formatRfc5424({ severity: 3, time: new Date('2026-03-02T02:00:00.000Z'), msgId: 'alert', msg: 'CEF:0|a|b|c|d|Tiếng Việt|8|' }, 'khien', 'host name');
  assert.match(msg, /^<163>1 2026-03-02T02:00:00\.000Z hostname khien \d+ alert - CEF:0\|/);
  const framed = frameOctetCounted(msg).toString('utf8');
  const [len, ...rest] = framed.split(' ');
  assert.equal(Number(len), Buffer.byteLength(rest.join(' '), 'utf8'));
  assert.ok(Number(len) > rest.join(' ').length, 'counts bytes, not characters');
  assert.deepEqual(parseHostPort('127.0.0.1:514'), { host: '127.0.0.1', port: 514 });
  assert.deepEqual(parseHostPort('[::1]:6514'), { host: '::1', port: 6514 });
  assert.throws(() => parseHostPort('nope'));
});
