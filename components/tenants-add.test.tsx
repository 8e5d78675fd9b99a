import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { GdapCustomer } from '../lib/messaging/partner-protocol';
import { GdapCustomers } from './tenants-add';

afterEach(cleanup);

const customer = (tenantId: string, displayName: string, added: boolean): GdapCustomer => ({
  tenantId,
  displayName,
  relationshipName: `${displayName} - Global Reader`,
  endsAt: null,
  added,
});
const contoso = customer('cafe0000-0000-4000-8000-000000000002', 'Contoso', true);
const fresh = customer('cafe0000-0000-4000-8000-000000000003', 'Fresh Start Ltd', false);
const tailspin = customer('cafe0000-0000-4000-8000-000000000004', 'Tailspin Toys', false);

describe('the GDAP customers list', () => {
  test('the add button counts what is ticked, and adds exactly those', () => {
    const onAdd = vi.fn();
    render(
      <GdapCustomers
        view={{ ok: true, customers: [contoso, fresh, tailspin] }}
        busy={false}
        onList={() => undefined}
        onAdd={onAdd}
      />,
    );
    expect(screen.getByRole('checkbox', { name: /Contoso/ })).toHaveProperty('disabled', true);
    const add = screen.getByRole('button', { name: 'Add customers' });
    expect(add).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Fresh Start Ltd/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Tailspin Toys/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 customers' }));
    expect(onAdd).toHaveBeenCalledWith([fresh.tenantId, tailspin.tenantId]);
    expect(screen.getByRole('button', { name: 'Add customers' })).toHaveProperty('disabled', true);
  });

  test('once every customer is on the list, it says so instead of offering to add none', () => {
    render(
      <GdapCustomers
        view={{ ok: true, customers: [contoso, { ...fresh, added: true }] }}
        busy={false}
        onList={() => undefined}
        onAdd={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Add/ })).toBeNull();
    expect(screen.getByText('Every one of them is on the list.')).toBeTruthy();
  });
});
