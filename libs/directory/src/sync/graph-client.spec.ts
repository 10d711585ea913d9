import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchGraphClient, GraphError, retryAfter } from './graph-client';
import { StaticGraphCredentials } from './graph-credentials';

describe('retryAfter', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');
  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfter('7', now)).toBe(7_000);
    expect(retryAfter('Sat, 21 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfter('Sat, 21 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfter('soon', now)).toBeUndefined();
    expect(retryAfter(null, now)).toBeUndefined();
  });
});

describe('FetchGraphClient', () => {
  // Plain http on 127.0.0.1 for the client's own logic; the e2e tests speak https as Graph does.
  let server: Server;
  let answers: { status: number; headers?: Record<string, string>; body?: object }[];
  let seen: { url: string; authorization?: string }[];
  let base: string;
  const waits: number[] = [];
  const client = () =>
    new FetchGraphClient(
      base,
      new StaticGraphCredentials('token'),
      { attempts: 4, baseDelayMs: 100, maxDelayMs: 5_000, timeoutMs: 2_000 },
      async (ms) => {
        waits.push(ms);
      },
    );

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
      const answer = answers.shift() ?? { status: 200, body: { value: [] } };
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  });
  beforeEach(() => {
    answers = [];
    seen = [];
    waits.length = 0;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends the bearer token and waits as Retry-After says on 429 and 503', async () => {
    answers = [
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 200, body: { value: [1] } },
    ];
    await expect(client().get('users/delta')).resolves.toEqual({ value: [1] });
    expect(waits).toEqual([2_000, 1_000]);
    expect(seen.map((request) => request.authorization)).toEqual([
      'Bearer token',
      'Bearer token',
      'Bearer token',
    ]);
  });

  it('backs off exponentially with jitter without Retry-After, and gives up after the last attempt', async () => {
    answers = Array.from({ length: 4 }, () => ({ status: 503 }));
    const failure = await client()
      .get('users/delta')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphError);
    expect((failure as GraphError).status).toBe(503);
    expect(waits).toHaveLength(3);
    waits.forEach((wait, index) => expect(wait).toBeLessThanOrEqual(100 * 2 ** index));
  });

  it('reports an expired delta link, and never sends the token to another host', async () => {
    answers = [{ status: 410, body: { error: { code: 'syncStateNotFound', message: 'expired' } } }];
    const failure = (await client()
      .get('users/delta?$deltatoken=x')
      .catch((error: unknown) => error)) as GraphError;
    expect(failure.deltaExpired).toBe(true);
    await expect(client().get('https://elsewhere.example/v1.0/users')).rejects.toThrow(/away from/);
    expect(seen).toHaveLength(1);
  });
});
