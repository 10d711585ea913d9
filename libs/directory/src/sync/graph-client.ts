import { Logger } from '@nestjs/common';
import type { GraphCredentials } from './graph-credentials';

/** An answer of Graph that is not a success, after any retries. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    /** Graph's `error.code`, such as `syncStateNotFound`; undefined when the body had none. */
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }

  /** The delta link is no longer valid: the round must start over from the beginning. */
  get deltaExpired(): boolean {
    return (
      this.status === 410 ||
      ['syncStateNotFound', 'syncStateInvalid', 'resyncRequired'].includes(this.code ?? '')
    );
  }
}

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  attempts: number;
  /** First back-off without `Retry-After`; doubled on each further attempt, with full jitter. */
  baseDelayMs: number;
  /** No single wait is longer, whatever Graph asks for. */
  maxDelayMs: number;
  /** A request that has not answered by then is abandoned and retried. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 120_000,
  timeoutMs: 30_000,
};

/** Statuses after which the same request may well succeed: throttling and passing outages. */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);

/** Reads Microsoft Graph: one JSON resource per call, by path below the base URL or by a link Graph gave. */
export abstract class GraphClient {
  abstract get<T>(pathOrLink: string): Promise<T>;
}

/**
 * Graph over plain `fetch`, honouring throttling as Graph asks: 429 and 503 wait for
 * `Retry-After` (seconds or an HTTP date), other transient failures back off exponentially with
 * jitter, and every request has a time limit. The token goes only to the configured Graph host,
 * never to a host a link names.
 */
export class FetchGraphClient extends GraphClient {
  private readonly logger = new Logger('GraphClient');
  private readonly origin: string;

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: GraphCredentials,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    super();
    this.origin = new URL(baseUrl).origin;
  }

  async get<T>(pathOrLink: string): Promise<T> {
    const url = /^https:\/\//.test(pathOrLink)
      ? pathOrLink
      : `${this.baseUrl}/${pathOrLink.replace(/^\/+/, '')}`;
    if (new URL(url).origin !== this.origin) {
      throw new GraphError(0, undefined, `refusing to follow a link away from ${this.origin}`);
    }
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { authorization: `Bearer ${await this.credentials.token()}`, accept: 'application/json' },
          signal: AbortSignal.timeout(this.policy.timeoutMs),
        });
      } catch (error) {
        if (attempt >= this.policy.attempts) throw error;
        this.logger.warn(
          `Graph request failed (${(error as Error).message}); attempt ${attempt} of ${this.policy.attempts}`,
        );
        await this.sleep(this.backOff(attempt));
        continue;
      }
      if (response.ok) return (await response.json()) as T;
      const body = await response.text();
      if (TRANSIENT.has(response.status) && attempt < this.policy.attempts) {
        const wait = retryAfter(response.headers.get('retry-after'), Date.now()) ?? this.backOff(attempt);
        this.logger.warn(
          `Graph answered ${response.status}; waiting ${wait} ms, attempt ${attempt} of ${this.policy.attempts}`,
        );
        await this.sleep(Math.min(wait, this.policy.maxDelayMs));
        continue;
      }
      throw graphError(response.status, body);
    }
  }

  private backOff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(Math.random() * ceiling);
  }
}

/** Milliseconds to wait as `Retry-After` says: delay-seconds or an HTTP date; undefined if absent or unreadable. */
export function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function graphError(status: number, body: string): GraphError {
  let code: string | undefined;
  let message = body.slice(0, 200);
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    if (typeof parsed.error?.code === 'string') code = parsed.error.code;
    if (typeof parsed.error?.message === 'string') message = parsed.error.message;
  } catch {
    // Not JSON (a proxy's error page): the status and the start of the text are all there is.
  }
  return new GraphError(status, code, `Graph answered ${status}${code ? ` ${code}` : ''}: ${message}`);
}
