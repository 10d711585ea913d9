import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TEST_TENANT } from './factories';

export interface FakeUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  department: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  accountEnabled: boolean;
  managerId: string | null;
  [extension: string]: unknown;
}

type Change = { version: number; id: string; removed?: 'changed' | 'deleted' };

/** A page whose answer waits for the test: `arrived` once it was asked for, sent on `release()`. */
export interface HeldPage {
  arrived: Promise<void>;
  release: () => void;
}

/** The bearer token Graph accepts; tests hand it over directly or have the identity provider issue it. */
export const GRAPH_TOKEN = 'graph-test-token';

/**
 * Microsoft Graph's `/users/delta` as the directory sync meets it, over https (the test run's
 * certificate, trusted through NODE_EXTRA_CA_CERTS): pages of `pageSize` users chained by
 * `@odata.nextLink`, a `@odata.deltaLink` at the end, changes since a delta link with
 * `@removed` (reasons `changed` and `deleted`) and `manager@delta`, 410 `syncStateNotFound` for
 * an expired link, and throttling (429 with `Retry-After`) or outages (503) on demand.
 */
export class FakeGraph {
  pageSize = 100;
  /** Paths of every request served, with the status given. */
  readonly requests: { path: string; status: number }[] = [];
  private readonly users = new Map<string, FakeUser>();
  private readonly removed = new Map<string, 'changed' | 'deleted'>();
  private readonly changes: Change[] = [];
  private version = 0;
  /** Rounds in progress: their entries, fixed when the round's first page was asked for. */
  private readonly rounds = new Map<string, { entries: object[]; select: string | null; groupId?: string }>();
  private readonly members = new Map<string, Set<string>>();
  private readonly memberChanges: { version: number; groupId: string; userId: string }[] = [];
  /** The `$select` and `$filter` of the round that issued each delta token: Graph keeps them in the token. */
  private readonly queries = new Map<string, { select: string | null; groupId?: string }>();
  /** Delta tokens carry the generation that issued them; `expireLinks()` starts a new one. */
  private generation = 1;
  private faults: { status: number; retryAfter?: string }[] = [];
  private held:
    { page: number; arrive: () => void; released: Promise<void>; release: () => void } | undefined;
  private servedPages = 0;
  private counter = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeGraph> {
    const tls = process.env.PLATZBUCH_TEST_TLS_DIR;
    if (!tls) throw new Error('PLATZBUCH_TEST_TLS_DIR is not set: run the tests through `npm test`');
    const server = createServer({
      cert: readFileSync(join(tls, 'cert.pem')),
      key: readFileSync(join(tls, 'key.pem')),
    });
    const graph = new FakeGraph(server);
    server.on('request', (request, response) => void graph.answer(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return graph;
  }

  get baseUrl(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1.0`;
  }

  /**
   * The environment an operator would set to sync from this Graph: with a ready token, or
   * (`staticToken: false`) leaving the token to client credentials.
   */
  env({ staticToken = true } = {}): Record<string, string> {
    return {
      ENTRA_TENANT_ID: TEST_TENANT,
      GRAPH_BASE_URL: this.baseUrl,
      ...(staticToken ? { GRAPH_STATIC_TOKEN: GRAPH_TOKEN } : {}),
      DIRECTORY_SYNC_INTERVAL_MINUTES: '0',
    };
  }

  /** A new user (or `count` of them), as Entra would create them. */
  addUser(properties: Partial<FakeUser> = {}): FakeUser {
    const n = ++this.counter;
    const user: FakeUser = {
      id: randomUUID(),
      displayName: `Mitarbeiter ${n}`,
      userPrincipalName: `mitarbeiter${n}@stadt.example`,
      mail: `mitarbeiter${n}@stadt.example`,
      department: `Fachbereich ${(n % 20) + 1}`,
      jobTitle: 'Sachbearbeitung',
      officeLocation: 'Rathaus',
      accountEnabled: true,
      managerId: null,
      ...properties,
    };
    this.users.set(user.id, user);
    this.removed.delete(user.id);
    this.touch(user.id);
    return user;
  }

  addUsers(count: number, properties: (index: number) => Partial<FakeUser> = () => ({})): FakeUser[] {
    return Array.from({ length: count }, (_, index) => this.addUser(properties(index)));
  }

  update(id: string, changes: Partial<FakeUser>): void {
    const user = this.users.get(id);
    if (!user) throw new Error(`no user ${id}`);
    Object.assign(user, changes);
    this.touch(id);
  }

  /** Deletes the user: `changed` into the recycle bin, `deleted` for good. */
  remove(id: string, reason: 'changed' | 'deleted'): void {
    this.users.delete(id);
    this.removed.set(id, reason);
    this.changes.push({ version: ++this.version, id, removed: reason });
  }

  /** Adds (or with `member` false, removes) a user to a group. */
  setMember(groupId: string, userId: string, member = true): void {
    const members = this.members.get(groupId) ?? new Set<string>();
    if (member) members.add(userId);
    else members.delete(userId);
    this.members.set(groupId, members);
    this.memberChanges.push({ version: ++this.version, groupId, userId });
  }

  /** Every delta link and skip token issued so far answers 410 from now on. */
  expireLinks(): void {
    this.generation++;
    this.rounds.clear();
  }

  /** The next `count` requests answer `status` (429 or 503), with `Retry-After` when given. */
  fail(count: number, status: number, retryAfter?: string): void {
    this.faults.push(...Array.from({ length: count }, () => ({ status, retryAfter })));
  }

  /** Holds back the answer to the `page`-th page request from now; resolves `arrived` when it comes. */
  holdPage(page: number): HeldPage {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { page: this.servedPages + page, arrive, released, release };
    return { arrived, release };
  }

  async close(): Promise<void> {
    this.held?.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private touch(id: string): void {
    this.changes.push({ version: ++this.version, id });
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'https://graph.invalid');
    const reply = (status: number, body: object, headers: Record<string, string> = {}) => {
      this.requests.push({ path: `${url.pathname}${url.search}`, status });
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${GRAPH_TOKEN}`) {
      return reply(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    }
    const fault = this.faults.shift();
    if (fault) {
      return reply(
        fault.status,
        {
          error: {
            code: fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable',
            message: 'try later',
          },
        },
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      );
    }
    const resource = /^\/v1\.0\/(users|groups)\/delta$/.exec(url.pathname)?.[1];
    if (!resource) return reply(404, { error: { code: 'Request_ResourceNotFound' } });

    const skip = url.searchParams.get('$skiptoken');
    const delta = url.searchParams.get('$deltatoken');
    let roundId: string;
    let offset = 0;
    if (skip) {
      [roundId] = skip.split('.');
      offset = Number(skip.split('.')[1]);
      if (!this.rounds.has(roundId)) return this.expired(reply);
    } else {
      const [generation, version] = (delta ?? '').split('.').map(Number);
      if (delta !== null && (generation !== this.generation || !Number.isInteger(version))) {
        return this.expired(reply);
      }
      const since = delta === null ? undefined : version;
      roundId = randomUUID();
      const { select, groupId } =
        since === undefined
          ? {
              select: url.searchParams.get('$select'),
              groupId: /^id eq '([0-9a-f-]+)'$/.exec(url.searchParams.get('$filter') ?? '')?.[1],
            }
          : (this.queries.get(`${resource}:${since}`) ?? { select: null });
      const entries =
        resource === 'users' ? this.entriesSince(since, select) : this.membersSince(groupId ?? '', since);
      this.rounds.set(roundId, { entries, select, groupId });
    }
    const { entries, select, groupId } = this.rounds.get(roundId)!;
    const chunk = entries.slice(offset, offset + this.pageSize);
    const value = groupId === undefined ? chunk : [{ id: groupId, 'members@delta': chunk }];
    const next = offset + this.pageSize;
    const link =
      next < entries.length
        ? { '@odata.nextLink': `${this.baseUrl}/${resource}/delta?$skiptoken=${roundId}.${next}` }
        : {
            '@odata.deltaLink': `${this.baseUrl}/${resource}/delta?$deltatoken=${this.generation}.${this.version}`,
          };
    if (!('@odata.nextLink' in link)) {
      this.rounds.delete(roundId);
      this.queries.set(`${resource}:${this.version}`, { select, groupId });
    }
    this.servedPages++;
    const held = this.held;
    if (held?.page === this.servedPages) {
      held.arrive();
      await held.released;
    }
    reply(200, { '@odata.context': `${this.baseUrl}/$metadata#${resource}`, value, ...link });
  }

  private expired(reply: (status: number, body: object) => void): void {
    reply(410, {
      error: {
        code: 'syncStateNotFound',
        message: 'The delta token has expired; start a full synchronisation.',
      },
    });
  }

  /** A group's members (full), or those added and removed since, as `members@delta` lists them. */
  private membersSince(groupId: string, since: number | undefined): object[] {
    const members = this.members.get(groupId) ?? new Set<string>();
    const ids =
      since === undefined
        ? [...members]
        : [
            ...new Set(
              this.memberChanges
                .filter((change) => change.groupId === groupId && change.version > since)
                .map((change) => change.userId),
            ),
          ];
    return ids.map((id) =>
      members.has(id)
        ? { '@odata.type': '#microsoft.graph.user', id }
        : { '@odata.type': '#microsoft.graph.user', id, '@removed': { reason: 'deleted' } },
    );
  }

  /** What a round reports: every current user (full), or the latest state of each user changed since. */
  private entriesSince(since: number | undefined, select: string | null): object[] {
    const fields = (select ?? '').split(',').filter(Boolean);
    const ids =
      since === undefined
        ? [...this.users.keys()]
        : [...new Set(this.changes.filter((change) => change.version > since).map((change) => change.id))];
    return ids.flatMap((id) => {
      const user = this.users.get(id);
      if (!user) {
        const reason = this.removed.get(id);
        // A user created and deleted between two rounds is unknown to the client: Graph says nothing.
        return since === undefined || !reason ? [] : [{ id, '@removed': { reason } }];
      }
      const shaped: Record<string, unknown> = { id };
      for (const field of fields) {
        if (field === 'manager') {
          if (user.managerId)
            shaped['manager@delta'] = [{ '@odata.type': '#microsoft.graph.user', id: user.managerId }];
        } else if (field !== 'id') {
          shaped[field] = user[field] ?? null;
        }
      }
      return [shaped];
    });
  }
}
