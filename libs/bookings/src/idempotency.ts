import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  KeyValueStore,
  type Localized,
  type ProblemCode,
  StoreUnavailableError,
  ValidationError,
} from '@platzbuch/platform';

/** How long an answer is kept for repeats, and how long a claim may stay unanswered. */
const ANSWER_TTL_SECONDS = 24 * 60 * 60;
const CLAIM_TTL_SECONDS = 60;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

type StoredAnswer =
  | { fingerprint: string; state: 'running' }
  | { fingerprint: string; state: 'done'; value: unknown }
  | {
      fingerprint: string;
      state: 'refused';
      code: ProblemCode;
      detail: Localized;
      extensions: { [name: string]: unknown };
    };

/**
 * `Idempotency-Key` semantics for requests that create something: the same key with the same
 * request answers the first answer again and creates nothing more; with another request it is
 * refused (422); while the first is still running, the repeat is refused (409). Keys are scoped by
 * caller and kept in the key-value store for a day. Should the store be down, requests run
 * unprotected: a repeated booking then meets its own first booking as a conflict.
 */
@Injectable()
export class IdempotentRequests {
  private readonly logger = new Logger(IdempotentRequests.name);

  constructor(private readonly store: KeyValueStore) {}

  async run<T>(scope: string, key: string | undefined, request: unknown, work: () => Promise<T>): Promise<T> {
    if (key === undefined) return work();
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationError(
        { de: 'Der Idempotency-Key ist ungültig.', en: 'The Idempotency-Key is invalid.' },
        [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
      );
    }
    const storeKey = `idempotency:${scope}:${sha256(key)}`;
    const fingerprint = sha256(canonicalJson(request));
    let claimed: boolean;
    try {
      claimed = await this.store.setIfAbsent(
        storeKey,
        JSON.stringify({ fingerprint, state: 'running' }),
        CLAIM_TTL_SECONDS,
      );
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      this.logger.warn('idempotency keys unavailable; running the request without');
      return work();
    }
    if (!claimed) return this.repeat<T>(storeKey, fingerprint, () => this.run(scope, key, request, work));

    let record: StoredAnswer;
    try {
      record = { fingerprint, state: 'done', value: await work() };
    } catch (error) {
      if (!(error instanceof DomainError)) {
        await this.store.delete(storeKey).catch(() => undefined);
        throw error;
      }
      record = {
        fingerprint,
        state: 'refused',
        code: error.code,
        detail: error.detail,
        extensions: error.extensions,
      };
    }
    await this.store.set(storeKey, JSON.stringify(record), ANSWER_TTL_SECONDS).catch(() => undefined);
    if (record.state === 'refused') throw new DomainError(record.code, record.detail, record.extensions);
    return (record as { value: T }).value;
  }

  private async repeat<T>(storeKey: string, fingerprint: string, again: () => Promise<T>): Promise<T> {
    const stored = await this.store.get(storeKey).catch(() => null);
    // Expired between the claim and now: the key is free again.
    if (stored === null) return again();
    const record = JSON.parse(stored) as StoredAnswer;
    if (record.fingerprint !== fingerprint) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', {
        de: 'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.',
        en: 'This Idempotency-Key was already used for a different request.',
      });
    }
    switch (record.state) {
      case 'running':
        throw new DomainError('IDEMPOTENCY_IN_PROGRESS', {
          de: 'Die erste Anfrage mit diesem Idempotency-Key läuft noch.',
          en: 'The first request with this Idempotency-Key is still running.',
        });
      case 'refused':
        throw new DomainError(record.code, record.detail, record.extensions);
      case 'done':
        return record.value as T;
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with keys sorted, so that the same request gives the same fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
