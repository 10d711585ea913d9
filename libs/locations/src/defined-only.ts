/**
 * The properties of a partial change that were given. A DTO instance declares every property, so
 * the ones a request left out are `undefined`; `null` is a value (it clears a nullable field).
 */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
