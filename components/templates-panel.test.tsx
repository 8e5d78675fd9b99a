import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { catalogue } from '../controls/index';
import type { Template } from '../lib/engine/partner/template';
import type { ApplyTemplateResult } from '../lib/messaging/partner-protocol';
import { TemplatesPanel, type TemplatesPanelProps } from './templates-panel';

afterEach(cleanup);

const TODAY = '2026-12-05';
const FABRIKAM = 'aaaaaaaa-2222-4222-8222-000000000001';
const WINGTIP = 'cccccccc-2222-4222-8222-000000000003';
const gateway: Template = {
  id: 'tpl-gateway',
  name: 'Mimecast <b>filters</b> mail',
  description: 'Inbound mail goes through Mimecast.',
  lens: 'cis',
  dispositions: [{ controlId: 'defender-safe-links-enabled', kind: 'thirdParty' }],
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'megan@partner.example',
};
const overview = { rows: [], staleAfterDays: 7, partnerName: '' };

function renderPanel(over: Partial<TemplatesPanelProps> = {}) {
  const props: TemplatesPanelProps = {
    templates: [gateway],
    selected: [],
    controls: catalogue,
    today: TODAY,
    onSave: vi.fn(() => Promise.resolve()),
    onDelete: vi.fn(() => Promise.resolve()),
    onApply: vi.fn(() => Promise.resolve({ applied: [], refused: [], overview })),
    onImport: vi.fn(() => Promise.resolve({ imported: 0, error: null })),
    onExport: vi.fn(),
    ...over,
  };
  render(<TemplatesPanel {...props} />);
  return props;
}
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('the templates panel', () => {
  test('lists each template with its name (as text), description, lens and count of dispositions', () => {
    renderPanel();
    const item = screen.getByRole('heading', { name: 'Mimecast <b>filters</b> mail' }).closest('li')!;
    expect(within(item).getByText('Inbound mail goes through Mimecast.')).toBeTruthy();
    expect(within(item).getByText('Lens: CIS M365 · 1 disposition')).toBeTruthy();
  });

  test('an example fills the form and is saved only when the partner saves it', async () => {
    const props = renderPanel({ templates: [] });
    click('Start from an example: Mail filtered by a third-party gateway');
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Mail filtered by a third-party gateway');
    expect(screen.getAllByLabelText<HTMLSelectElement>('Disposition').map((s) => s.value)).toEqual([
      'thirdParty',
      'thirdParty',
      'thirdParty',
    ]);
    expect(props.onSave).not.toHaveBeenCalled();
    expect(props.onApply).not.toHaveBeenCalled();
    click('Save template');
    await waitFor(() => expect(props.onSave).toHaveBeenCalledTimes(1));
    expect(vi.mocked(props.onSave).mock.calls[0]![0]).toMatchObject({
      name: 'Mail filtered by a third-party gateway',
      lens: 'all',
      dispositions: [
        { controlId: 'defender-anti-phishing-configured', kind: 'thirdParty' },
        { controlId: 'defender-attachment-filter-enabled', kind: 'thirdParty' },
        { controlId: 'defender-safe-attachments-enabled', kind: 'thirdParty' },
      ],
    });
    await waitFor(() => expect(screen.queryByLabelText('Name')).toBeNull());
  });

  test('a control is found by title; a risk acceptance needs a reason and a review date, as on a control', async () => {
    const props = renderPanel({ templates: [] });
    click('New template');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Scanner exception' } });
    fireEvent.input(screen.getByLabelText('Add a control'), { target: { value: 'legacy auth' } });
    const matches = screen.getByRole('list', { name: 'Matching controls' });
    fireEvent.click(within(matches).getByRole('button', { name: 'Add Legacy authentication is blocked' }));
    fireEvent.change(screen.getByLabelText('Disposition'), { target: { value: 'riskAccepted' } });
    click('Save template');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      '“Scanner exception”, entra-legacy-auth-blocked: Say why the risk is accepted. Choose when to review the accepted risk.',
    );
    expect(props.onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Reason (required)'), { target: { value: 'Old scanner' } });
    fireEvent.input(screen.getByLabelText('Review by (required)'), { target: { value: '2027-01-31' } });
    click('Save template');
    await waitFor(() => expect(props.onSave).toHaveBeenCalledTimes(1));
    expect(vi.mocked(props.onSave).mock.calls[0]![0].dispositions).toEqual([
      { controlId: 'entra-legacy-auth-blocked', kind: 'riskAccepted', reason: 'Old scanner', reviewBy: '2027-01-31' },
    ]);
  });

  test('review controls are never offered: a review is attested per tenant', () => {
    renderPanel();
    click('New template');
    fireEvent.input(screen.getByLabelText('Add a control'), { target: { value: 'reviewed every week' } });
    expect(screen.getByText('No control matches “reviewed every week”.')).toBeTruthy();
  });

  test('the background refusing a save is shown, and the form stays', async () => {
    renderPanel({ onSave: () => Promise.reject(new Error('Keep at most 200 templates.')) });
    click(/Edit “Mimecast/);
    click('Save template');
    expect((await screen.findByRole('alert')).textContent).toBe('Keep at most 200 templates.');
    expect(screen.getByLabelText('Name')).toBeTruthy();
  });

  test('delete asks first, and Cancel keeps it', async () => {
    const props = renderPanel();
    click(/^Delete “Mimecast/);
    const confirm = screen.getByRole('group', { name: /Delete “Mimecast/ });
    expect(confirm.textContent).toContain('Dispositions it set on tenants stay');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Delete/ })).toBeNull();
    click(/^Delete “Mimecast/);
    fireEvent.click(within(screen.getByRole('group', { name: /Delete/ })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(props.onDelete).toHaveBeenCalledWith('tpl-gateway'));
  });
});

describe('applying from the panel', () => {
  const selected = [
    { tenantId: FABRIKAM, name: 'Fabrikam' },
    { tenantId: WINGTIP, name: 'Wingtip' },
  ];

  test('needs tenants selected on the overview', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: /Apply to 0 selected tenants/ })).toHaveProperty('disabled', true);
  });

  test('confirms the tenants by name, then shows where it applied and where not, with why', async () => {
    const result: ApplyTemplateResult = {
      applied: [{ tenantId: FABRIKAM, controlIds: ['defender-safe-links-enabled'] }],
      refused: [{ tenantId: WINGTIP, reason: 'Not a tenant Posture Lens knows.' }],
      overview,
    };
    const props = renderPanel({ selected, onApply: vi.fn(() => Promise.resolve(result)) });
    click(/Apply to 2 selected tenants/);
    const confirm = screen.getByRole('group', { name: /Apply “Mimecast/ });
    expect(
      within(confirm)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Fabrikam', 'Wingtip']);
    expect(props.onApply).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(props.onApply).toHaveBeenCalledWith('tpl-gateway', [FABRIKAM, WINGTIP]));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Applied to Fabrikam.');
    expect(status.textContent).toContain('Not applied to Wingtip: Not a tenant Posture Lens knows.');
  });

  test('a refusal of the whole request (nobody signed in) is shown', async () => {
    renderPanel({
      selected,
      onApply: () => Promise.reject(new Error('Sign in to apply templates: each disposition records who made it.')),
    });
    click(/Apply to 2 selected tenants/);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Sign in to apply templates: each disposition records who made it.',
    );
  });
});

describe('the templates file', () => {
  test('Export JSON hands the page the templates file', () => {
    const props = renderPanel();
    click('Export JSON');
    expect(JSON.parse(vi.mocked(props.onExport).mock.calls[0]![0])).toEqual({
      format: 'posture-lens-templates',
      version: 1,
      templates: [gateway],
    });
  });

  test('Import JSON sends the file’s text and shows what was imported and what was not', async () => {
    const props = renderPanel({
      onImport: vi.fn(() => Promise.resolve({ imported: 2, error: 'Not imported: “Bad” needs a name.' })),
    });
    const file = new File(['{"format":"posture-lens-templates"}'], 'standards.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import JSON'), { target: { files: [file] } });
    await waitFor(() => expect(props.onImport).toHaveBeenCalledWith('{"format":"posture-lens-templates"}'));
    expect(await screen.findByText('Imported 2 templates from standards.json.')).toBeTruthy();
    expect(screen.getByText('Not imported: “Bad” needs a name.')).toBeTruthy();
  });

  test('a file over 1 MB is refused before it is sent', async () => {
    const props = renderPanel();
    const file = new File([' '.repeat(1_000_001)], 'huge.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import JSON'), { target: { files: [file] } });
    expect(await screen.findByText('huge.json is over 1 MB: nothing was imported.')).toBeTruthy();
    expect(props.onImport).not.toHaveBeenCalled();
  });
});
