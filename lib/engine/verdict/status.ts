export const Status = {
  pass: 'pass',
  partial: 'partial',
  fail: 'fail',
  unknown: 'unknown',
  notLicensed: 'notLicensed',
  manual: 'manual',
  /** Nothing to judge (no custom mail domain, no admin, the feature off): no points either way. */
  notApplicable: 'notApplicable',
} as const;
export type Status = (typeof Status)[keyof typeof Status];

export const Category = { identity: 'identity', data: 'data', device: 'device', apps: 'apps' } as const;
export type Category = (typeof Category)[keyof typeof Category];

export const categories: readonly Category[] = ['identity', 'data', 'device', 'apps'];

export type Level = 'low' | 'moderate' | 'high';
