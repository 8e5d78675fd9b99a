import { describe, expect, test, vi } from 'vitest';
import type { GraphGet, GraphOutcome } from '../../graph/sources/graph-request';
import { firstPageOf, readLaterPages } from './later-pages';

const GET: GraphGet = {
  key: 'profiles',
  version: 'v1.0',
  url: '/security/secureScoreControlProfiles',
  collection: true,
};
const page = (value: unknown[], next?: string): GraphOutcome => ({
  ok: true,
  status: 200,
  pages: 1,
  body: { value, ...(next ? { '@odata.nextLink': next } : {}) },
});
const readerAnswering = (outcome: GraphOutcome | undefined) => {
  const getAll = vi.fn((gets: readonly GraphGet[]) =>
    Promise.resolve(new Map(outcome ? [[gets[0]!.key, outcome]] : [])),
  );
  return { getAll };
};

describe('a collection read one page in the first wave, the rest beside the next waves', () => {
  test('the first page is asked for alone, not followed', () => {
    expect(firstPageOf(GET)).toEqual({ ...GET, collection: false });
  });

  test('the later pages are read from the next link, on our own root, and joined after the first', async () => {
    const reader = readerAnswering({ ok: true, status: 200, pages: 2, body: { value: [3, 4] } });
    const whole = await readLaterPages(
      reader,
      GET,
      page([1, 2], 'https://evil.example/v1.0/security/secureScoreControlProfiles?$skiptoken=X'),
    );
    expect(reader.getAll).toHaveBeenCalledWith([
      { ...GET, url: '/security/secureScoreControlProfiles?$skiptoken=X', collection: true },
    ]);
    expect(whole).toEqual({ ok: true, status: 200, pages: 3, body: { value: [1, 2, 3, 4] } });
  });

  test('a single page needs no further read', async () => {
    const reader = readerAnswering(undefined);
    expect(await readLaterPages(reader, GET, page([1]))).toEqual(page([1]));
    expect(reader.getAll).not.toHaveBeenCalled();
  });

  test('a later page that fails fails the whole collection: never a partial list', async () => {
    const throttled: GraphOutcome = { ok: false, status: 429, message: 'throttled' };
    const reader = readerAnswering(throttled);
    expect(await readLaterPages(reader, GET, page([1], 'https://graph.microsoft.com/v1.0/x?$skiptoken=Y'))).toEqual(
      throttled,
    );
  });

  test('a first page that failed, or is not a page, is given back as it came', async () => {
    const forbidden: GraphOutcome = { ok: false, status: 403, message: 'no' };
    const odd: GraphOutcome = { ok: true, status: 200, pages: 1, body: { value: 'not a list' } };
    expect(await readLaterPages(readerAnswering(undefined), GET, forbidden)).toBe(forbidden);
    expect(await readLaterPages(readerAnswering(undefined), GET, odd)).toBe(odd);
    expect(await readLaterPages(readerAnswering(undefined), GET, undefined)).toBeUndefined();
  });

  test('a next link of another version, or not a link at all, fails the collection', async () => {
    for (const next of ['https://graph.microsoft.com/beta/security/secureScoreControlProfiles?$skiptoken=Z', 'nowhere'])
      expect(await readLaterPages(readerAnswering(undefined), GET, page([1], next))).toMatchObject({ ok: false });
  });
});
