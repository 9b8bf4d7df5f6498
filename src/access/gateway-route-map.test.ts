import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRouteMap, validateRouteMap, type GatewayRouteMap } from './gateway-route-map.ts';

const MAP: GatewayRouteMap = {
  routes: [
    { pattern: '/', action: 'none' },
    { pattern: '/static/*', action: 'none' },
    { pattern: '/tim-kiem', action: 'search', subject: { in: 'query', name: 'maSo', optional: true } },
    { pattern: '/nguoi-tham-gia/:maSo', action: 'view', record: 'participation', subject: { in: 'path', name: 'maSo' }, purpose: 'contribution_collection' },
    { pattern: '/nguoi-tham-gia/:maSo/dong', methods: ['POST'], action: 'update', subject: { in: 'path', name: 'maSo' } },
  ],
};

describe('gateway route map', () => {
  test('a valid map has no problems and matches by method, path and where the person sits', () => {
    assert.deepEqual(validateRouteMap(MAP), []);
    const m = compileRouteMap(MAP);
    assert.equal(m.match('GET', '/').kind, 'no_person');
    assert.equal(m.match('GET', '/static/app.css').kind, 'no_person');
    assert.equal(m.match('GET', '/tim-kiem').kind, 'no_person', 'an empty search form shows nobody');
    assert.deepEqual(m.match('GET', '/tim-kiem?maSo=0123456789'), { kind: 'person', action: 'search', record: 'person', subject: '0123456789', purpose: null, routeIndex: 2 });
    const view = m.match('HEAD', '/nguoi-tham-gia/0123456789/');
    assert.equal(view.kind, 'person');
    assert.equal(view.kind === 'person' && view.record, 'participation');
    assert.equal(view.kind === 'person' && view.purpose, 'contribution_collection');
    assert.equal(m.match('POST', '/nguoi-tham-gia/0123456789').kind, 'unmapped', 'method not declared');
    assert.equal(m.match('POST', '/nguoi-tham-gia/0123456789/dong').kind, 'person');
    assert.equal(m.match('GET', '/nguoi-tham-gia/0123456789/khac').kind, 'unmapped');
    assert.equal(m.match('GET', '/admin').kind, 'unmapped');
    assert.equal(m.match('GET', '/nguoi-tham-gia/%E0%A4%A').kind, 'bad_uri');
    assert.equal(m.match('GET', 'http://evil/x').kind, 'bad_uri');
  });

  test('malformed maps: every problem named with its path, in Vietnamese and English', () => {
    assert.equal(validateRouteMap(null)[0]?.path, '(map)');
    assert.ok(validateRouteMap({ routes: [] }).length > 0);
    assert.ok(validateRouteMap({ routes: [{ pattern: '/x', action: 'read' }] }).some((p) => p.path.startsWith('routes[0]')));
    assert.ok(validateRouteMap({ routes: [{ pattern: '/x', action: 'view' }], extra: 1 }).length > 0);
    const problems = validateRouteMap({
      routes: [
        { pattern: 'no-slash', action: 'none' },
        { pattern: '/a/*/b', action: 'none' },
        { pattern: '/p/:id', action: 'view', subject: { in: 'path', name: 'other' } },
        { pattern: '/form', methods: ['POST'], action: 'update', subject: { in: 'body', name: 'maSo' } },
        { pattern: '/q', action: 'view' },
        { pattern: '/n', action: 'none', subject: { in: 'query', name: 'x' } },
        { pattern: '/p/:id/:id', action: 'view', subject: { in: 'path', name: 'id' } },
      ],
    });
    assert.deepEqual(problems.map((p) => p.path), [
      'routes[0].pattern', 'routes[1].pattern', 'routes[2].subject.name', 'routes[3].subject.in', 'routes[4].subject', 'routes[5].subject', 'routes[6].pattern',
    ]);
    const body = problems.find((p) => p.path === 'routes[3].subject.in')!;
    assert.match(body.en, /auth_request cannot see the request body/);
    assert.match(body.vi, /thân yêu cầu/);
  });
});
