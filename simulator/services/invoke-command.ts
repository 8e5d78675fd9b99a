/**
 * `POST {root}/adminapi/beta/{tenantId}/InvokeCommand` for Exchange Online and Security & Compliance,
 * as PREAMBLE-17's wire format has it: the body checked with refusedCmdlet (the transports' own check;
 * anything refused is a 400 *and* a recorded violation), a bearer token, the tenant's id in the path,
 * the cmdlet's output from the tenant's service data (absent: "is not recognized"), and paging by
 * `@odata.nextLink` + `$skiptoken` when `Prefer: odata.maxpagesize=N` is smaller than the output. The
 * next page is the same body re-POSTed to the nextLink; a token pasted on another body is refused.
 */
import { refusedCmdlet, type AllowedCmdlet, type CmdletInput } from '../../lib/graph/sources/cmdlet-allow-list';
import type { SimRequest, SimResponse } from '../graph-response';
import { decodeSkipToken, encodeSkipToken, queryFingerprint } from '../skip-token';
import { pageSize, selectOutput } from './cmdlet-output';
import { missingBearer, wrongTenant } from './request-checks';
import { recordViolation, type ServiceContext } from './service-context';
import type { ServiceRoute } from './service-hosts';
import { notRecognizedAnswer, serviceError, serviceJson } from './service-response';

function parsedBody(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

function namedCmdlet(body: unknown): string | undefined {
  const input = (body as { CmdletInput?: { CmdletName?: unknown } } | null | undefined)?.CmdletInput;
  return typeof input?.CmdletName === 'string' ? input.CmdletName : undefined;
}

/** The offset a `$skiptoken` stands for (0 without one), or null when it isn't this body's. */
function offsetOf(rawQuery: string, fingerprint: string): number | null {
  const token = new URLSearchParams(rawQuery).get('$skiptoken');
  if (token === null) return 0;
  try {
    return decodeSkipToken(token, fingerprint);
  } catch {
    return null;
  }
}

/** Answers an InvokeCommand POST; `tenantSegment` is the path's `{tenantId}`. */
export function answerInvokeCommand(
  ctx: ServiceContext,
  route: ServiceRoute,
  req: SimRequest,
  headers: Readonly<Record<string, string>>,
  tenantSegment: string,
): SimResponse {
  const service = route.service === 'compliance' ? 'compliance' : 'exchange';
  const body = parsedBody(req.body);
  const refused = refusedCmdlet(service, body);
  if (refused !== null) {
    recordViolation(ctx, service, req, refused, namedCmdlet(body));
    return serviceError(400, 'RefusedByReadOnlyAllowList', `Refused: ${refused}.`);
  }
  // refusedCmdlet said yes: the body is a CmdletInput naming an allowed cmdlet with allowed parameters.
  const input = (body as CmdletInput).CmdletInput;
  const cmdlet = input.CmdletName as AllowedCmdlet;
  ctx.stats.byCmdlet[cmdlet] = (ctx.stats.byCmdlet[cmdlet] ?? 0) + 1;
  const denied = missingBearer(headers) ?? wrongTenant(ctx.tenant, tenantSegment);
  if (denied) return denied;
  const injected = ctx.faults.answer(cmdlet);
  if (injected) return injected;
  const all = ctx.tenant.services?.cmdlets[cmdlet];
  if (all === undefined) return notRecognizedAnswer(cmdlet);
  const selected = selectOutput(all, input.Parameters ?? {});
  if (!selected.ok) {
    return serviceError(
      404,
      'ManagementObjectNotFoundException',
      `The operation couldn't be performed because object '${selected.identity}' couldn't be found.`,
    );
  }
  const fingerprint = queryFingerprint(`${cmdlet}|${JSON.stringify(input.Parameters ?? {})}`);
  const offset = offsetOf(route.rawQuery, fingerprint);
  if (offset === null) {
    return serviceError(400, 'InvalidSkipToken', 'The $skiptoken does not belong to this request body.');
  }
  const size = pageSize(headers['prefer']);
  const base = `${route.root}/adminapi/beta/${tenantSegment}`;
  const end = offset + size;
  return serviceJson(
    200,
    {
      '@odata.context': `${base}/$metadata#Collection(Exchange.GenericHashTable)`,
      value: selected.value.slice(offset, end),
      ...(end < selected.value.length
        ? { '@odata.nextLink': `${base}/InvokeCommand?$skiptoken=${encodeSkipToken(end, fingerprint)}` }
        : {}),
    },
    headers['prefer'] === undefined ? {} : { 'preference-applied': `odata.maxpagesize=${size}` },
  );
}
