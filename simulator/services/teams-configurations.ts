/**
 * Teams' ConfigAPI as PREAMBLE-17 has it (ScubaGear's and CIPP's REST reads, EXO-TEAMS-LIVE.md §3, §12):
 * `GET {teamsRoot}/Skype.Policy/configurations/{Name}` → 200 with a JSON array of its instances
 * (`Identity: 'Global'`, `'Tag:…'`), `…/{Name}/configuration/{Identity}` → 200 with that one object
 * (`Identity` matched as given or as `Tag:{Identity}`), anything else 404. Only GET reads: any other
 * method is a 405 and a recorded violation, and so is a configuration off the allow-list.
 */
import { isTeamsConfiguration } from '../../lib/graph/sources/cmdlet-allow-list';
import type { SimRequest, SimResponse } from '../graph-response';
import { missingBearer, notGet } from './request-checks';
import { recordViolation, type ServiceContext } from './service-context';
import type { ServiceRoute } from './service-hosts';
import { notFoundAnswer } from './service-response';

const PATH = /^\/Skype\.Policy\/configurations\/([^/]+)(?:\/configuration\/([^/]+))?\/?$/;

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const teamsJson = (body: unknown): SimResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

export function answerTeams(
  ctx: ServiceContext,
  route: ServiceRoute,
  req: SimRequest,
  headers: Readonly<Record<string, string>>,
): SimResponse {
  const refused = notGet(ctx, 'teams', 'Teams', req, route.rawPath);
  if (refused) return refused;
  const m = PATH.exec(route.rawPath);
  if (!m || m[1] === undefined) return notFoundAnswer(`No Teams resource at ${route.rawPath}.`);
  const name = safeDecode(m[1]);
  ctx.stats.byConfiguration[name] = (ctx.stats.byConfiguration[name] ?? 0) + 1;
  if (!isTeamsConfiguration(name)) {
    recordViolation(ctx, 'teams', req, `${name} is not on the Teams configuration allow-list`);
    return notFoundAnswer(`Configuration '${name}' is not served.`);
  }
  const denied = missingBearer(headers);
  if (denied) return denied;
  const injected = ctx.faults.answer(name);
  if (injected) return injected;
  const all = ctx.tenant.services?.teams[name] ?? [];
  if (m[2] === undefined) return teamsJson(all);
  const identity = safeDecode(m[2]).toLowerCase();
  const one = all.find((o) => {
    const id = typeof o['Identity'] === 'string' ? o['Identity'].toLowerCase() : '';
    return id === identity || id === `tag:${identity}`;
  });
  return one ? teamsJson(one) : notFoundAnswer(`${name} '${safeDecode(m[2])}' was not found.`);
}
