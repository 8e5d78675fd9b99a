/**
 * Issue 14 §3: one ranking, everywhere. For the demo tenant, the popup, the dashboard's improvement
 * actions, the CLI's table and the JSON report list the same first five actions as the engine, in order.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { popupStateOf } from '../lib/messaging/popup-state';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { toTable } from '../cli/format-table';
import { ImprovementTable } from '../components/improvement-table';
import { PopupView } from '../components/popup-view';
import { toJson } from '../lib/engine/export/export-json';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { rankedImprovements, type Improvement } from '../lib/engine/score/improvements';
import { scanDemoTenant } from '../lib/scanner/demo-scan';

afterEach(cleanup);

let demo: ScanResult;
let firstFive: Improvement[];
beforeAll(async () => {
  demo = await scanDemoTenant({ clock: () => Date.parse('2026-12-04T23:45:00Z') });
  firstFive = rankedImprovements(demo).slice(0, 5);
});

describe("the demo tenant's top five improvement actions", () => {
  test('lead with our own findings: at most two of five are borrowed from Microsoft', () => {
    expect(firstFive).toHaveLength(5);
    expect(firstFive[0]?.borrowed).toBe(false);
    expect(firstFive.filter((i) => i.borrowed).length).toBeLessThanOrEqual(2);
  });

  test('are the popup’s five, in order: three on its first screen, the next two below it', () => {
    render(
      <PopupView
        state={popupStateOf({ scan: demo, demo: true, scanning: false, error: null })}
        now={Date.parse('2026-12-05T00:00:00Z')}
        onRunDemo={() => undefined}
        onOpenDashboard={() => undefined}
      />,
    );
    const titles = (name: string) =>
      within(screen.getByRole('list', { name }))
        .getAllByRole('listitem')
        .map((li) => within(li).getByLabelText(/points to gain$/).nextElementSibling?.textContent);
    expect(titles('Top improvement actions')).toEqual(firstFive.slice(0, 3).map((i) => i.title));
    expect(titles('More improvement actions')).toEqual(firstFive.slice(3).map((i) => i.title));
  });

  test('are the first five rows of the dashboard’s improvement actions, in order', () => {
    render(<ImprovementTable scan={demo} onSelect={() => undefined} />);
    const actions = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((h) => within(h).getByRole('button').textContent);
    expect(actions.slice(0, 5)).toEqual(firstFive.map((i) => i.title));
  });

  test('open the JSON report’s improvements, in order', () => {
    expect(
      toJson(demo)
        .improvements.slice(0, 5)
        .map((i) => i.controlId),
    ).toEqual(firstFive.map((i) => i.id));
  });

  test('are the first five the CLI lists to fix, in order', () => {
    const titles = toTable(demo)
      .split('\n')
      .flatMap((line) => /^ {2}(?:FAIL|PART) +\d+\/\d+ {2}(.+)$/.exec(line)?.[1] ?? [])
      .slice(0, 5);
    expect(titles).toEqual(firstFive.map((i) => i.title));
  });
});
