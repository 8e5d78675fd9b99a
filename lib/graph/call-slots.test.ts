import { describe, expect, test, vi } from 'vitest';
import { createCallSlots } from './call-slots';

describe('createCallSlots', () => {
  test('is free until the limit is taken, and free again once one is given back', () => {
    const slots = createCallSlots(2);
    slots.take();
    expect(slots.free()).toBe(true);
    slots.take();
    expect(slots.free()).toBe(false);
    slots.release();
    expect(slots.free()).toBe(true);
  });

  test('a release wakes every waiting run, after the slot is free, until it stops waiting', () => {
    const slots = createCallSlots(1);
    const seen: boolean[] = [];
    const a = vi.fn(() => seen.push(slots.free()));
    const b = vi.fn();
    slots.wait(a);
    slots.wait(b);
    slots.take();
    slots.release();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([true]);
    slots.stopWaiting(a);
    slots.take();
    slots.release();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });

  test('a run that stops waiting while being woken does not stop the others', () => {
    const slots = createCallSlots(1);
    const b = vi.fn();
    const a = (): void => slots.stopWaiting(b);
    slots.wait(a);
    slots.wait(b);
    slots.take();
    slots.release();
    expect(b).toHaveBeenCalledTimes(1);
  });
});
