/**
 * Each simulated tenant's admin-service data, merged from the areas' parts (simulator/services/data).
 * Fresh copies on every call, like the tenants themselves.
 */
import { contosoDefender, freshDefaultsDefender, hardenedDefender } from './data/defender';
import { contosoExchange, freshDefaultsExchange, hardenedExchange } from './data/exchange';
import { contosoPurview, freshDefaultsPurview, hardenedPurview } from './data/purview';
import { contosoSharePoint, freshDefaultsSharePoint, hardenedSharePoint } from './data/sharepoint';
import { contosoTeams, freshDefaultsTeams, hardenedTeams } from './data/teams';
import { mergeServiceData, type ServiceData } from './service-data';

export const hardenedServices = (): ServiceData =>
  mergeServiceData(hardenedExchange, hardenedDefender, hardenedTeams, hardenedPurview, hardenedSharePoint);

export const contosoServices = (): ServiceData =>
  mergeServiceData(contosoExchange, contosoDefender, contosoTeams, contosoPurview, contosoSharePoint);

export const freshDefaultsServices = (): ServiceData =>
  mergeServiceData(
    freshDefaultsExchange,
    freshDefaultsDefender,
    freshDefaultsTeams,
    freshDefaultsPurview,
    freshDefaultsSharePoint,
  );
