import { Injectable } from '@nestjs/common';

type EventClass<E> = abstract new (...args: never[]) => E;
type Handler<E> = (event: E) => Promise<void> | void;

/**
 * In-process domain events, so that a domain can tell others what happened without depending on
 * them (directory → bookings would otherwise be a cycle). Handlers run one after another and are
 * awaited; a handler that throws stops the publisher, which makes "…Removing" events vetoable.
 * Events that carry an `EntityManager` are published inside the publisher's transaction, and their
 * handlers must use that manager.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<EventClass<unknown>, Handler<unknown>[]>();

  on<E>(type: EventClass<E>, handler: Handler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler<unknown>);
    this.handlers.set(type, list);
  }

  async publish<E extends object>(event: E): Promise<void> {
    for (const handler of this.handlers.get(event.constructor as EventClass<E>) ?? []) await handler(event);
  }
}
