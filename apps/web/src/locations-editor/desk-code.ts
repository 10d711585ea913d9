import type { DeskView } from '@platzbuch/contracts';

/** The next free code of the floor's scheme "<storey>.<number>", e.g. "3.15" after "3.14". */
export function proposeCode(desks: DeskView[], level: number): string {
  const prefix = `${level}.`;
  const numbers = desks
    .filter((desk) => desk.code.startsWith(prefix))
    .map((desk) => Number(desk.code.slice(prefix.length)))
    .filter((n) => Number.isInteger(n) && n > 0);
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}
