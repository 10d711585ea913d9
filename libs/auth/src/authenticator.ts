import type { ExecutionContext } from '@nestjs/common';
import type { Principal } from '@platzbuch/platform';

/** Finds out who is calling, or throws a 401/403 domain error. One implementation per `AUTH_MODE`. */
export abstract class Authenticator {
  abstract authenticate(context: ExecutionContext): Promise<Principal>;
}
