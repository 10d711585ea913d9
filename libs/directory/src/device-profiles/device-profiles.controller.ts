import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DeviceProfileImportReport } from '@platzbuch/contracts';
import { DomainError, Roles } from '@platzbuch/platform';
import { DeviceProfilesService } from './device-profiles.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory/device-profiles')
export class DeviceProfilesController {
  constructor(private readonly profiles: DeviceProfilesService) {}

  @Post()
  @HttpCode(200)
  @Roles('Admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    description:
      'CSV with the header `email;deviceProfile` (or commas), one person per line by e-mail address or user ' +
      'principal name, profile `notebook`, `desktop` or `unknown`. Checked whole first: any problem is a 400 ' +
      'with `errors: [{line, column, message}]` and changes nothing.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ description: 'How many profiles changed and how many were already so' })
  importCsv(@Body() body: unknown): Promise<DeviceProfileImportReport> {
    if (!Buffer.isBuffer(body)) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
        de: 'Erwartet wird eine CSV-Datei (text/csv) als Anfrageinhalt.',
        en: 'Expected a CSV file (text/csv) as the request body.',
      });
    }
    return this.profiles.importCsv(body);
  }
}
