import { expect, test } from 'vitest';
import { validPayload } from './protocol';

const page = 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy';

test.each([
  [{ controlId: 'm365-password-expiry-disabled' }, true],
  [{ controlId: '../../etc' }, false],
  [{ controlId: 'a'.repeat(201) }, false],
  // The page is the sender tab's URL: a message that names one is malformed, not half-read.
  [{ url: page, controlId: 'm365-password-expiry-disabled' }, false],
  [{}, false],
  [null, false],
])('rescanControl %j → %s', (payload, ok) => expect(validPayload.content.rescanControl(payload)).toBe(ok));

test.each([
  [null, true],
  [{ url: page }, false],
  [{}, false],
])('getPageBadges %j → %s', (payload, ok) => expect(validPayload.content.getPageBadges(payload)).toBe(ok));

test.each([
  [{ controlId: 'm365-password-expiry-disabled' }, true],
  [{ controlId: 'm365-password-expiry-disabled', url: page }, false],
])('openControl %j → %s', (payload, ok) => expect(validPayload.content.openControl(payload)).toBe(ok));

test.each([
  [{ center: 'sharepoint', on: false }, true],
  [{ center: 'toString', on: false }, false],
  [{ center: 'entra', on: 'no' }, false],
])('setOverlaySwitch %j → %s', (payload, ok) => expect(validPayload.pages.setOverlaySwitch(payload)).toBe(ok));
