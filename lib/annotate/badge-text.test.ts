import { expect, test } from 'vitest';
import type { BadgeModel } from '../engine/pages/page-badges';
import { badgeName, pointsLine } from './badge-text';

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
