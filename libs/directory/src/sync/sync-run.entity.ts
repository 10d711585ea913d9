import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SYNC_RUN_STATES = ['fetching', 'applying', 'held', 'completed', 'failed', 'discarded'] as const;
/**
 * `fetching`: pages are read from Graph and staged; `applying`: staged pages change people;
 * `held`: the guard stopped a round that would deactivate too many people, nothing of it applied;
 * `discarded`: an admin declined a held round.
 */
export type SyncRunState = (typeof SYNC_RUN_STATES)[number];

export type SyncTrigger = 'schedule' | 'admin';

/**
 * One round of the directory sync, and its place in Graph's delta sequence: the link to read next
 * while it runs (so that a round cut short resumes where it stopped), and the delta link that
 * starts the following round once it is done.
 */
@Entity('directory_sync_runs')
@Check(
  'directory_sync_runs_state_check',
  `state IN ('fetching', 'applying', 'held', 'completed', 'failed', 'discarded')`,
)
@Check('directory_sync_runs_trigger_check', `trigger IN ('schedule', 'admin')`)
@Index('directory_sync_runs_created_idx', ['createdAt'])
export class SyncRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  state: SyncRunState;

  @Column({ type: 'varchar', length: 16 })
  trigger: SyncTrigger;

  /** Read every user from the start (no delta link yet, or it had expired). */
  // FULL is an SQL keyword: the column gets a name that needs no quotes in hand-written SQL.
  @Column({ name: 'full_round', type: 'boolean' })
  full: boolean;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** The database's time of the run's creation: people created after it were created by the run. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'int', default: 0 })
  pages: number;

  @Column({ type: 'int', default: 0 })
  created: number;

  @Column({ type: 'int', default: 0 })
  updated: number;

  @Column({ type: 'int', default: 0 })
  deactivated: number;

  /** Entries that could not be applied, plus the failure that ended the round. */
  @Column({ type: 'int', default: 0 })
  errors: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** For a held round: how many active people it would deactivate, of how many. */
  @Column({ type: 'int', nullable: true })
  pendingDeactivations: number | null;

  @Column({ type: 'int', nullable: true })
  activePeople: number | null;

  /** The Graph link still to read while fetching. */
  @Column({ type: 'text', nullable: true })
  nextLink: string | null;

  /** Where the following round starts, once this one has read its last page. */
  @Column({ type: 'text', nullable: true })
  deltaLink: string | null;

  /** Where the next round reads changes of the notebook group's members (`DIRECTORY_NOTEBOOK_GROUP_ID`). */
  @Column({ type: 'text', nullable: true })
  groupDeltaLink: string | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;
}
