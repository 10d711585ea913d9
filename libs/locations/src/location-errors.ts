import type { FindOptionsWhere, Repository } from 'typeorm';
import { isForeignKeyViolation, isUniqueViolation, violatedConstraint } from '@platzbuch/database';
import {
  type DomainError,
  type Localized,
  NotFoundError,
  StateConflictError,
  ValidationError,
} from '@platzbuch/platform';

const MISSING = {
  building: { de: 'Dieses Gebäude gibt es nicht.', en: 'There is no such building.' },
  floor: { de: 'Diese Etage gibt es nicht.', en: 'There is no such floor.' },
  zone: { de: 'Diesen Bereich gibt es nicht.', en: 'There is no such zone.' },
  desk: { de: 'Diesen Arbeitsplatz gibt es nicht.', en: 'There is no such desk.' },
  room: { de: 'Diesen Raum gibt es nicht.', en: 'There is no such room.' },
  plan: { de: 'Für diese Etage ist kein Plan hinterlegt.', en: 'This floor has no plan.' },
} satisfies Record<string, Localized>;

export type LocationKind = keyof typeof MISSING;

export function notFound(kind: LocationKind): NotFoundError {
  return new NotFoundError(MISSING[kind]);
}

/** The object with this id, or a 404 saying what was not found. */
export async function findOrFail<T extends { id: string }>(
  repository: Repository<T>,
  id: string,
  kind: LocationKind,
): Promise<T> {
  const found = await repository.findOneBy({ id } as FindOptionsWhere<T>);
  if (!found) throw notFound(kind);
  return found;
}

/** A name or code that its scope already holds: 409 naming it. */
export const duplicate = {
  building: (name: string) =>
    conflict(`Ein Gebäude namens „${name}“ gibt es schon.`, `A building named "${name}" already exists.`),
  floor: (name: string) =>
    conflict(
      `Eine Etage namens „${name}“ gibt es in diesem Gebäude schon.`,
      `This building already has a floor named "${name}".`,
    ),
  zone: (name: string) =>
    conflict(
      `Einen Bereich namens „${name}“ gibt es auf dieser Etage schon.`,
      `This floor already has a zone named "${name}".`,
    ),
  room: (name: string) =>
    conflict(
      `Einen Raum namens „${name}“ gibt es auf dieser Etage schon.`,
      `This floor already has a room named "${name}".`,
    ),
  desk: (code: string) =>
    conflict(
      `Einen Arbeitsplatz mit der Nummer „${code}“ gibt es in diesem Gebäude schon.`,
      `This building already has a desk with the code "${code}".`,
    ),
};

function conflict(de: string, en: string): StateConflictError {
  return new StateConflictError({ de, en });
}

/** What a violated constraint means to the caller; a violation it does not explain stays a 500. */
export interface ConstraintMeaning {
  unique?: () => DomainError;
  foreignKey?: (constraint: string | undefined) => DomainError | undefined;
}

/**
 * Runs a write whose constraints the database checks, and turns their violations into errors the
 * caller can act on. Checking first and writing second would race; the constraint does not.
 */
export async function explainViolations<T>(work: Promise<T>, meaning: ConstraintMeaning): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (meaning.unique && isUniqueViolation(error)) throw meaning.unique();
    const explained = isForeignKeyViolation(error)
      ? meaning.foreignKey?.(violatedConstraint(error))
      : undefined;
    throw explained ?? error;
  }
}

/** An uploaded file that is refused, and why. */
export function refusedFile(detail: Localized): ValidationError {
  return new ValidationError(detail, [{ field: 'file', message: detail.en }]);
}
