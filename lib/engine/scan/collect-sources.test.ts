import { describe, expect, test } from 'vitest';
import { asRecords, defineDnsSource } from '../../graph/sources/define-dns-source';
import { defineDerivedSource, defineSource, sourceKey } from '../../graph/sources/define-source';
import { collection, str } from '../../graph/sources/shape';
import { adminPages } from '../pages/admin-pages';
import { defineControl, optional, type SourceMap } from '../verdict/control';
import { collectSecondWave, collectSources, firstWaveOf, SCAN_LEVEL_SOURCES, toGraphGet } from './collect-sources';

const domains = defineSource<Array<{ id: string }>>({
  id: 'domains',
  version: 'v1.0',
  path: '/domains',
  permission: 'Domain.Read.All',
  collection: true,
  parse: collection<{ id: string }>({ id: str }),
});
const groups = defineSource<Array<{ id: string }>>({
  id: 'groups',
  version: 'beta',
  path: '/groups',
  query: { $select: 'id' },
  headers: { ConsistencyLevel: 'eventual' },
  permission: 'Group.Read.All',
  collection: true,
  parse: collection<{ id: string }>({ id: str }),
});
const members = defineDerivedSource<Array<{ id: string }>, unknown>({
  id: 'members',
  from: groups,
  version: 'v1.0',
  pathTemplate: '/groups/{id}/members',
  permission: 'GroupMember.Read.All',
  requests: (gs) => gs.map((g) => ({ key: g.id, path: `/groups/${g.id}/members`, collection: true })),
  parse: (body) => ({ ok: true, value: body }),
});
const txt = defineDnsSource({
  id: 'txt',
  from: domains,
  queryTemplate: 'TXT {domain}',
  queries: (ds: Array<{ id: string }>) => ds.map((d) => ({ key: d.id, name: d.id, type: 'TXT' as const })),
  parse: asRecords,
});

function control<S extends SourceMap>(id: string, sources: S) {
  return defineControl<S>({
    id,
    title: 'A test control reads its sources',
    category: 'apps',
    service: 'email',
    maxScore: 1,
    refs: { learn: 'https://learn.microsoft.com/graph/' },
    threats: ['Testing'],
    userImpact: 'low',
    implementationCost: 'low',
    rationale: 'For tests.',
    remediation: ['None.'],
    fixAt: adminPages.exchangeAcceptedDomains,
    setTo: { setting: 'A setting', value: 'Its passing value' },
    sources,
    evaluate: (_, v) => v.pass('Read.', []),
  });
}
const one = control('email-test-one', { txt, members });
const two = control('email-test-two', { d: domains, again: optional(txt), m: members });

describe('collecting what a scan reads', () => {
  test('the first wave: the tenant-level sources first, then each parent once, by request', () => {
    const keys = collectSources([one, two]).map(sourceKey);
    expect(keys).toEqual([...SCAN_LEVEL_SOURCES.map(sourceKey), 'GET /v1.0/domains', 'GET /beta/groups?$select=id']);
  });

  test("a control's first-wave sources keep their repeats, derived and DNS sources replaced by their parents", () => {
    expect(firstWaveOf([two]).map((s) => s.id)).toEqual(['domains', 'domains', 'groups']);
  });

  test('the second wave: each derived and DNS source once, optional ones included', () => {
    const { derived, dns } = collectSecondWave([one, two]);
    expect(derived.map((s) => s.id)).toEqual(['members']);
    expect(dns.map((s) => s.id)).toEqual(['txt']);
    expect(collectSecondWave([])).toEqual({ derived: [], dns: [] });
  });

  test("a source's request carries its key, URL and headers", () => {
    expect(toGraphGet(groups)).toEqual({
      key: 'GET /beta/groups?$select=id',
      version: 'beta',
      url: '/groups?$select=id',
      collection: true,
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(toGraphGet(domains)).not.toHaveProperty('headers');
  });
});
