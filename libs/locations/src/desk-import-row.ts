import type { Localized } from '@platzbuch/platform';
import type { Docking, ResourceStatus } from './desk.entity';

/**
 * One desk as a spreadsheet row describes it, identified by its code within the building. A value
 * left out (`undefined`) keeps what an existing desk has and gives a new desk the default; `null`
 * for zone or assignee means none.
 */
export interface DeskImportRow {
  /** Where the row stands, for error reports; a spreadsheet's row number (the header is line 1). */
  line?: number;
  /** The floor's name; the floor must exist in the building. */
  floor: string;
  code: string;
  x?: number;
  y?: number;
  /** A zone's name on the row's floor; created when the floor has none of that name. */
  zone?: string | null;
  docking?: Docking;
  monitors?: number;
  heightAdjustable?: boolean;
  accessible?: boolean;
  status?: ResourceStatus;
  /** E-mail address of the person who holds the desk as a fixed desk. */
  assignee?: string | null;
}

export type DeskImportField = Exclude<keyof DeskImportRow, 'line'>;

// prettier-ignore
/** The fields in the order a spreadsheet has them, and errors are listed. */
export const DESK_IMPORT_FIELDS: readonly DeskImportField[] = [
  'floor', 'code', 'x', 'y', 'zone', 'docking', 'monitors', 'heightAdjustable', 'accessible', 'status', 'assignee',
];

/** What is wrong with one row, and in which column. */
export interface ImportProblem {
  line: number;
  column?: DeskImportField;
  message: Localized;
}

export interface DeskImportOptions {
  /** Check everything and count what would change, writing nothing. */
  dryRun?: boolean;
}
