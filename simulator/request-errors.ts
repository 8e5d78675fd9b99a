import { GraphRequestError } from './graph-response';

/** The errors Graph answers with when it refuses a request's method, path, query or caller. */

const OPTION_NAMES: Readonly<Record<string, string>> = {
  $select: 'Select',
  $filter: 'Filter',
  $top: 'Top',
  $count: 'Count',
  $orderby: 'OrderBy',
  $expand: 'Expand',
  $skiptoken: 'SkipToken',
  $skip: 'Skip',
  $search: 'Search',
  $format: 'Format',
};

/** The ASP.NET OData wording Graph answers with for an option a resource doesn't take. */
export function optionNotAllowed(option: string): GraphRequestError {
  const name = OPTION_NAMES[option] ?? option.replace(/^\$/, '');
  return new GraphRequestError(
    400,
    'BadRequest',
    `The query specified in the URI is not valid. Query option '${name}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
  );
}

export function unsupportedQuery(message: string): GraphRequestError {
  return new GraphRequestError(400, 'Request_UnsupportedQuery', message);
}

export const insufficientPrivileges = (): GraphRequestError =>
  new GraphRequestError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export function segmentNotFound(segment: string): GraphRequestError {
  return new GraphRequestError(404, 'Request_ResourceNotFound', `Resource not found for the segment '${segment}'.`);
}

export const methodNotAllowed = (): GraphRequestError =>
  new GraphRequestError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
