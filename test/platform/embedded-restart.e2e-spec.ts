import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { loadConfig } from '@platzbuch/platform';

// `npm start` without DATABASE_URL keeps its data in DATA_DIR: what was written before a restart
// is there after it, whatever database the rest of the suite runs on.
describe('the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'platzbuch-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async () => {
    const config = loadConfig({
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
    });
    expect(config.database).toEqual({ kind: 'embedded', dataDir });
    const app = await createApp(config);
    await app.getHttpAdapter().getInstance().ready();
    return app;
  };

  it('keeps what was written across a restart', async () => {
    const first = await start();
    const [person] = await first.get<DataSource>(getDataSourceToken()).query<{ id: string }[]>(
      `INSERT INTO people (tenant_id, object_id, display_name, roles)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'Frida Facility', '{FacilityManager}') RETURNING id`,
    );
    const created = await first.inject({
      method: 'POST',
      url: '/api/v1/buildings',
      headers: { authorization: `Dev ${person.id}` },
      payload: { name: 'Rathaus' },
    });
    expect(created.statusCode).toBe(201);
    await first.close();

    const second = await start();
    try {
      const listed = await second.inject({
        method: 'GET',
        url: '/api/v1/buildings',
        headers: { authorization: `Dev ${person.id}` },
      });
      expect(listed.statusCode).toBe(200);
      expect(listed.json()).toEqual([expect.objectContaining({ id: created.json().id, name: 'Rathaus' })]);
    } finally {
      await second.close();
    }
  }, 120_000);
});
