import type { Principal } from '@platzbuch/platform';

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

/**
 * Recently resolved principals, so that a person's row is written at most once a minute rather
 * than on every request. Keys include everything the resolution depends on (roles, name), so a
 * token with new roles resolves afresh at once.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();

  async resolve(key: string, load: () => Promise<Principal>): Promise<Principal> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.principal;
    const principal = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { principal, expiresAt: Date.now() + TTL_MS });
    return principal;
  }
}
