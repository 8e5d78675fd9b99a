import type { Page } from 'playwright-core';

/** Chrome's popup is at most 600 px tall: what must be seen without scrolling ends above it (issue 14 §5). */
export const POPUP_FOLD_PX = 600;

/**
 * Where the popup's first screen ends, in CSS px from the top of the page: the bottom of the score, of
 * the third top action (or the last, with fewer) and of the Rescan and Open dashboard buttons.
 */
export async function firstScreenBottoms(
  popup: Page,
): Promise<{ score: number; actions: number; thirdAction: number; buttons: number }> {
  await popup.getByRole('button', { name: 'Open dashboard' }).waitFor();
  return popup.evaluate(() => {
    const bottom = (el: Element | null | undefined): number =>
      el ? el.getBoundingClientRect().bottom + window.scrollY : Number.NaN;
    const actions = [...document.querySelectorAll('ol[aria-label="Top improvement actions"] > li')];
    const buttons = [...document.querySelectorAll('footer.actions button')];
    return {
      score: bottom(document.querySelector('.score')),
      actions: actions.length,
      thirdAction: bottom(actions[Math.min(actions.length, 3) - 1]),
      buttons: buttons.length === 2 ? Math.max(...buttons.map(bottom)) : Number.NaN,
    };
  });
}
