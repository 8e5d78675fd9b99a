import { describe, expect, test } from 'vitest';
import { NOT_FOUND, type FollowUpRequest, type SourceDef } from '../../graph/sources/define-source';
import type { GraphOutcome } from '../../graph/sources/graph-request';
import { readFollowUp } from './read-follow-ups';

const source: SourceDef<unknown> = {
  id: 'excludedGroupMembers',
  version: 'v1.0',
  path: '/groups/g1/members',
  permission: 'GroupMember.Read.All',
  collection: false,
  parse: (body) => (body === NOT_FOUND ? { ok: true, value: 'outside' } : { ok: true, value: body }),
};
const request: FollowUpRequest = {
  key: 'g1',
  path: '/groups/g1/members',
  collection: false,
  about: "the members of group 'Partner Readers'",
};
const notFound: GraphOutcome = { ok: false, status: 404, code: 'Request_ResourceNotFound', message: 'Not found.' };

describe('one follow-up read', () => {
  test('an answer is parsed', () => {
    expect(readFollowUp(source, request, { ok: true, status: 200, body: { value: [] }, pages: 1 })).toEqual({
      ok: true,
      value: { value: [] },
    });
  });

  test('a 404 fails the read, naming what it was about', () => {
    const r = readFollowUp(source, request, notFound);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatchObject({ kind: 'requestFailed', status: 404 });
    expect(JSON.stringify(r.reason)).toContain("the members of group 'Partner Readers'");
  });

  test('a 404 the request expects is an answer, parsed from NOT_FOUND', () => {
    expect(readFollowUp(source, { ...request, notFoundIsAnAnswer: true }, notFound)).toEqual({
      ok: true,
      value: 'outside',
    });
  });

  test('any other failure of such a request still fails it', () => {
    const forbidden: GraphOutcome = { ok: false, status: 403, code: 'Authorization_RequestDenied', message: 'No.' };
    expect(readFollowUp(source, { ...request, notFoundIsAnAnswer: true }, forbidden).ok).toBe(false);
  });
});
