import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, createLogger, logRequests, PinoNestLogger, requestIdOf } from '@platzbuch/platform';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { registerHttpPlugins } from './http-plugins';

export const API_PREFIX = 'api/v1';

export interface CreateAppOptions {
  /** Where the log lines go instead of standard output (tests read the access log there). */
  logDestination?: DestinationStream;
}

/** Builds the application for `main.ts` and for tests alike; the caller decides when to listen. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: (raw: IncomingMessage) => requestIdOf(raw),
    // Behind the reverse proxy the client's address and scheme come from X-Forwarded-*.
    trustProxy: config.production,
    bodyLimit: 1024 * 1024,
    // On shutdown, idle keep-alive connections close at once; busy ones after their request.
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  const logger = createLogger(config.logLevel, options.logDestination);
  logRequests(adapter.getInstance(), logger);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    // Fastify's own JSON parser is enough; Nest's would also accept form posts, which a JSON API
    // has no use for.
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'ical/{*feed}', method: RequestMethod.GET },
    ],
  });
  app.enableShutdownHooks();
  await registerHttpPlugins(app, config);
  await app.init();
  return app;
}
