import { expect, test } from 'vitest';
import { validPayload } from './protocol';

const valid = validPayload.pages.setAdminService;

test('setAdminService takes a tenant, a known service and on/off, and nothing else', () => {
  expect(valid({ tenantId: 'c0de-1', service: 'exchange', on: true })).toBe(true);
  expect(valid({ tenantId: 'c0de-1', service: 'teams', on: false })).toBe(true);
  expect(valid({ tenantId: 'c0de-1', service: 'sharepoint', on: true })).toBe(true);
  expect(valid({ tenantId: 'c0de-1', service: 'onedrive', on: true })).toBe(false);
  expect(valid({ tenantId: 'c0de-1', service: 'exchange', on: 'yes' })).toBe(false);
  expect(valid({ tenantId: '../x y', service: 'exchange', on: true })).toBe(false);
  expect(valid({ tenantId: 'c0de-1', service: 'exchange', on: true, token: 'x' })).toBe(false);
  expect(valid(null)).toBe(false);
  expect(validPayload.pages.getAdminServices(null)).toBe(true);
  expect(validPayload.pages.getAdminServices({})).toBe(false);
});
