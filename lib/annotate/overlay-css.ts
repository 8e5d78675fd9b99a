/**
 * The overlay's styles, inside each shadow root (badges, cards, panel): page styles can't reach them and
 * ours can't leak out. Dark colours follow the system's scheme, as the admin centers' dark themes do.
 */
export const BADGE_CSS = `
:host { all: initial; }
.pl-wrap { position: relative; display: inline-block; margin-left: 8px; vertical-align: middle; font: 13px/1.4 system-ui, 'Segoe UI', sans-serif; }
.pl-badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; white-space: nowrap;
  border-radius: 10px; font: 600 12px/18px system-ui, 'Segoe UI', sans-serif; border: 1px solid; }
button.pl-badge { cursor: pointer; }
button:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.pass { color: #0d652d; background: #e6f4ea; border-color: #137333; }
.partial { color: #7a4100; background: #fef7e0; border-color: #b06000; }
.fail { color: #a50e0e; background: #fce8e6; border-color: #c5221f; }
.unknown, .notLicensed, .manual, .notApplicable { color: #3c4043; background: #f1f3f4; border-color: #80868b; }
/* Placed by lib/annotate/place-card.ts (fixed, beside its label, inside the viewport); in the top layer
   where the browser has one, so no page container clips it or stacks above it. */
.pl-card { position: fixed; inset: auto; top: 0; left: 0; margin: 0; z-index: 2147483646; box-sizing: border-box;
  width: 360px; max-width: calc(100vw - 16px); max-height: 70vh; overflow: auto; overscroll-behavior: contain; padding: 12px;
  background: #fff; color: #1f2328; border: 1px solid #d1d9e0; border-radius: 10px; box-shadow: 0 6px 20px rgba(0,0,0,.2);
  text-align: left; font: 13px/1.4 system-ui, 'Segoe UI', sans-serif; }
.pl-card[hidden] { display: none; }
.pl-card h2 { font-size: 14px; margin: 0 0 6px; }
.pl-card p { margin: 4px 0; }
.pl-card .pl-set-to { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #eef4fe; border-left: 3px solid #0b57d0; }
.pl-card .pl-set-to em { font-style: normal; font-weight: 600; }
.pl-card .pl-points { color: #59636e; }
.pl-card .pl-stale { color: #7a4100; font-weight: 600; }
.pl-card h3 { font-size: 12px; margin: 8px 0 2px; color: #59636e; font-weight: 600; }
.pl-card ul { margin: 2px 0 6px; padding-left: 18px; color: #3c4043; font-size: 12px; overflow-wrap: anywhere; }
.pl-card .pl-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.pl-card button, .pl-card a { font: inherit; font-size: 12px; border: 1px solid #d1d9e0; background: #f6f8fa; color: #0b57d0;
  border-radius: 6px; padding: 3px 8px; cursor: pointer; text-decoration: none; }
.pl-card button:disabled { color: #59636e; cursor: progress; }
.pl-card .pl-status { color: #59636e; font-size: 12px; }
.pl-card .pl-status:empty { margin: 0; }
/* The panel: a small tab docked at the edge until asked for, so it never sits on the page's content. */
.pl-panel { position: fixed; right: 0; bottom: 16px; z-index: 2147483646; box-sizing: border-box;
  background: #fff; color: #1f2328; border: 1px solid #d1d9e0; border-right: 0; border-radius: 10px 0 0 10px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.4 system-ui, 'Segoe UI', sans-serif; }
.pl-panel[data-collapsed="true"] .pl-body { display: none; }
.pl-panel[data-collapsed="false"] { width: min(360px, calc(100vw - 16px)); max-height: 60vh; overflow: auto; }
.pl-panel header { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid #d1d9e0; }
.pl-panel header h2 { font-size: 13px; margin: 0; }
.pl-panel button { font: inherit; color: inherit; border: 1px solid #d1d9e0; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.pl-panel .pl-tab { display: flex; align-items: center; gap: 6px; border: 0; background: transparent; padding: 4px 10px; font-size: 12px; font-weight: 600; border-radius: 10px 0 0 10px; }
.pl-panel .pl-page { margin: 0; padding: 6px 12px 0; color: #59636e; font-size: 12px; }
.pl-panel ul { list-style: none; margin: 0; padding: 8px 12px; display: grid; gap: 10px; }
.pl-panel li p { margin: 2px 0 0; color: #59636e; }
.pl-panel .pl-missing { margin: 0; padding: 0 12px 10px; color: #7a4100; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .pass { color: #a8dab5; background: #0f2e1a; border-color: #5bb974; }
  .partial { color: #fdd663; background: #3a2a05; border-color: #e3a008; }
  .fail { color: #f6aea9; background: #3c1412; border-color: #ee675c; }
  .unknown, .notLicensed, .manual, .notApplicable { color: #dadce0; background: #2d2f31; border-color: #9aa0a6; }
  .pl-card, .pl-panel { background: #1f2328; color: #e6edf3; border-color: #3d444d; box-shadow: 0 6px 20px rgba(0,0,0,.6); }
  .pl-card .pl-set-to { background: #16263f; border-left-color: #8ab4f8; }
  .pl-card .pl-points, .pl-card .pl-status, .pl-card h3, .pl-panel .pl-page, .pl-panel li p { color: #9198a1; }
  .pl-card ul { color: #d1d7e0; }
  .pl-card .pl-stale, .pl-panel .pl-missing { color: #fdd663; }
  .pl-card button, .pl-card a, .pl-panel button { background: #262c36; border-color: #3d444d; color: #8ab4f8; }
  .pl-panel .pl-tab { background: transparent; color: #e6edf3; }
  .pl-panel header { border-color: #3d444d; }
  button:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline-color: #8ab4f8; }
}
`;
