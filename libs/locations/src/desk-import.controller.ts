import { Controller, Get, Header, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { DeskImportReport } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { MAX_IMPORT_BYTES } from './desk-csv';
import { DeskImportService } from './desk-import.service';
import { DesksService } from './desks.service';
import { ImportDesksQuery } from './dto/import-desks.query';
import { ManageLocations } from './manage-locations.decorator';
import { IncomingFile, type Upload } from './incoming-file.decorator';

@ApiTags('locations')
@ApiBearerAuth()
@Controller('buildings/:id/desks')
export class DeskImportController {
  constructor(
    private readonly imports: DeskImportService,
    private readonly desks: DesksService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @ManageLocations()
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description:
      'CSV (as the export writes it; `;` or `,`, UTF-8 or Windows-1252, decimal comma or point) as the body, ' +
      'or as form field `file`; at most 5 MB. Columns: Etage, Platz (required), X, Y, Bereich, Docking, Monitore, ' +
      'Höhenverstellbar, Barrierefrei, Status, Zugewiesen (e-mail). An empty cell keeps the value, except for ' +
      'Bereich and Zugewiesen, where it means none. Every problem is reported as 400 `errors: [{line, column, message}]`.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ description: 'What was (or with dryRun, would be) created, updated and left unchanged' })
  importCsv(
    @IdParam() buildingId: string,
    @Query() query: ImportDesksQuery,
    @IncomingFile({ field: 'file', maxBytes: MAX_IMPORT_BYTES }) upload: Upload,
  ): Promise<DeskImportReport> {
    return this.imports.importCsv(buildingId, upload.content, { dryRun: query.dryRun });
  }

  @Get('export')
  @ManageLocations()
  // It names who holds which fixed desk: no copy is kept along the way.
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "The building's desks in the format the import reads" })
  async exportCsv(@IdParam() buildingId: string): Promise<StreamableFile> {
    const { filename, content } = await this.desks.exportCsv(buildingId);
    return new StreamableFile(content, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
