import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@platzbuch/database';

/** The PostgreSQL server used when the runner gives no server database. */
export const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A migrated PostgreSQL database for a benchmark that needs a real server: the runner's scratch
 * database when DATABASE_URL names one, otherwise one of its own on the default server, dropped by
 * `drop()`.
 */
export async function serverDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const given = process.env.DATABASE_URL;
  let url = given;
  let drop = async (): Promise<void> => undefined;
  if (!given) {
    await onServer(DEFAULT_SERVER, (client) => client.query(`CREATE DATABASE ${name}`));
    const own = new URL(DEFAULT_SERVER);
    own.pathname = `/${name}`;
    url = own.toString();
    drop = async () => {
      await onServer(DEFAULT_SERVER, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    };
  }
  const dataSource = await new DataSource(dataSourceOptions({ url: url! })).initialize();
  try {
    await runMigrations(dataSource, false);
  } finally {
    await dataSource.destroy();
  }
  return { url: url!, drop };
}

/** PostgreSQL's version, for the report. */
export function serverVersion(url: string): Promise<string> {
  return onServer(url, async (client) => {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version.split(' ')[0];
  });
}
