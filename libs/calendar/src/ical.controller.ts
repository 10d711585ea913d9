import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@platzbuch/platform';
import { FeedDeliveryService } from './feed-delivery.service';

/**
 * `GET /ical/{token}.ics`, outside `/api/v1` and without sign-in: calendar clients carry only the
 * secret URL. The access log masks the token (`maskSecretsInUrl`).
 */
@ApiExcludeController()
@Controller('ical')
export class IcalController {
  constructor(private readonly delivery: FeedDeliveryService) {}

  @Public()
  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Without `.ics` the name can match no token, but it is still looked up, as every miss is.
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : `${file}/`;
    const answer = await this.delivery.deliver(token, ifNoneMatch);
    void reply
      .header('ETag', answer.etag)
      .header('Last-Modified', answer.lastModified.toUTCString())
      // Clients may keep it, but must ask again each time; the ETag makes asking cheap.
      .header('Cache-Control', 'private, no-cache')
      .header('X-Robots-Tag', 'noindex');
    if (answer.notModified) return void reply.status(304).send();
    return void reply.type('text/calendar; charset=utf-8').send(answer.body);
  }
}
