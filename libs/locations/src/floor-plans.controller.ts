import { Controller, Delete, Get, Headers, HttpCode, Put, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { FloorView } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { FloorPlansService, type PlanDelivery } from './floor-plans.service';
import { ManageLocations } from './manage-locations.decorator';
import { MAX_PLAN_BYTES } from './plan-image';
import { IncomingFile, type Upload } from './incoming-file.decorator';

// An SVG opened directly runs nothing and loads nothing, whatever the sanitiser might have missed.
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

@ApiTags('locations')
@ApiBearerAuth()
@Controller('floors/:id/plan')
export class FloorPlansController {
  constructor(private readonly plans: FloorPlansService) {}

  @Put()
  @ManageLocations()
  @ApiConsumes('image/svg+xml', 'image/png', 'image/jpeg', 'multipart/form-data')
  @ApiBody({
    description: 'The image as the body, or as form field `file`; at most 10 MB. SVG is sanitised.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ description: 'The floor with its new plan' })
  replace(
    @IdParam() floorId: string,
    @IncomingFile({ field: 'file', maxBytes: MAX_PLAN_BYTES }) upload: Upload,
  ): Promise<FloorView> {
    return this.plans.replace(floorId, upload);
  }

  @Get()
  @ApiProduces('image/svg+xml', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The plan; 304 when `If-None-Match` names its ETag' })
  async read(
    @IdParam() floorId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    send(reply, await this.plans.read(floorId, ifNoneMatch));
  }

  @Delete()
  @HttpCode(204)
  @ManageLocations()
  @ApiNoContentResponse({ description: 'The floor has no plan any more' })
  remove(@IdParam() floorId: string): Promise<void> {
    return this.plans.remove(floorId);
  }
}

function send(reply: FastifyReply, plan: PlanDelivery): void {
  void reply.header('ETag', `"${plan.sha256}"`).header('Cache-Control', 'private, max-age=300');
  if (plan.mediaType === 'image/svg+xml') {
    void reply.header('Content-Security-Policy', SVG_POLICY).header('X-Content-Type-Options', 'nosniff');
  }
  if (plan.content) void reply.type(plan.mediaType).send(plan.content);
  else void reply.status(304).send();
}
