import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** App roles from Entra's `roles` claim. Every signed-in person of the tenant is also an employee. */
export const ROLES = ['Admin', 'FacilityManager', 'HR'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a person of the directory, with the roles of this request's token. */
export interface Principal {
  personId: string;
  displayName: string;
  roles: readonly Role[];
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

export const IS_PUBLIC = 'platzbuch:public';
export const REQUIRED_ROLES = 'platzbuch:roles';

/** The route needs no sign-in (health, iCal feeds carry their own secret). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route needs one of these roles; without the decorator any signed-in person may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** The signed-in caller, set by the global authentication guard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return request.principal;
});

export function setPrincipal(request: FastifyRequest, principal: Principal): void {
  (request as AuthenticatedRequest).principal = principal;
}
