import type { TenantModel } from '../tenant-model';
import { contoso } from './contoso';
import { freshDefaults } from './fresh-defaults';
import { hardenedE5 } from './hardened-e5';

export type TenantName = 'contoso' | 'freshDefaults' | 'hardenedE5';

/** The built-in tenants by name; each call builds a new model. (The large benchmark tenant is separate.) */
export const tenants: Readonly<Record<TenantName, () => TenantModel>> = { contoso, freshDefaults, hardenedE5 };

export const isTenantName = (name: string): name is TenantName => Object.hasOwn(tenants, name);
