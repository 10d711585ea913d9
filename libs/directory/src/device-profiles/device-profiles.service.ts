import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DeviceProfileImportReport } from '@platzbuch/contracts';
import { DomainError, type Language } from '@platzbuch/platform';
import { PeopleService } from '../people.service';
import { type DeviceProfileProblem, parseDeviceProfileCsv } from './device-profile-csv';

/** A refused file: 400 with every problem by line, in the language of the request; nothing changed. */
export class DeviceProfilesRejectedError extends DomainError {
  constructor(private readonly problems: DeviceProfileProblem[]) {
    super('VALIDATION_FAILED', {
      de: `Die Datei enthält ${problems.length} Fehler; es wurde nichts geändert.`,
      en: `The file has ${problems.length} error(s); nothing was changed.`,
    });
  }

  override extensionsIn(language: Language): Record<string, unknown> {
    return {
      errors: this.problems.map(({ line, column, message }) => ({
        line,
        column,
        message: message[language],
      })),
    };
  }
}

/** Device profiles from a spreadsheet, where neither an Entra group nor an attribute says them. */
@Injectable()
export class DeviceProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
  ) {}

  /** Checks every line first (format, known person, no repeats), then sets all profiles or none. */
  async importCsv(file: Buffer): Promise<DeviceProfileImportReport> {
    const { rows, problems } = parseDeviceProfileCsv(file);
    if (problems.length > 0) throw new DeviceProfilesRejectedError(problems);
    const known = await this.people.findByEmails(rows.map((row) => row.email));
    const unknown = rows.filter((row) => !known.has(row.email));
    if (unknown.length > 0) {
      throw new DeviceProfilesRejectedError(
        unknown.map(({ line, email }) => ({
          line,
          column: 'email',
          message: { de: `Niemand hat die Adresse ${email}.`, en: `Nobody has the address ${email}.` },
        })),
      );
    }
    const changed = await this.dataSource.query<{ id: string }[]>(
      `WITH changed AS (
         UPDATE people SET device_profile = v.profile, updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS v(id, profile)
          WHERE people.id = v.id AND people.device_profile <> v.profile
         RETURNING people.id)
       SELECT id FROM changed`,
      [rows.map((row) => known.get(row.email)!.id), rows.map((row) => row.profile)],
    );
    return { updated: changed.length, unchanged: rows.length - changed.length };
  }
}
