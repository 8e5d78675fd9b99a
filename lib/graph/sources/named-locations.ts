import type { CountryNamedLocation, IpNamedLocation, IpRange, NamedLocation } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { arrayOf, bool, collection, object, optional, str, strings, type Need, type Shape } from './shape';

export type LocationRange = IpRange & { '@odata.type': string };
/**
 * Any named location: IP locations carry `isTrusted` (documented "Optional. Default value is false") and
 * `ipRanges`; country locations carry `countriesAndRegions`.
 */
export type NamedLocationRow = Need<NamedLocation, 'id' | 'displayName'> & { '@odata.type': string } & Pick<
    IpNamedLocation,
    'isTrusted'
  > & { ipRanges?: LocationRange[] } & Pick<CountryNamedLocation, 'countriesAndRegions'>;

const location: Shape<NamedLocationRow> = {
  id: str,
  displayName: str,
  '@odata.type': str,
  isTrusted: optional(bool),
  ipRanges: optional(arrayOf(object<LocationRange>({ '@odata.type': str }))),
  countriesAndRegions: optional(strings),
};

export const IP_LOCATION = '#microsoft.graph.ipNamedLocation';

/** https://learn.microsoft.com/graph/api/conditionalaccessroot-list-namedlocations */
export const namedLocations = defineSource<NamedLocationRow[]>({
  id: 'namedLocations',
  version: 'v1.0',
  path: '/identity/conditionalAccess/namedLocations',
  permission: 'Policy.Read.All',
  collection: true,
  parse: collection(location),
});
