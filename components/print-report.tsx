import { declarationsSentence } from '../lib/engine/scan/declarations-summary';
import type { DisposedScan } from '../lib/engine/history/dispositions';
import { categories, type Category } from '../lib/engine/verdict/status';
import { sortForReview } from './control-query';
import { shownStatus } from './disposition-status';
import { shownReason } from '../lib/engine/verdict/status-words';
import { pointsWithWhy } from '../lib/engine/score/score';
import type { FixValue } from '../lib/engine/verdict/control';
import { SetToSentence } from './control-fix';
import { shownDate } from '../lib/engine/format/dates';
import { wholePoints } from '../lib/engine/format/points';

const LABEL: Record<Category, string> = { identity: 'Identity', data: 'Data', device: 'Device', apps: 'Apps' };

/**
 * The printable report: tenant, date, score, category subtotals and every control with its status,
 * points, reason and fix link. The page shows it only in print (see the dashboard's print stylesheet).
 */
export function PrintReport({
  scan,
  demo,
  setTo,
  partnerName = '',
}: {
  scan: DisposedScan;
  demo: boolean;
  /** "Prepared by …" on the header (the partner's name, set on the Tenants page); none when empty. */
  partnerName?: string;
  /** The value to set for a control, from the catalogue; printed beside the fix link of what fails. */
  setTo?: (id: string) => FixValue | undefined;
}) {
  const { summary } = scan;
  return (
    <section class="print-report" aria-label="Printable report">
      <header class="print-head">
        <h2>
          Microsoft 365 security posture — {scan.tenant.displayName}
          {demo && ' (demo tenant)'}
        </h2>
        <p>
          Scanned {shownDate(scan.scannedAt)} · tenant {scan.tenant.id} · {scan.tool.name} {scan.tool.version}
        </p>
        {partnerName.trim() && <p class="print-partner">Prepared by {partnerName.trim()}</p>}
      </header>
      <p class="print-score">
        Score {scan.score.percent}% — {wholePoints(scan.score.achieved)} of {wholePoints(scan.score.available)} points
        given your licences. {summary.coverage.decided} controls decided, {summary.coverage.unknown} couldn’t be
        decided, {summary.coverage.notApplicable} not applicable, {summary.coverage.notLicensed} not licensed,{' '}
        {summary.coverage.manual} to check by hand.
      </p>
      <p>{declarationsSentence(scan.declarations)}</p>
      <table class="print-categories">
        <caption>Score by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Points</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => {
            const p = summary.byCategory[c];
            return (
              <tr key={c}>
                <th scope="row">{LABEL[c]}</th>
                <td>{p.available === 0 ? '—' : `${wholePoints(p.achieved)} of ${wholePoints(p.available)}`}</td>
                <td>{p.available === 0 ? '—' : `${p.percent}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {categories.map((c) => {
        const controls = sortForReview(scan.controls.filter((r) => r.category === c));
        if (controls.length === 0) return null;
        return (
          <table key={c} class="print-controls">
            <caption>
              {LABEL[c]} controls ({controls.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Control</th>
                <th scope="col">Status</th>
                <th scope="col">Points</th>
                <th scope="col">Reason and fix</th>
              </tr>
            </thead>
            <tbody>
              {controls.map((r) => {
                // A review has nothing to set: its reason says where it stands and the link is its report.
                const fix = !r.review && (r.status === 'fail' || r.status === 'partial') ? setTo?.(r.id) : undefined;
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.title}
                      <br />
                      <span class="muted">{r.id}</span>
                    </th>
                    <td>
                      {shownStatus(r).label}
                      {r.review && ` (${r.review.cadence} review: attested, not measured)`}
                    </td>
                    <td>{pointsWithWhy(r)}</td>
                    <td>
                      {shownReason(r)}
                      <br />
                      {fix && (
                        <>
                          <SetToSentence status={r.status} setTo={fix} />{' '}
                        </>
                      )}
                      Fix: <a href={r.adminUrl}>{r.adminUrl}</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
