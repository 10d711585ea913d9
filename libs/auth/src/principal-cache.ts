import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { PersonDeactivated } from '@platzbuch/directory';
import { DomainEvents, MessageBus, type Principal } from '@platzbuch/platform';

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
const DEACTIVATED_CHANNEL = 'auth:person-deactivated';

/**
 * Recently resolved principals, so that a person's row is written at most once a minute rather
 * than on every request. Keys include everything the resolution depends on (roles, name), so a
 * token with new roles resolves afresh at once.
 *
 * A person the directory deactivates is refused at once on every instance: the deactivation is
 * passed on through the message bus, and for a minute afterwards the person is never served from
 * memory nor kept in it. A minute, because the deactivation is announced inside its transaction:
 * a request answered before that commits still reads the person as active, and what it read must
 * not outlive the copies it could have replaced. Should a notice get lost while Redis is down, a
 * copy lives at most a minute, as before.
 */
@Injectable()
export class PrincipalCache implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PrincipalCache.name);
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();
  /** People deactivated lately, with the time from which they may be kept again. */
  private readonly deactivated = new Map<string, number>();
  private unsubscribe: (() => Promise<void>) | undefined;

  constructor(
    private readonly events: DomainEvents,
    private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.events.on(PersonDeactivated, (event) => this.announce(event.personId));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = await this.bus.subscribe(DEACTIVATED_CHANNEL, (personId) => this.forget(personId));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.unsubscribe?.();
  }

  async resolve(key: string, load: () => Promise<Principal>): Promise<Principal> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now() && !this.wasDeactivated(hit.principal.personId))
      return hit.principal;
    const principal = await load();
    // Read while a deactivation was on its way: good for this request, not for the next.
    if (this.wasDeactivated(principal.personId)) return principal;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { principal, expiresAt: Date.now() + TTL_MS });
    return principal;
  }

  private async announce(personId: string): Promise<void> {
    this.forget(personId);
    await this.bus.publish(DEACTIVATED_CHANNEL, personId).catch((error: Error) => {
      this.logger.warn(
        `other instances may admit a deactivated person up to a minute longer: ${error.message}`,
      );
    });
  }

  /** Copies made before now expire within `TTL_MS`, so refusing them that long refuses them all. */
  private forget(personId: string): void {
    const now = Date.now();
    if (this.deactivated.size >= MAX_ENTRIES) {
      for (const [id, until] of this.deactivated) if (until <= now) this.deactivated.delete(id);
    }
    this.deactivated.set(personId, now + TTL_MS);
  }

  private wasDeactivated(personId: string): boolean {
    const until = this.deactivated.get(personId);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.deactivated.delete(personId);
    return false;
  }
}
