/**
 * docs/controls.md from the catalogue's own metadata, so the documentation can't drift from the code.
 * `--check` (run by npm test) fails when the checked-in file is not what the catalogue generates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogVersion, catalogue } from '../controls';
import { sourceOf, type AnyControl, type SourceMap } from '../lib/engine/verdict/control';
import { requiredPermissions } from '../lib/engine/scan/permissions';
import { anySourceKey, isDnsSource, isServiceSource } from '../lib/graph/sources/define-source';
import { servicePermission } from '../lib/graph/sources/define-service-source';

const OUT = 'docs/controls.md';
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Setting labels and DNS records hold `<domain>`, `_dmarc` and `*`: shown as text, not as HTML or emphasis. */
const literal = (s: string): string => s.replace(/[\\`*_<>[\]]/g, '\\$&');

/** What the control reads (its requests and what they need), or what a person checks instead. */
function readsLines(c: AnyControl): string[] {
  const lines: string[] = [];
  if (c.review) {
    lines.push(
      `Reads nothing: reviewed ${c.review.cadence} by a person, in the report linked below:`,
      '',
      `- ${c.review.what}`,
    );
  } else if (c.manualCheck) {
    // Graph can't read it: what a person checks instead, and the read-only PowerShell that shows it.
    const live = Object.keys(c.sources as SourceMap).length > 0;
    lines.push(
      live
        ? "Microsoft Graph can't read this setting. When the admin service below is not read for the tenant, it is checked by hand:"
        : c.manualCheck.noReadOnlyPath
          ? `Reads nothing. ${c.manualCheck.noReadOnlyPath} It is checked by hand:`
          : "Reads nothing: Microsoft Graph can't read this setting, so it is checked by hand:",
      '',
    );
    for (const w of c.manualCheck.what) lines.push(`- ${w}`);
    if (c.manualCheck.command) lines.push('', '```powershell', c.manualCheck.command, '```');
    if (live) lines.push('', 'Reads, when that service is on for the tenant (opt-in):', '');
  } else lines.push('Reads:', '');
  for (const spec of Object.values(c.sources as SourceMap)) {
    const s = sourceOf(spec);
    const needs = isServiceSource(s)
      ? `${servicePermission(s.service)}, opt-in per tenant; off, checked by hand`
      : isDnsSource(s)
        ? `public DNS, for the domains from \`${anySourceKey(s.from)}\``
        : s.permission;
    lines.push(`- \`${anySourceKey(s)}\` (${needs}${'optional' in spec ? ', optional' : ''})`);
  }
  return lines;
}

/**
 * What "couldn't tell" and "not applicable" mean for this control, from its own metadata: the sources
 * it needs (and their permissions), its licence, and the sentence it declares for not applicable.
 */
function whenUndecided(c: AnyControl): string[] {
  if (c.review)
    return [
      `**Kind: review (an attestation by an admin, not a measurement).** A scan never passes it: on its own (the CLI, or before anyone marked it) it is "not reviewed", no points, still in the available points. In the extension, an admin marks it **Reviewed** with a note (who and when are recorded, every mark kept); it earns its points for ${c.review.cadence === 'weekly' ? '7 days' : 'a calendar month'}, then shows "review due" and earns none until marked again.`,
    ];
  if (c.manualCheck && Object.keys(c.sources as SourceMap).length > 0)
    return [
      "**Couldn't tell / check by hand:** when its admin service isn't read for the tenant (off, or it refuses this app or account: HTTP 401/403), it is a check by hand as above, decided by Microsoft Secure Score where Microsoft scores it, and says why. When the service is read but fails, throttles or answers in a shape the cmdlet doesn't document, it is **couldn't tell** (unknown, no points, still in the available points)." +
        (c.licence ? ` Without ${c.licence.name} it is **not licensed** instead (out of the available points).` : ''),
    ];
  if (c.manualCheck)
    return [
      '**Couldn\'t tell / not applicable:** never decided from Graph: it is shown as "check by hand" until Microsoft Secure Score scores it.',
    ];
  const specs = Object.values(c.sources as SourceMap);
  const needs = (optional: boolean) =>
    specs
      .filter((spec) => 'optional' in spec === optional)
      .map((spec) => {
        const s = sourceOf(spec);
        if (isServiceSource(s)) return `\`${anySourceKey(s)}\` (${servicePermission(s.service)}, when read)`;
        return isDnsSource(s)
          ? `the public DNS lookup \`${anySourceKey(s)}\``
          : `\`${anySourceKey(s)}\` (${s.permission})`;
      });
  const required = needs(false);
  const optional = needs(true);
  const out = [
    `**Couldn't tell** (unknown, no points, still in the available points) when ${required.length === 1 ? 'this request' : 'any of these requests'} is refused, throttled, fails or answers in a shape Graph doesn't document — a field of the wrong type, an enum value it doesn't list, or a key it always sends missing: ${required.join(', ')}.` +
      (optional.length
        ? ` Read when possible, and never a reason to pass when it can't be: ${optional.join(', ')}.`
        : '') +
      (c.licence ? ` Without ${c.licence.name} it is **not licensed** instead (out of the available points).` : ''),
    '',
    c.notApplicableWhen
      ? `**Not applicable** (no points either way, out of the available points) when: ${c.notApplicableWhen}`
      : '**Not applicable:** never; whatever Graph answers is judged pass, partial or fail.',
  ];
  return out;
}

function render(): string {
  const lines: string[] = [];
  const total = catalogue.reduce((n, c) => n + c.maxScore, 0);
  lines.push('# Controls', '');
  lines.push(
    `Generated from the catalogue (version ${catalogVersion}) by \`npx tsx scripts/generate-docs.ts\`; do not edit by hand.`,
    '',
  );
  lines.push(`${catalogue.length} controls, ${total} points in all. How points are set: [scoring.md](scoring.md).`, '');
  lines.push(
    'A reference means the control decides that requirement (CIS numbers are v7.0); see `ControlRefs` in lib/engine/verdict/control.ts.',
    '',
  );
  const reviews = catalogue.filter((c) => c.review);
  lines.push(
    `${reviews.length} of them are **reviews** (${reviews.reduce((n, c) => n + c.maxScore, 0)} points): recurring reviews an admin attests to, not measurements; the Kind column says which.`,
    '',
  );
  lines.push(
    '| Control | Kind | Category | Points | Secure Score | CIS | SCuBA | Licence |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const c of catalogue) {
    const kind = c.review ? `review, ${c.review.cadence}` : c.manualCheck ? 'check by hand' : 'measured';
    lines.push(
      `| [${cell(c.title)}](#${c.id}) | ${kind} | ${c.category} | ${c.maxScore} | ${c.refs.secureScore ?? '—'} | ${c.refs.cis ?? '—'} | ${c.refs.scuba ?? '—'} | ${c.licence?.name ?? '—'} |`,
    );
  }
  lines.push('', '## Permissions', '', 'Every delegated permission Posture Lens asks for, all read-only:', '');
  for (const p of requiredPermissions(catalogue)) {
    // A permission a scan can do without says what it adds and what happens without it.
    const more = p.withoutIt ? `. Also reads ${p.alsoFor.join(' and ')}. ${p.withoutIt}` : '';
    lines.push(`- \`${p.permission}\` — ${p.requests.map((r) => `\`${r}\``).join(', ')}${more}`);
  }
  for (const c of catalogue) {
    lines.push(
      '',
      `## ${c.id}`,
      '',
      `**${c.title}** · ${c.category} · ${c.maxScore} points · user impact ${c.userImpact} · cost ${c.implementationCost}`,
      '',
    );
    lines.push(c.rationale, '');
    const refs = Object.entries(c.refs)
      .filter(([k]) => k !== 'learn' && k !== 'noBenchmark')
      .map(([k, v]) => `${k} ${v}`);
    if (c.refs.noBenchmark) refs.push(`no benchmark requirement: ${c.refs.noBenchmark}`);
    lines.push(`References: ${[...refs, `[Microsoft Learn](${c.refs.learn})`].join(' · ')}`, '');
    lines.push(`Threats: ${c.threats.join(', ')}.`, '');
    lines.push(...readsLines(c));
    lines.push('', ...whenUndecided(c));
    if (c.setTo) lines.push('', `**Set to:** "${literal(c.setTo.setting)}" → **${literal(c.setTo.value)}**`);
    lines.push('', 'Fix it:', '');
    c.remediation.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
    lines.push('', `Where: [${c.fixAt.title}](${c.fixAt.url})`);
  }
  return lines.join('\n') + '\n';
}

const text = render();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${OUT} is out of date with the catalogue: run npx tsx scripts/generate-docs.ts and commit it.`);
    process.exit(1);
  }
  console.log(`${OUT} is current (${catalogue.length} controls).`);
} else {
  writeFileSync(OUT, text);
  console.log(`Wrote ${OUT} (${catalogue.length} controls).`);
}
