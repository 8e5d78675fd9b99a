import { fireEvent, render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { overlaySwitchesOf } from '../lib/engine/pages/admin-centers';
import { OverlaySwitchList } from './overlay-switches';

test('each admin center has a switch showing its state, and flipping one reports which', () => {
  const onChange = vi.fn();
  render(<OverlaySwitchList switches={overlaySwitchesOf({ sharepoint: false })} onChange={onChange} />);
  expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'SharePoint admin center' }).checked).toBe(false);
  expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Microsoft Defender portal' }).checked).toBe(true);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Microsoft Entra admin center and Azure portal' }));
  expect(onChange).toHaveBeenCalledWith('entra', false);
  expect(screen.getAllByRole('checkbox')).toHaveLength(8);
});
