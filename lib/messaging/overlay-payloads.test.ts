import { expect, test } from 'vitest';
import { validPayload } from './protocol';

const page = 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy';

test.each([
  [{ url: page, controlId: 'm365-password-expiry-disabled' }, true],
  [{ url: page, controlId: '../../etc' }, false],
  [{ url: page, controlId: 'a'.repeat(201) }, false],
  [{ url: 'not a url', controlId: 'm365-password-expiry-disabled' }, false],
  [{ controlId: 'm365-password-expiry-disabled' }, false],
  [null, false],
])('rescanControl %j → %s', (payload, ok) => expect(validPayload.content.rescanControl(payload)).toBe(ok));

test.each([
  [{ center: 'sharepoint', on: false }, true],
  [{ center: 'toString', on: false }, false],
  [{ center: 'entra', on: 'no' }, false],
])('setOverlaySwitch %j → %s', (payload, ok) => expect(validPayload.pages.setOverlaySwitch(payload)).toBe(ok));
