import { DomainError } from '@platzbuch/platform';
import type { RuleBreach } from './rules/booking-rules';

/**
 * 422 `POLICY_VIOLATION`: a booking rule refuses the request. `rule` names the first breach;
 * `violations` lists all, so that a client can explain everything at once.
 */
export class PolicyViolationError extends DomainError {
  constructor(breaches: readonly RuleBreach[]) {
    const [first] = breaches;
    super('POLICY_VIOLATION', first.detail, {
      rule: first.rule,
      violations: breaches.map(({ rule, detail }) => ({ rule, detail })),
    });
  }
}
