import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { CheckInSettingsView, OfficeHoursView } from '@platzbuch/contracts';
import { CheckInSettings } from './check-in-settings.entity';
import type { CheckInSettingsDto, OfficeHoursDto } from './dto/building-settings.dto';
import { requireBuilding } from './location-lookups';
import { OfficeHours } from './office-hours.entity';
import { invalidField } from './requested-interval';
import { DEFAULT_CHECK_IN, RuleBook } from './rules/rule-book';

/** Office hours and check-in of each building; a building without its own has the defaults. */
@Injectable()
export class BuildingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleBook: RuleBook,
  ) {}

  async officeHours(buildingId: string): Promise<OfficeHoursView> {
    await requireBuilding(this.dataSource, buildingId);
    const rules = await this.ruleBook.current();
    const custom = await this.dataSource.getRepository(OfficeHours).existsBy({ buildingId });
    return { buildingId, ...rules.officeHoursFor(buildingId), custom };
  }

  async setOfficeHours(buildingId: string, hours: OfficeHoursDto): Promise<OfficeHoursView> {
    if (!(hours.opensAt < hours.splitsAt && hours.splitsAt < hours.closesAt)) {
      throw invalidField(
        {
          de: 'Es muss gelten: opensAt < splitsAt < closesAt.',
          en: 'The times must be in order: opensAt < splitsAt < closesAt.',
        },
        'splitsAt',
      );
    }
    await this.replace(OfficeHours, buildingId, {
      buildingId,
      ...hours,
      weekdays: [...hours.weekdays].sort((a, b) => a - b),
    });
    return this.officeHours(buildingId);
  }

  async resetOfficeHours(buildingId: string): Promise<OfficeHoursView> {
    await this.reset(OfficeHours, buildingId);
    return this.officeHours(buildingId);
  }

  async checkIn(buildingId: string): Promise<CheckInSettingsView> {
    await requireBuilding(this.dataSource, buildingId);
    const rules = await this.ruleBook.current();
    const custom = await this.dataSource.getRepository(CheckInSettings).existsBy({ buildingId });
    const { required, opensMinutesBefore, graceMinutes } = rules.checkInFor(buildingId);
    return { buildingId, required, opensMinutesBefore, graceMinutes, custom };
  }

  async setCheckIn(buildingId: string, settings: CheckInSettingsDto): Promise<CheckInSettingsView> {
    await this.replace(CheckInSettings, buildingId, {
      buildingId,
      required: settings.required,
      opensMinutesBefore: settings.opensMinutesBefore ?? DEFAULT_CHECK_IN.opensMinutesBefore,
      graceMinutes: settings.graceMinutes ?? DEFAULT_CHECK_IN.graceMinutes,
    });
    return this.checkIn(buildingId);
  }

  async resetCheckIn(buildingId: string): Promise<CheckInSettingsView> {
    await this.reset(CheckInSettings, buildingId);
    return this.checkIn(buildingId);
  }

  private async replace<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    buildingId: string,
    row: QueryDeepPartialEntity<T>,
  ): Promise<void> {
    await requireBuilding(this.dataSource, buildingId);
    await this.dataSource.getRepository(entity).upsert(row, ['buildingId']);
    await this.ruleBook.changed();
  }

  private async reset<T extends ObjectLiteral>(entity: EntityTarget<T>, buildingId: string): Promise<void> {
    await requireBuilding(this.dataSource, buildingId);
    await this.dataSource.getRepository(entity).delete(buildingId);
    await this.ruleBook.changed();
  }
}
