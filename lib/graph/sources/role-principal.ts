import { nullable, optional, str, type Shape } from './shape';

/** The assigned principal as `$expand=principal` returns it: a user, group or service principal. */
export interface AssignedPrincipal {
  '@odata.type': string;
  id: string;
  displayName: string | null;
  userPrincipalName?: string | null;
}

export const assignedPrincipal: Shape<AssignedPrincipal> = {
  '@odata.type': str,
  id: str,
  displayName: nullable(str),
  userPrincipalName: optional(str),
};
