import type { PersonSummary } from '@platzbuch/contracts';

/** A colleague as lists show them: the name, and their department beside it when known. */
export function PersonName({ person }: { person: PersonSummary }) {
  return (
    <>
      {person.displayName}
      {person.department && <span className="muted"> · {person.department}</span>}
    </>
  );
}
