import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { BookingPolicyView, EffectiveBookingPolicy, GermanStateCode } from '@platzbuch/contracts';
import { isForeignKeyViolation, isUniqueViolation } from '@platzbuch/database';
import { NotFoundError, type Principal, StateConflictError } from '@platzbuch/platform';
import { BookingPolicy, type PolicyScope } from './booking-policy.entity';
import type { BookingPolicyDto, OrganisationPolicyDto } from './dto/booking-policy.dto';
import { DEFAULT_POLICY, type EffectivePolicy } from './rules/booking-policy';
import { buildingOfZone, requireBuilding } from './location-lookups';
import { RuleBook } from './rules/rule-book';

const SETTINGS = Object.keys(DEFAULT_POLICY) as (keyof EffectivePolicy)[];

const NO_SUCH_BUILDING = { de: 'Dieses Gebäude gibt es nicht.', en: 'No such building.' };
const NO_SUCH_ZONE = { de: 'Diesen Bereich gibt es nicht.', en: 'No such zone.' };

/** The booking rules as administrators set them: for the organisation, a building, a zone. */
@Injectable()
export class BookingPoliciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleBook: RuleBook,
  ) {}

  async list(): Promise<BookingPolicyView[]> {
    const rows = await this.dataSource
      .getRepository(BookingPolicy)
      .find({ order: { scope: 'ASC', updatedAt: 'ASC' } });
    return rows.map(toView);
  }

  /** What applies in a zone (or building, or anywhere) after inheritance. */
  async effective(buildingId?: string, zoneId?: string): Promise<EffectiveBookingPolicy> {
    let building = buildingId ?? null;
    if (zoneId) {
      building = await buildingOfZone(this.dataSource, zoneId);
      if (buildingId && building !== buildingId) throw new NotFoundError(NO_SUCH_ZONE);
    } else if (buildingId) {
      await requireBuilding(this.dataSource, buildingId);
    }
    const rules = await this.ruleBook.current();
    return {
      buildingId: building,
      zoneId: zoneId ?? null,
      policy: rules.policyFor(building, zoneId ?? null),
      holidayRegion: rules.holidayRegion,
    };
  }

  setOrganisation(actor: Principal, settings: OrganisationPolicyDto): Promise<BookingPolicyView> {
    return this.save(actor, 'organisation', null, settings, settings.holidayRegion ?? null);
  }

  setBuilding(actor: Principal, buildingId: string, settings: BookingPolicyDto): Promise<BookingPolicyView> {
    return this.save(actor, 'building', buildingId, settings, null);
  }

  setZone(actor: Principal, zoneId: string, settings: BookingPolicyDto): Promise<BookingPolicyView> {
    return this.save(actor, 'zone', zoneId, settings, null);
  }

  /** Drops an override, so that the wider scope applies again. */
  async remove(scope: Exclude<PolicyScope, 'organisation'>, id: string): Promise<void> {
    const { affected } = await this.dataSource
      .getRepository(BookingPolicy)
      .delete(scope === 'building' ? { buildingId: id } : { zoneId: id });
    if (!affected) {
      throw new NotFoundError({ de: 'Hier gilt keine eigene Regel.', en: 'There is no override here.' });
    }
    await this.ruleBook.changed();
  }

  private async save(
    actor: Principal,
    scope: PolicyScope,
    targetId: string | null,
    settings: BookingPolicyDto,
    holidayRegion: string | null,
  ): Promise<BookingPolicyView> {
    const repository = this.dataSource.getRepository(BookingPolicy);
    const target = {
      scope,
      buildingId: scope === 'building' ? targetId : null,
      zoneId: scope === 'zone' ? targetId : null,
    };
    const existing = await repository.findOneBy({
      scope,
      buildingId: target.buildingId ?? IsNull(),
      zoneId: target.zoneId ?? IsNull(),
    });
    // A PUT replaces the override: what it leaves out is inherited again.
    const replaced = Object.fromEntries(SETTINGS.map((key) => [key, settings[key] ?? null]));
    const policy = repository.merge(existing ?? repository.create(target), replaced, {
      holidayRegion,
      updatedById: actor.personId,
    });
    let saved: BookingPolicy;
    try {
      saved = await repository.save(policy);
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new NotFoundError(scope === 'zone' ? NO_SUCH_ZONE : NO_SUCH_BUILDING);
      }
      if (isUniqueViolation(error)) {
        throw new StateConflictError({
          de: 'Die Regel wurde gleichzeitig geändert; bitte erneut versuchen.',
          en: 'The policy was changed at the same time; please try again.',
        });
      }
      throw error;
    }
    await this.ruleBook.changed();
    return toView(saved);
  }
}

function toView(policy: BookingPolicy): BookingPolicyView {
  return {
    scope: policy.scope,
    buildingId: policy.buildingId,
    zoneId: policy.zoneId,
    settings: {
      horizonDays: policy.horizonDays,
      maxDurationMinutes: policy.maxDurationMinutes,
      maxActiveBookings: policy.maxActiveBookings,
      closedOnHolidays: policy.closedOnHolidays,
      departmentPriorityDays: policy.departmentPriorityDays,
    },
    holidayRegion: policy.holidayRegion as GermanStateCode | null,
    updatedAt: policy.updatedAt.toISOString(),
  };
}
