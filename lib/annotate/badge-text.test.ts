import { expect, test } from 'vitest';
import type { BadgeModel } from '../engine/pages/page-badges';
import { badgeName, badgeText, pointsLine } from './badge-text';

const badge = (over: Partial<BadgeModel> = {}): BadgeModel => ({
  controlId: 'entra-signin-risk-policy-enabled',
  title: 'Risky sign-ins need MFA or are blocked',
  status: 'fail',
  score: 0,
  maxScore: 7,
  reason: 'No policy.',
  evidence: [],
  fixUrl: 'https://entra.microsoft.com/',
  dashboardUrl: 'dash',
  ...over,
});

test('a card out of the score shows "—" and why, never "0 of 7 points"', () => {
  const unlicensed = badge({ status: 'notLicensed', outOfScore: 'needs Microsoft Entra ID P2' });
  expect(pointsLine(unlicensed)).toBe('not licensed · — needs Microsoft Entra ID P2 · not counted in the score');
  expect(badgeName(unlicensed)).toBe(
    '7 pts · not licensed — Posture Lens: Risky sign-ins need MFA or are blocked, not counted in the score (needs Microsoft Entra ID P2)',
  );
  expect(pointsLine(badge({ status: 'manual', outOfScore: 'check by hand' }))).not.toContain('0 of');
  expect(pointsLine(badge())).toBe('0 of 7 points · failing');
});

test('a review badge says where the review stands and that it is attested, never passing or failing', () => {
  const current = badge({ status: 'pass', score: 3, maxScore: 3, review: { cadence: 'weekly', state: 'current' } });
  expect(badgeText(current)).toBe('☑ 3 pts · reviewed');
  expect(pointsLine(current)).toBe('3 of 3 points · Reviewed · a weekly review, attested by an admin, not measured');
  const due = badge({ status: 'fail', score: 0, maxScore: 3, review: { cadence: 'weekly', state: 'due' } });
  expect(badgeText(due)).toBe('☒ 3 pts · review due');
  expect(badgeName(due)).not.toMatch(/failing|passing/);
});
