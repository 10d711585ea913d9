import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Localized, MessageBus } from '@platzbuch/platform';
import { BookingPolicy } from '../booking-policy.entity';
import { CheckInSettings } from '../check-in-settings.entity';
import { ClosureDay } from '../closure-day.entity';
import { OfficeHours } from '../office-hours.entity';
import {
  DEFAULT_HOLIDAY_REGION,
  type EffectivePolicy,
  mergePolicy,
  type PolicyOverride,
} from './booking-policy';
import { type GermanState, publicHolidays } from './german-holidays';
import { DEFAULT_OFFICE_HOURS, type OfficeHoursSettings, wallTime } from './office-hours';

export interface CheckInRules {
  required: boolean;
  opensMinutesBefore: number;
  graceMinutes: number;
}

export const DEFAULT_CHECK_IN: Readonly<CheckInRules> = Object.freeze({
  required: false,
  opensMinutesBefore: 15,
  graceMinutes: 30,
});

/** How long an instance trusts its copy when a change notice from another instance got lost. */
const MAX_AGE_MS = 30_000;
const CHANGED_CHANNEL = 'bookings:rules-changed';

/** One consistent copy of every booking rule the administrators configured. */
export class Rules {
  private readonly policies = new Map<string, PolicyOverride>();
  private readonly hours = new Map<string, OfficeHoursSettings>();
  private readonly checkIns = new Map<string, CheckInRules>();
  private readonly closures = new Map<string, Localized>();
  private readonly holidaysByYear = new Map<number, Map<string, Localized>>();
  readonly holidayRegion: GermanState;

  constructor(
    policies: BookingPolicy[],
    hours: OfficeHours[],
    checkIns: CheckInSettings[],
    closures: ClosureDay[],
  ) {
    let region: GermanState = DEFAULT_HOLIDAY_REGION;
    for (const policy of policies) {
      this.policies.set(policyKey(policy.scope, policy.buildingId ?? policy.zoneId), policy);
      if (policy.scope === 'organisation' && policy.holidayRegion)
        region = policy.holidayRegion as GermanState;
    }
    this.holidayRegion = region;
    for (const row of hours) {
      this.hours.set(row.buildingId, {
        weekdays: row.weekdays,
        opensAt: wallTime(row.opensAt),
        splitsAt: wallTime(row.splitsAt),
        closesAt: wallTime(row.closesAt),
      });
    }
    for (const row of checkIns) this.checkIns.set(row.buildingId, row);
    for (const closure of closures) {
      this.closures.set(`${closure.day}|${closure.buildingId ?? ''}`, { de: closure.name, en: closure.name });
    }
  }

  policyFor(buildingId: string | null, zoneId: string | null): EffectivePolicy {
    return mergePolicy(
      this.policies.get(policyKey('organisation', null)),
      buildingId ? this.policies.get(policyKey('building', buildingId)) : undefined,
      zoneId ? this.policies.get(policyKey('zone', zoneId)) : undefined,
    );
  }

  officeHoursFor(buildingId: string | null): OfficeHoursSettings {
    return (buildingId && this.hours.get(buildingId)) || DEFAULT_OFFICE_HOURS;
  }

  checkInFor(buildingId: string | null): CheckInRules {
    return (buildingId && this.checkIns.get(buildingId)) || DEFAULT_CHECK_IN;
  }

  /** The buildings that release bookings nobody checked into, with their grace periods. */
  checkInRequired(): { buildingId: string; graceMinutes: number }[] {
    return [...this.checkIns.entries()]
      .filter(([, settings]) => settings.required)
      .map(([buildingId, settings]) => ({ buildingId, graceMinutes: settings.graceMinutes }));
  }

  /** The public holiday or closure day on `day` (YYYY-MM-DD) for the building, if any. */
  holidayOn(day: string, buildingId: string | null): Localized | null {
    return (
      this.publicHolidaysOf(Number(day.slice(0, 4))).get(day) ??
      this.closures.get(`${day}|`) ??
      (buildingId ? this.closures.get(`${day}|${buildingId}`) : undefined) ??
      null
    );
  }

  private publicHolidaysOf(year: number): Map<string, Localized> {
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Map(
        publicHolidays(year, this.holidayRegion).map((holiday) => [holiday.date, holiday.name]),
      );
      this.holidaysByYear.set(year, holidays);
    }
    return holidays;
  }
}

function policyKey(scope: string, id: string | null): string {
  return `${scope}:${id ?? ''}`;
}

/**
 * The booking rules, read on every booking: kept in memory, dropped on every change, here and (via
 * the message bus) on the other instances. Should a notice get lost while Redis is down, a copy
 * is trusted for at most 30 seconds.
 */
@Injectable()
export class RuleBook implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RuleBook.name);
  private copy: { rules: Promise<Rules>; loadedAt: number } | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: MessageBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = await this.bus.subscribe(CHANGED_CHANNEL, () => this.forget());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.unsubscribe?.();
  }

  current(): Promise<Rules> {
    if (!this.copy || Date.now() - this.copy.loadedAt > MAX_AGE_MS) {
      const rules = this.load();
      this.copy = { rules, loadedAt: Date.now() };
      // A failed load must not stay cached.
      rules.catch(() => {
        if (this.copy?.rules === rules) this.copy = undefined;
      });
    }
    return this.copy.rules;
  }

  /** Call after every change of a rule. */
  async changed(): Promise<void> {
    this.forget();
    await this.bus.publish(CHANGED_CHANNEL, '1').catch((error: Error) => {
      this.logger.warn(`other instances keep their rules up to 30 s longer: ${error.message}`);
    });
  }

  private forget(): void {
    this.copy = undefined;
  }

  private async load(): Promise<Rules> {
    const manager = this.dataSource.manager;
    const [policies, hours, checkIns, closures] = await Promise.all([
      manager.find(BookingPolicy),
      manager.find(OfficeHours),
      manager.find(CheckInSettings),
      manager.find(ClosureDay),
    ]);
    return new Rules(policies, hours, checkIns, closures);
  }
}
