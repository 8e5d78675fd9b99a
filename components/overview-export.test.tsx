import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { neverScannedRow, overviewOf, scannedRow } from '../test/fixtures/overview-export-rows';
import type { ExportFile } from '../lib/engine/export/export-file';
import { OverviewExport } from './overview-export';

afterEach(cleanup);

const NOW = Date.parse('2026-12-05T12:00:00.000Z');
const rows = [scannedRow(), neverScannedRow()];
const overview = overviewOf(rows);

function renderWith(shown = rows, filter: string | null = null) {
  const onDownload = vi.fn<(file: ExportFile) => void>();
  render(
    <OverviewExport overview={overview} shown={shown} filter={filter} lens="cis" now={NOW} onDownload={onDownload} />,
  );
  return { onDownload, group: screen.getByRole('group', { name: 'Export the overview' }) };
}
const dataRows = (file: ExportFile | undefined): string[] => (file?.text.trim().split('\r\n') ?? []).slice(1);

test('unfiltered: one CSV and one JSON button, of all tenants', () => {
  const { group, onDownload } = renderWith();
  expect(
    within(group)
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual(['Download CSV (all 2 tenants)', 'Download JSON (all 2 tenants)']);
  fireEvent.click(within(group).getByRole('button', { name: 'Download CSV (all 2 tenants)' }));
  const file = onDownload.mock.calls[0]?.[0];
  expect(file?.name).toBe('posture-lens-fabrikam-it-tenants-2026-12-05.csv');
  expect(dataRows(file).map((r) => r.split(',')[1])).toEqual(['Contoso', 'Fabrikam']);
});

test('filtered: the rows shown or all, each button saying which', () => {
  const { group, onDownload } = renderWith([scannedRow()], 'regressed');
  expect(
    within(group)
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual([
    'Download CSV (1 tenant shown)',
    'Download JSON (1 tenant shown)',
    'Download CSV (all 2)',
    'Download JSON (all 2)',
  ]);
  fireEvent.click(within(group).getByRole('button', { name: 'Download CSV (1 tenant shown)' }));
  expect(dataRows(onDownload.mock.calls[0]?.[0]).map((r) => r.split(',')[1])).toEqual(['Contoso']);
  fireEvent.click(within(group).getByRole('button', { name: 'Download JSON (1 tenant shown)' }));
  const json = JSON.parse(onDownload.mock.calls[1]?.[0].text ?? '') as {
    selection: unknown;
    tenants: { name: string }[];
  };
  expect(json.selection).toEqual({ rows: 'shown', filter: 'regressed', lens: 'cis' });
  expect(json.tenants.map((t) => t.name)).toEqual(['Contoso']);
  fireEvent.click(within(group).getByRole('button', { name: 'Download JSON (all 2)' }));
  expect(onDownload.mock.calls[2]?.[0].name).toBe('posture-lens-fabrikam-it-tenants-2026-12-05.json');
});

test('a filter that shows nothing disables its buttons, not the all-tenants ones', () => {
  const { group } = renderWith([], 'stale');
  const button = (name: string) => within(group).getByRole<HTMLButtonElement>('button', { name });
  expect(button('Download CSV (0 tenants shown)').disabled).toBe(true);
  expect(button('Download CSV (all 2)').disabled).toBe(false);
});
