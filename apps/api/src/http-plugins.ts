import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { RAW_UPLOADS } from '@platzbuch/locations';
import { type AppConfig, NotFoundError } from '@platzbuch/platform';

/** Largest upload (a floor plan); JSON bodies stay at Fastify's 1 MiB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const WEB_CLIENT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  // The web client signs in against Entra with MSAL (PKCE) when AUTH_MODE=entra.
  connectSrc: ["'self'", 'https://login.microsoftonline.com'],
  frameSrc: ["'self'", 'https://login.microsoftonline.com'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

// Swagger UI ships inline styles; its pages get their own, looser policy.
const DOCS_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * helmet's security headers, computed once: they do not depend on the request, and running its
 * middleware for every request cost a few percent of the server's time under load.
 */
function securityHeaders(config: AppConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      // An organisation's logo elsewhere (ORG_LOGO_URL) is the one outside image the client shows.
      directives: { ...WEB_CLIENT_CSP, imgSrc: [...WEB_CLIENT_CSP.imgSrc, ...logoOrigin(config)] },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
    crossOriginEmbedderPolicy: false,
  })({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

function logoOrigin(config: AppConfig): string[] {
  const { logoUrl } = config.organisation;
  return logoUrl?.startsWith('https://') ? [new URL(logoUrl).origin] : [];
}

export async function registerHttpPlugins(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const headers = securityHeaders(config);
  fastify.addHook('onRequest', async (_request: FastifyRequest, reply: FastifyReply) => {
    void reply.headers(headers);
  });
  // Requests still running when shutdown begins finish, but their connections must not stay open
  // for keep-alive: the server only closes once every connection has.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    // The id under which this request is logged, for support requests and for tracing via a proxy.
    void reply.header('X-Request-Id', request.id);
    if (request.url.startsWith('/api/docs')) void reply.header('Content-Security-Policy', DOCS_CSP);
    if (closing) void reply.header('Connection', 'close');
  });

  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  // Floor plans and desk spreadsheets may also come as the raw body; their domain names types and limits.
  for (const { mediaTypes, maxBytes } of RAW_UPLOADS) {
    fastify.addContentTypeParser(
      [...mediaTypes],
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_request, body, done) => done(null, body),
    );
  }

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Platzbuch API')
      .setDescription(
        'Desk sharing for public administrations. Errors are RFC 9457 problem+json with a stable `code`.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });

  await serveWebClient(app);
}

/**
 * The built web client at `/`: hashed assets cached for a year, any other path that is not the
 * API answered with `index.html` so that the client's own routes survive a reload.
 */
async function serveWebClient(app: NestFastifyApplication): Promise<void> {
  const root = findWebClient();
  const fastify = app.getHttpAdapter().getInstance();
  if (root) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        void reply.header(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (/^\/(api|ical|health)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) throw new NotFoundError();
    if (!root) {
      return reply
        .type('text/plain; charset=utf-8')
        .send('The web client is not built. Run `npm run build:web`; the API is at /api/v1.');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html', root);
  });
}

/** `dist/web` beside the project's package.json, wherever this file was compiled to. */
function findWebClient(): string | undefined {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
  const root = join(directory, 'dist', 'web');
  return existsSync(join(root, 'index.html')) ? root : undefined;
}
