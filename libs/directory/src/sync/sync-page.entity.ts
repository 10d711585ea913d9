import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { DirectoryEntry } from './directory-entry';
import { SyncRun } from './sync-run.entity';

/**
 * One page of a round as Graph gave it, reduced to what the directory keeps. A round is staged
 * page by page before anything changes, so that the guard can judge the whole round, and so that
 * a round cut short neither reads nor applies a page twice.
 */
@Entity('directory_sync_pages')
export class SyncPage {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @PrimaryColumn({ type: 'int' })
  sequence: number;

  @ManyToOne(() => SyncRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: SyncRun;

  @Column({ type: 'jsonb' })
  entries: DirectoryEntry[];

  @Column({ type: 'boolean', default: false })
  applied: boolean;
}
