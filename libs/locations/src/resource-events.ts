import type { EntityManager } from 'typeorm';

/**
 * Desks and rooms are about to be deleted, alone or with their floor or building. Published inside
 * the deleting transaction after their rows were locked, so that no booking can be added to them
 * meanwhile. A handler vetoes the deletion by throwing (a `StateConflictError` saying why); it must
 * read and write through `manager`.
 */
export class ResourcesRemoving {
  constructor(
    readonly deskIds: string[],
    readonly roomIds: string[],
    readonly manager: EntityManager,
  ) {}
}

/**
 * Desks and rooms went out of use (status `blocked`), published inside the transaction that blocked
 * them. Handlers may cancel or flag what was booked on them, through `manager`.
 */
export class ResourcesBlocked {
  constructor(
    readonly deskIds: string[],
    readonly roomIds: string[],
    readonly manager: EntityManager,
  ) {}
}
