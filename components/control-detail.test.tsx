import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { controlResult } from '../test/fixtures/scan-result';
import { ControlDetail } from './control-detail';

afterEach(cleanup);

const statusLine = (): string => screen.getByRole('heading', { level: 3 }).nextElementSibling?.textContent ?? '';

describe('ControlDetail points line', () => {
  test('a not-licensed control says it is not counted, never 0 of 7 points', () => {
    render(
      <ControlDetail
        result={controlResult({
          id: 'entra-risky',
          status: 'notLicensed',
          maxScore: 7,
          licence: 'Microsoft Entra ID P2',
        })}
        guide={undefined}
      />,
    );
    expect(statusLine()).toContain('Not licensed · — needs Microsoft Entra ID P2 · not counted in the score');
    expect(statusLine()).not.toContain('0 of 7');
  });

  test('a control checked by hand says it is not counted, never 0 of 4 points', () => {
    render(
      <ControlDetail result={controlResult({ id: 'email-preset', status: 'manual', maxScore: 4 })} guide={undefined} />,
    );
    expect(statusLine()).toContain('Check by hand · not counted in the score');
    expect(statusLine()).not.toContain('0 of 4');
  });

  test('a measured failure keeps its points', () => {
    render(<ControlDetail result={controlResult({ id: 'entra-x', status: 'fail', maxScore: 8 })} guide={undefined} />);
    expect(statusLine()).toContain('Failing · 0 of 8 points');
  });
});
