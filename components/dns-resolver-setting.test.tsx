import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { DnsResolverSettingSection } from './dns-resolver-setting';

afterEach(cleanup);

const radio = (name: RegExp | string) => screen.getByRole<HTMLInputElement>('radio', { name });

test('off by default, and the page says exactly what a resolver would see', () => {
  render(<DnsResolverSettingSection setting={{ kind: 'off' }} onChange={vi.fn()} />);
  expect(screen.getByRole('heading', { name: 'DNS checks (SPF, DMARC, DKIM)' })).toBeTruthy();
  expect(radio('Off').checked).toBe(true);
  const text = screen.getByRole('region', { name: 'DNS checks (SPF, DMARC, DKIM)' }).textContent ?? '';
  for (const seen of [
    'verified mail domain',
    '_dmarc.',
    'selector1._domainkey.',
    'selector2._domainkey.',
    '_dmarc. names of its parent domains',
    'IP address',
  ])
    expect(text).toContain(seen);
  expect(text).toContain('DNS checks are off: no name is sent to any resolver.');
});

test('picking Cloudflare or Google saves at once', () => {
  const onChange = vi.fn();
  render(<DnsResolverSettingSection setting={{ kind: 'off' }} onChange={onChange} />);
  fireEvent.click(radio(/^Cloudflare/));
  expect(onChange).toHaveBeenLastCalledWith({ kind: 'cloudflare' });
  fireEvent.click(radio(/^Google/));
  expect(onChange).toHaveBeenLastCalledWith({ kind: 'google' });
});

test('a custom URL is saved only once it is https and carries no credentials, with a sentence saying why not', () => {
  const onChange = vi.fn();
  render(<DnsResolverSettingSection setting={{ kind: 'off' }} onChange={onChange} />);
  fireEvent.click(radio('Custom https URL'));
  expect(onChange).not.toHaveBeenCalled();
  const field = screen.getByLabelText<HTMLInputElement>('Resolver URL (DNS-over-HTTPS JSON API)');
  const use = screen.getByRole('button', { name: 'Use this resolver' });

  fireEvent.input(field, { target: { value: 'http://dns.example/dns-query' } });
  fireEvent.click(use);
  expect(screen.getByRole('alert').textContent).toContain('must use https://');
  expect(field.getAttribute('aria-invalid')).toBe('true');

  fireEvent.input(field, { target: { value: 'https://me:secret@dns.example/dns-query' } });
  fireEvent.click(use);
  expect(screen.getByRole('alert').textContent).toContain('Remove the user name and password');
  expect(onChange).not.toHaveBeenCalled();

  fireEvent.input(field, { target: { value: ' https://dns.example/dns-query ' } });
  fireEvent.click(use);
  expect(onChange).toHaveBeenCalledWith({ kind: 'custom', url: 'https://dns.example/dns-query' });
  expect(screen.queryByRole('alert')).toBeNull();
});

test('a saved custom resolver shows as chosen, with its URL', () => {
  render(<DnsResolverSettingSection setting={{ kind: 'custom', url: 'https://dns.example/q' }} onChange={vi.fn()} />);
  expect(radio('Custom https URL').checked).toBe(true);
  expect(screen.getByLabelText<HTMLInputElement>('Resolver URL (DNS-over-HTTPS JSON API)').value).toBe(
    'https://dns.example/q',
  );
  expect(screen.getByText('DNS checks use https://dns.example/q from the next scan.')).toBeTruthy();
});
