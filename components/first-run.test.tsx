import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FirstRun } from './first-run';

describe('the dashboard before a first scan', () => {
  afterEach(cleanup);

  test('says what Posture Lens does and that it only reads', () => {
    render(<FirstRun connectHref="/options.html" onTryDemo={vi.fn()} scanning={false} />);
    screen.getByRole('heading', { name: 'Score your Microsoft 365 tenant’s security' });
    screen.getByText(/lists what to fix first/);
    screen.getByText(/cannot change a setting/);
  });

  test('"Connect a tenant" opens the Connect page; "Try the demo" starts the demo', () => {
    const onTryDemo = vi.fn();
    render(<FirstRun connectHref="/options.html" onTryDemo={onTryDemo} scanning={false} />);
    expect(screen.getByRole('link', { name: 'Connect a tenant' }).getAttribute('href')).toBe('/options.html');
    fireEvent.click(screen.getByRole('button', { name: 'Try the demo' }));
    expect(onTryDemo).toHaveBeenCalledTimes(1);
  });

  test('while the demo scans, its button says so and cannot start a second one', () => {
    const onTryDemo = vi.fn();
    render(<FirstRun connectHref="/options.html" onTryDemo={onTryDemo} scanning />);
    const button = screen.getByRole('button', { name: 'Scanning the demo tenant…' });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.click(button);
    expect(onTryDemo).not.toHaveBeenCalled();
  });
});
