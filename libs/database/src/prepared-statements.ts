import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `text` as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of on every call. For the statements of hot paths, where planning a statement with a few
 * joins cost more than running it. Inside a transaction, `manager` must be the transaction's.
 */
export async function queryPrepared<T extends QueryResultRow>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const queryRunner = manager?.queryRunner;
  const client: Pool | PoolClient =
    queryRunner && !queryRunner.isReleased
      ? ((await queryRunner.connect()) as PoolClient)
      : (dataSource.driver as unknown as { master: Pool }).master;
  const result = await client.query<T>({ name, text, values });
  return result.rows;
}
