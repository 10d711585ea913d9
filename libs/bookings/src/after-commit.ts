import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

type Task = () => Promise<void>;

/**
 * Runs work once the transaction of an `EntityManager` has committed, and drops it on rollback:
 * handlers of another domain's events change bookings inside that domain's transaction, and the
 * notices of those changes must not go out before the changes are real.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, Task[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Runs `task` now outside a transaction, or after the outermost commit of `manager`'s. */
  async run(manager: EntityManager | undefined, task: Task): Promise<void> {
    const runner = manager?.queryRunner;
    if (!runner?.isTransactionActive) return task();
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), task]);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // A released savepoint is not the commit yet.
    if (queryRunner.isTransactionActive) return;
    const tasks = this.pending.get(queryRunner) ?? [];
    this.pending.delete(queryRunner);
    for (const task of tasks) await task();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
  }
}
