import type { GermanState } from './german-holidays';

/** The booking rules that apply to one desk or room, after inheritance. */
export interface EffectivePolicy {
  horizonDays: number;
  maxDurationMinutes: number;
  maxActiveBookings: number;
  closedOnHolidays: boolean;
  departmentPriorityDays: number;
}

/** An override: each setting it leaves null (or out) is inherited. */
export type PolicyOverride = { [K in keyof EffectivePolicy]?: EffectivePolicy[K] | null };

export const DEFAULT_POLICY: Readonly<EffectivePolicy> = Object.freeze({
  horizonDays: 14,
  maxDurationMinutes: 12 * 60,
  maxActiveBookings: 20,
  closedOnHolidays: true,
  departmentPriorityDays: 0,
});

export const DEFAULT_HOLIDAY_REGION: GermanState = 'NW';

/** Applies overrides from the widest scope to the narrowest: organisation, building, zone. */
export function mergePolicy(...overrides: (PolicyOverride | undefined)[]): EffectivePolicy {
  const policy: EffectivePolicy = { ...DEFAULT_POLICY };
  for (const override of overrides) {
    if (!override) continue;
    const given = Object.entries(override).filter(
      ([key, value]) => key in DEFAULT_POLICY && value !== null && value !== undefined,
    );
    Object.assign(policy, Object.fromEntries(given));
  }
  return policy;
}
