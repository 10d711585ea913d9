import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, IsNull } from 'typeorm';
import type { ClosureDayView, HolidayView } from '@platzbuch/contracts';
import { isUniqueViolation } from '@platzbuch/database';
import { NotFoundError, StateConflictError } from '@platzbuch/platform';
import { ClosureDay } from './closure-day.entity';
import type { CreateClosureDayDto } from './dto/holidays.dto';
import { requireBuilding } from './location-lookups';
import { publicHolidays } from './rules/german-holidays';
import { RuleBook } from './rules/rule-book';

/** Days closed for desk booking: the public holidays of the organisation's state and its own closure days. */
@Injectable()
export class HolidaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleBook: RuleBook,
  ) {}

  /** A year's holidays and closure days, by date; with a building, only the closure days that apply there. */
  async list(year: number, buildingId?: string): Promise<HolidayView[]> {
    if (buildingId) await requireBuilding(this.dataSource, buildingId);
    const rules = await this.ruleBook.current();
    const day = Between(`${year}-01-01`, `${year}-12-31`);
    const closures = await this.dataSource.getRepository(ClosureDay).find({
      where: buildingId
        ? [
            { day, buildingId: IsNull() },
            { day, buildingId },
          ]
        : { day },
    });
    const holidays: HolidayView[] = [
      ...publicHolidays(year, rules.holidayRegion).map((holiday) => ({
        date: holiday.date,
        name: holiday.name,
        kind: 'public' as const,
        closureDayId: null,
        buildingId: null,
      })),
      ...closures.map((closure) => ({
        date: closure.day,
        name: { de: closure.name, en: closure.name },
        kind: 'closure' as const,
        closureDayId: closure.id,
        buildingId: closure.buildingId,
      })),
    ];
    return holidays.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  }

  async addClosure(request: CreateClosureDayDto): Promise<ClosureDayView> {
    if (request.buildingId) await requireBuilding(this.dataSource, request.buildingId);
    const repository = this.dataSource.getRepository(ClosureDay);
    let closure: ClosureDay;
    try {
      closure = await repository.save(
        repository.create({ day: request.date, name: request.name, buildingId: request.buildingId ?? null }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new StateConflictError({
        de: 'Für diesen Tag ist bereits ein Schließtag eingetragen.',
        en: 'This day is already a closure day.',
      });
    }
    await this.ruleBook.changed();
    return { id: closure.id, date: closure.day, buildingId: closure.buildingId, name: closure.name };
  }

  async removeClosure(closureDayId: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(ClosureDay).delete(closureDayId);
    if (!affected)
      throw new NotFoundError({ de: 'Diesen Schließtag gibt es nicht.', en: 'No such closure day.' });
    await this.ruleBook.changed();
  }
}
