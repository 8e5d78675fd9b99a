/**
 * Where a badge's card goes: below or above the setting's row (whichever has room), slid sideways to
 * stay inside the viewport, never on top of the label and badge it explains, and scrolling within
 * itself when the room is short. @floating-ui/dom does the geometry (collision-aware flip, shift and
 * size, the page's scroll and clipping containers, the top layer); this file only says what to avoid.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Space kept between the card and the viewport's edges, and between the card and its row. */
const MARGIN = 8;
const GAP = 6;
const CARD_WIDTH = 360;

/** The label and its badge as one box: the card's placement treats the whole row as untouchable. */
function rowOf(anchor: Element | null, badge: Element): VirtualElement {
  return {
    contextElement: badge,
    getBoundingClientRect: () => {
      const b = badge.getBoundingClientRect();
      const a = anchor?.isConnected ? anchor.getBoundingClientRect() : b;
      const left = Math.min(a.left, b.left);
      const top = Math.min(a.top, b.top);
      const right = Math.max(a.right, b.right);
      const bottom = Math.max(a.bottom, b.bottom);
      return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
    },
  };
}

/** Puts the card in the browser's top layer when it has one (out of every clipping or stacking container). */
function raise(card: HTMLElement): void {
  if (typeof card.showPopover !== 'function') return;
  if (!card.hasAttribute('popover')) card.setAttribute('popover', 'manual');
  try {
    if (!card.matches(':popover-open')) card.showPopover();
  } catch {
    // Not connected yet, or the browser refused: the card stays fixed, above the page by its z-index.
  }
}

/**
 * Shows `card` beside the row of `anchor` and `badge`, and keeps it there while the page scrolls or
 * resizes. Returns the function that stops following (call it when the card closes).
 */
export function placeCard(card: HTMLElement, badge: Element, anchor: Element | null): () => void {
  raise(card);
  const row = rowOf(anchor, badge);
  // autoUpdate runs `update` once before it returns its own stop function.
  let stop = (): void => undefined;
  const update = () => {
    if (!card.isConnected) {
      stop();
      return;
    }
    void computePosition(row, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        // Only to the other side of the row, never beside it: beside would cover the setting's control.
        flip({ padding: MARGIN, fallbackPlacements: ['top-start'], crossAxis: false }),
        shift({ padding: MARGIN, crossAxis: false }),
        size({
          padding: MARGIN,
          apply: ({ availableWidth, availableHeight, elements }) => {
            elements.floating.style.maxWidth = `${Math.max(0, Math.min(CARD_WIDTH, availableWidth))}px`;
            elements.floating.style.maxHeight = `${Math.max(0, availableHeight)}px`;
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, middlewareData }) => {
      Object.assign(card.style, {
        left: `${Math.round(x)}px`,
        top: `${Math.round(y)}px`,
        visibility: middlewareData.hide?.referenceHidden ? 'hidden' : 'visible',
      });
    });
  };
  stop = autoUpdate(row, card, update);
  return () => {
    stop();
    if (typeof card.hidePopover === 'function' && card.hasAttribute('popover')) {
      try {
        card.hidePopover();
      } catch {
        // Already closed or gone with its shadow root.
      }
    }
  };
}
