/** The table's opening block given `--baseline`: what regressed and who changed it, before anything else. */
import { shownPoints } from '../lib/engine/format/points';
import type { Status } from '../lib/engine/verdict/status';
import { statusTag } from '../lib/engine/verdict/status-words';
import type { ChangeEvent, ControlChangeReport, ReportChanges } from './changes';
import { fitLines, paintTag, shortTime } from './format-summary';
import { plain } from './plain-text';
import { plural, wrapIndented, type Paint } from './terminal-text';

interface Shown {
  readonly width: number;
  readonly paint: Paint;
  /** Every change and every event (`--all`); otherwise the first few of each. */
  readonly all: boolean;
}

/** Listed before "… and N more" without --all: every regression matters, but a lost permission makes dozens. */
const REGRESSIONS_SHOWN = 10;
const IMPROVEMENTS_SHOWN = 5;
const EVENTS_SHOWN = 2;

const signed = (n: number): string => (n > 0 ? `+${shownPoints(n)}` : n < 0 ? `−${shownPoints(-n)}` : '±0');
// Four characters wide, so the arrows line up; 'none' where the control is in one report only.
const tag = (s: Status | undefined): string => (s ? statusTag[s] : 'none');

/** "by alex@contoso.com, 5 Dec 2026, 08:12 UTC: Update conditional access policy; State: On → Report-only". */
function eventText(e: ChangeEvent): string {
  const fields = e.changed.map((f) => `; ${f.field}: ${f.before || '(empty)'} → ${f.after || '(empty)'}`).join('');
  return plain(`by ${e.who}, ${shortTime(e.at)}: ${e.activity}${fields}`);
}

/** "  PASS → FAIL   −7  <title>", then who changed it, one event a line. */
function changeLines(c: ControlChangeReport, o: Shown): string[] {
  const from = `  ${tag(c.before?.status)} → `;
  const to = tag(c.after?.status);
  const first = `${from}${to} ${signed(c.points).padStart(5)}  `;
  const lines = wrapIndented(plain(c.title), o.width, ' '.repeat(first.length), first);
  if (c.after) lines[0] = `${from}${paintTag(c.after.status, o.paint)}${lines[0]!.slice(from.length + to.length)}`;
  const events = c.auditEvents;
  if (!events) return lines;
  if (!events.length) lines.push(...wrapIndented('no audit event names it', o.width, '      '));
  const shown = o.all ? events : events.slice(0, EVENTS_SHOWN);
  for (const e of shown) lines.push(...wrapIndented(eventText(e), o.width, '        ', '      '));
  if (events.length > shown.length) lines.push(`      … and ${plural(events.length - shown.length, 'more event')}`);
  return lines;
}

/** A heading, then up to `max` changes (all with --all), then how many were left out. */
function groupLines(heading: string, list: readonly ControlChangeReport[], max: number, o: Shown): string[] {
  if (!list.length) return [];
  const shown = o.all ? list : list.slice(0, max);
  const out = [heading, ...shown.flatMap((c) => changeLines(c, o))];
  if (list.length > shown.length) out.push(`  … and ${list.length - shown.length} more (--all lists them)`);
  return out;
}

/** Why no actor is named: the audit log wasn't read, or couldn't be. Nothing when it was read. */
function whoLine(changes: ReportChanges): string | undefined {
  const a = changes.auditLog;
  if (a.status === 'notRead') return "Who: this scan didn't read the audit log.";
  if (a.status === 'unavailable')
    return a.permission ? `Who: grant ${a.permission} to see.` : `Who: the audit log couldn't be read (${a.reason}).`;
  return a.truncated ? 'Who: the audit log held more events than one scan reads; the newest were kept.' : undefined;
}

/** "Also 1 new control, 2 other changes: --all lists them.", or those changes in full with --all. */
function otherLines(list: readonly ControlChangeReport[], o: Shown): string[] {
  if (!list.length) return [];
  if (o.all) return groupLines('Other changes (new, no longer reported, or between unscored states):', list, 0, o);
  const count = (k: ControlChangeReport['kind']) => list.filter((c) => c.kind === k).length;
  const parts = [
    count('added') ? plural(count('added'), 'new control') : '',
    count('removed') ? `${plural(count('removed'), 'control')} no longer reported` : '',
    count('changed') ? plural(count('changed'), 'other change') : '',
  ].filter(Boolean);
  return [`Also ${parts.join(', ')}: --all lists them.`];
}

/** "Changes since <date>": the score, why no actor is named, regressions with who and when, improvements, the rest. */
export function changesBlock(changes: ReportChanges, o: Shown): string[] {
  const s = changes.score;
  const head = `Changes since ${shortTime(changes.since)}: ${s.before.percent}% → ${s.after.percent}% (${signed(Math.round(s.points))} points)`;
  const who = whoLine(changes);
  const out = fitLines([head, ...(who ? [who] : [])], o.width);
  out[0] = o.paint.bold(out[0]!);
  if (!changes.controls.length) return [...out, 'No control changed.'];
  const of = (...kinds: ControlChangeReport['kind'][]) => changes.controls.filter((c) => kinds.includes(c.kind));
  const regressed = of('regression');
  const improved = of('improvement');
  out.push(
    ...groupLines(`${plural(regressed.length, 'regression')}:`, regressed, REGRESSIONS_SHOWN, o),
    ...groupLines(`${plural(improved.length, 'improvement')}:`, improved, IMPROVEMENTS_SHOWN, o),
    ...fitLines(otherLines(of('removed', 'changed', 'added'), o), o.width),
  );
  return out;
}

const KIND_WORD: Readonly<Record<ControlChangeReport['kind'], string>> = {
  regression: 'Regressed',
  improvement: 'Improved',
  changed: 'Changed',
  added: 'New',
  removed: 'No longer reported',
};

/** One line per changed control, for JUnit: "Regressed since <date>: PASS → FAIL (−7 points); by alex@…". */
export function changeSentence(c: ControlChangeReport, since: string): string {
  const move = `${tag(c.before?.status).trim()} → ${tag(c.after?.status).trim()} (${signed(c.points)} points)`;
  const events =
    c.auditEvents === null ? [] : c.auditEvents.length ? c.auditEvents.map(eventText) : ['no audit event names it'];
  return plain([`${KIND_WORD[c.kind]} since ${shortTime(since)}: ${move}`, ...events].join('; ') + '.');
}
