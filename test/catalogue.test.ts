/**
 * The whole catalogue held to its conventions (refined-github's features test): a control that forgets
 * something fails here, not in review.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogue } from '../controls';
import { normalizeLabel } from '../lib/annotate/normalize-label';
import { isAdminHost } from '../lib/engine/pages/admin-hosts';
import { adminPages } from '../lib/engine/pages/admin-pages';
import { MAX_ANCHOR_LABEL_LENGTH, MAX_ANCHOR_LABELS } from '../lib/engine/pages/is-page-badges';
import { overlayPages } from '../lib/engine/pages/overlay-pages';
import { anchorTable, pageMap } from '../lib/engine/pages/page-map';
import { sourceOf, type SourceMap } from '../lib/engine/verdict/control';
import { isManualControl } from '../lib/engine/verdict/manual-control';
import { isReviewControl } from '../lib/engine/verdict/review-control';
import { requiredPermissions } from '../lib/engine/scan/permissions';
import { isDnsSource, isServiceSource, type AnyGraphSource, type AnySource } from '../lib/graph/sources/define-source';

const root = join(import.meta.dirname, '..');
const services = readdirSync(join(root, 'controls'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);
const controlFiles = services.flatMap((s) =>
  readdirSync(join(root, 'controls', s))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `controls/${s}/${f}`),
);
/** A DNS source needs no Graph permission of its own: the Graph source it is planned from stands for it. */
const graphSourceOf = (s: AnySource): AnyGraphSource[] => (isServiceSource(s) ? [] : [isDnsSource(s) ? s.from : s]);
const renamed = JSON.parse(readFileSync(join(root, 'controls/renamed.json'), 'utf8')) as Record<string, string | null>;

/** Shared helpers that can answer notApplicable: the exported functions of a shared file that calls it. */
const sharedNotApplicable = readdirSync(join(root, 'controls/shared'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(root, 'controls/shared', f), 'utf8'))
  .filter((text) => text.includes('.notApplicable('))
  .flatMap((text) => [...text.matchAll(/export function (\w+)/g)].map((m) => m[1]!));
/** Whether a control's own file, or a shared helper it calls, can answer notApplicable. */
const canBeNotApplicable = (file: string): boolean => {
  const text = readFileSync(join(root, file), 'utf8');
  return text.includes('.notApplicable(') || sharedNotApplicable.some((name) => text.includes(`${name}(`));
};

test('every control file is registered, and every registered control has its file', () => {
  expect(catalogue.map((c) => `controls/${c.service}/${c.id}.ts`).sort()).toEqual([...controlFiles].sort());
});

test('ids are unique', () => {
  expect(new Set(catalogue.map((c) => c.id)).size).toBe(catalogue.length);
});

test('renamed ids point at live controls and no live id is a rename source', () => {
  const live = new Set(catalogue.map((c) => c.id));
  for (const [from, to] of Object.entries(renamed)) {
    expect(live.has(from)).toBe(false);
    if (to !== null) expect(live.has(to)).toBe(true);
  }
});

test('anchors name only live controls', () => {
  const live = new Set(catalogue.map((c) => c.id));
  for (const { control } of anchorTable(catalogue)) expect(live, control).toContain(control);
});

test('the permissions asked for are exactly the union of the sources, all read-only', () => {
  const union = new Set(
    catalogue.flatMap((c) =>
      Object.values(c.sources as SourceMap).flatMap((s) => graphSourceOf(sourceOf(s)).map((g) => g.permission)),
    ),
  );
  const asked = requiredPermissions(catalogue).map((p) => p.permission);
  for (const p of union) expect(asked).toContain(p);
  for (const p of asked) expect(p).toMatch(/\.Read(\.|$)/);
});

test('DNS sources declare no Graph permission, and no DNS lookup is listed under one', () => {
  const dns = catalogue.flatMap((c) => Object.values(c.sources as SourceMap).map(sourceOf)).filter(isDnsSource);
  for (const s of dns) expect(s).not.toHaveProperty('permission');
  for (const need of requiredPermissions(catalogue)) for (const r of need.requests) expect(r).toMatch(/^GET \//);
});

describe.each(catalogue.map((c) => [c.id, c] as const))('%s', (_, c) => {
  test('id is kebab-case, prefixed by its service folder, with a test file beside it', () => {
    expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(c.id.startsWith(`${c.service}-`)).toBe(true);
    // Manual controls share one table-driven test (test/manual-controls.test.ts): their verdict never varies.
    if (!isManualControl(c)) expect(existsSync(join(root, 'controls', c.service, `${c.id}.test.ts`))).toBe(true);
  });

  test('title states the secure state; rationale and remediation are there and readable', () => {
    expect(c.title).not.toMatch(/^Ensure/i);
    expect(c.title.length).toBeGreaterThan(10);
    expect(c.title.length).toBeLessThanOrEqual(80);
    expect(c.rationale.length).toBeGreaterThan(80);
    expect(c.rationale.length).toBeLessThanOrEqual(900);
    expect(c.remediation.length).toBeGreaterThan(0);
    for (const step of c.remediation) expect(step).toMatch(/[.)]$/);
  });

  test('references: a benchmark id (or why there is none) and an https Learn or Graph link without a locale', () => {
    expect(c.refs.secureScore ?? c.refs.cis ?? c.refs.scuba ?? c.refs.eidsca ?? c.refs.noBenchmark).toBeTruthy();
    expect(c.refs.learn).toMatch(/^https:\/\//);
    expect(c.refs.learn).not.toMatch(/\/en-us\//);
  });

  test('is fixed on a known admin page, on an admin host', () => {
    expect(Object.values(adminPages)).toContain(c.fixAt);
    expect(isAdminHost(new URL(c.fixAt.url))).toBe(true);
  });

  test('its badge anchors: known pages that show it, once each, with short non-empty labels', () => {
    const known = [...Object.values(adminPages), ...Object.values(overlayPages)];
    const pages = (c.onPages ?? []).map((p) => p.page);
    expect(new Set(pages.map((p) => p.id)).size, 'one entry per page').toBe(pages.length);
    for (const { page, labels } of c.onPages ?? []) {
      expect(known, page.id).toContain(page);
      // A badge only goes where the page shows the control, so the panel and the badges agree.
      expect(pageMap.find((g) => g.page.id === page.id)?.governs(c), page.id).toBe(true);
      expect(labels.length).toBeGreaterThan(0);
      // The content script refuses more or longer labels than this (is-page-badges.ts).
      expect(labels.length).toBeLessThanOrEqual(MAX_ANCHOR_LABELS);
      expect(new Set(labels.map(normalizeLabel)).size, 'no label twice').toBe(labels.length);
      for (const l of labels) {
        expect(normalizeLabel(l)).not.toBe('');
        expect(l.length).toBeLessThanOrEqual(MAX_ANCHOR_LABEL_LENGTH);
      }
    }
  });

  test('only reads, with GETs declared once each', () => {
    const sources = Object.values(c.sources as SourceMap).flatMap((s) => graphSourceOf(sourceOf(s)));
    const services = Object.values(c.sources as SourceMap).filter((s) => isServiceSource(sourceOf(s)));
    // A manual control reads nothing: Graph can't decide it.
    // A check by hand and a review an admin attests to read nothing: Graph can't decide them.
    if (isManualControl(c) || isReviewControl(c)) expect(sources).toEqual([]);
    else expect(sources.length + services.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.permission).toMatch(/\.Read(\.|$)/);
      expect(s.permission).not.toMatch(/ReadWrite/);
      const path = 'derived' in s ? s.pathTemplate : s.path;
      expect(path.startsWith('/')).toBe(true);
      expect(path).not.toContain('?');
    }
  });

  test('says when it is not applicable exactly when it can be (docs/controls.md shows it)', () => {
    const can = canBeNotApplicable(`controls/${c.service}/${c.id}.ts`);
    if (can) expect(c.notApplicableWhen, 'answers notApplicable, so says when').toMatch(/^[A-Z].*\.$/);
    else expect(c.notApplicableWhen, 'never answers notApplicable, so says nothing').toBeUndefined();
  });

  test('points are in range and the metadata is complete', () => {
    expect(c.maxScore).toBeGreaterThanOrEqual(1);
    expect(c.maxScore).toBeLessThanOrEqual(15);
    expect(c.threats.length).toBeGreaterThan(0);
    expect(['identity', 'data', 'device', 'apps']).toContain(c.category);
  });
});

describe.each(catalogue.filter(isManualControl).map((c) => [c.id, c] as const))('%s (manual)', (_, c) => {
  test('says what to check, with the passing value, and where', () => {
    expect(c.manualCheck.what.length).toBeGreaterThan(0);
    for (const w of c.manualCheck.what) expect(w.length).toBeGreaterThan(10);
    if (c.manualCheck.how === 'powershell') expect(c.manualCheck.command).toMatch(/^Get-/);
    // Read-only: every cmdlet in the command is a Get-.
    for (const cmdlet of c.manualCheck.command?.match(/\b[A-Z][a-z]+-[A-Za-z]+/g) ?? [])
      expect(cmdlet).toMatch(/^(Get|Format|Where|Select)-/);
    expect(isAdminHost(new URL(c.fixAt.url))).toBe(true);
  });
});

test('total points match the snapshot (change it on purpose, with the catalogue version)', () => {
  expect({ controls: catalogue.length, points: catalogue.reduce((n, c) => n + c.maxScore, 0) }).toMatchInlineSnapshot(`
    {
      "controls": 123,
      "points": 407,
    }
  `);
});
