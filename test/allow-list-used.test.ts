/**
 * "Add a cmdlet here only with a control that reads it" (lib/graph/sources/cmdlet-allow-list.ts), kept:
 * every cmdlet, parameter and Teams configuration on the read-only allow-list is asked for by a source
 * some control in the catalogue reads. An entry nothing reads only widens what the transports would send.
 */
import { expect, test } from 'vitest';
import { catalogue } from '../controls';
import { sourceOf, type SourceMap } from '../lib/engine/verdict/control';
import { CMDLET_ALLOW_LIST, TEAMS_CONFIGURATIONS } from '../lib/graph/sources/cmdlet-allow-list';
import { isServiceSource, type ServiceRequest } from '../lib/graph/sources/define-service-source';

const requests: ServiceRequest[] = catalogue.flatMap((c) =>
  Object.values(c.sources as SourceMap)
    .map(sourceOf)
    .flatMap((s) => (isServiceSource(s) ? [s.request] : [])),
);

test('every allow-listed cmdlet is read by a control', () => {
  const read = new Set(requests.flatMap((r) => (r.kind === 'cmdlet' ? [r.cmdlet] : [])));
  expect(Object.keys(CMDLET_ALLOW_LIST).filter((name) => !read.has(name as never))).toEqual([]);
});

// The one parameter no control gives: the wire format's own example (`Get-RemoteDomain -Identity Default`,
// PREAMBLE-17), which the transports' and the simulator's tests read one object by. Read-only and narrow.
const PARAMETERS_FOR_TESTS = ['Get-RemoteDomain -Identity'];

test('every allowed parameter is given by a control that reads its cmdlet', () => {
  const given = new Set(
    requests.flatMap((r) =>
      r.kind === 'cmdlet' ? Object.keys(r.parameters ?? {}).map((p) => `${r.cmdlet} -${p}`) : [],
    ),
  );
  const listed = Object.entries(CMDLET_ALLOW_LIST).flatMap(([name, spec]) =>
    spec.parameters.map((p) => `${name} -${p}`),
  );
  expect(listed.filter((p) => !given.has(p))).toEqual(PARAMETERS_FOR_TESTS);
});

test('every allow-listed Teams configuration is read by a control', () => {
  const read = new Set(requests.flatMap((r) => (r.kind === 'teamsConfiguration' ? [r.configuration] : [])));
  expect(TEAMS_CONFIGURATIONS.filter((name) => !read.has(name))).toEqual([]);
});
