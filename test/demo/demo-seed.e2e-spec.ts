import { DemoSeeder } from '@platzbuch/demo';
import { TestApp } from '../support/test-app';

// Seeding writes 3,200 people, 2,600 desks and tens of thousands of bookings: give it room on a
// busy machine, although it takes well under 30 s on its own.
jest.setTimeout(180_000);

describe('demo data (SEED_DEMO)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ env: { SEED_DEMO: 'true' } });
  });
  afterAll(() => t?.close());

  const count = async (sql: string): Promise<number> => {
    const [{ n }] = await t.db.query<{ n: number }[]>(`SELECT (${sql})::int AS n`);
    return n;
  };

  it('is a Leverkusen-sized administration', async () => {
    expect(await count('SELECT count(*) FROM people')).toBe(3200);
    expect(await count('SELECT count(*) FROM departments')).toBe(25);
    expect(await count('SELECT count(*) FROM buildings')).toBe(6);
    expect(await count('SELECT count(*) FROM desks')).toBe(2600);
    const docked = await count(
      `SELECT count(*) FILTER (WHERE docking <> 'none') * 100 / count(*) FROM desks`,
    );
    expect(docked).toBeGreaterThanOrEqual(50);
    expect(docked).toBeLessThanOrEqual(70);
    expect(await count('SELECT count(*) FROM rooms')).toBeGreaterThan(20);
    expect(await count('SELECT count(*) FROM people WHERE manager_id IS NOT NULL')).toBeGreaterThan(3000);
    // Neighbourhoods: most zones belong to a department, and desktop users hold fixed desks there.
    expect(await count('SELECT count(*) FROM zones WHERE department_id IS NOT NULL')).toBeGreaterThan(40);
    expect(await count('SELECT count(*) FROM desks WHERE assignee_id IS NOT NULL')).toBeGreaterThan(200);
  });

  it('gives every floor a plan that the API serves as sanitised SVG', async () => {
    expect(
      await count(
        'SELECT count(*) FROM floors f WHERE NOT EXISTS (SELECT 1 FROM floor_plans p WHERE p.floor_id = f.id)',
      ),
    ).toBe(0);
    const [floor] = await t.db.query<{ id: string }[]>('SELECT id FROM floors ORDER BY id LIMIT 1');
    const [admin] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM people WHERE 'Admin' = ANY(roles) LIMIT 1`,
    );
    const plan = await t.get(admin.id, `/api/v1/floors/${floor.id}/plan`);
    expect(plan.statusCode).toBe(200);
    expect(plan.headers['content-type']).toContain('image/svg+xml');
  });

  it('books the last eight weeks and the next two, never a weekend, never one desk twice', async () => {
    const days = await t.db.query<{ first: number; last: number; weekend: number }[]>(
      `SELECT min(day) - current_date AS first, max(day) - current_date AS last,
              count(*) FILTER (WHERE extract(isodow FROM day) > 5)::int AS weekend
         FROM bookings`,
    );
    expect(days[0].first).toBeLessThanOrEqual(-50);
    expect(days[0].last).toBeGreaterThanOrEqual(10);
    expect(days[0].weekend).toBe(0);
    expect(await count('SELECT count(*) FROM bookings')).toBeGreaterThan(20_000);
    expect(
      await count(`SELECT count(*) FROM bookings a JOIN bookings b ON a.desk_id = b.desk_id AND a.id < b.id
                    AND a.status IN ('confirmed', 'checked_in') AND b.status IN ('confirmed', 'checked_in')
                    AND tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)`),
    ).toBe(0);
  });

  it('offers personas of every role to the dev sign-in, staff members included', async () => {
    const personas = await t.get<{ displayName: string; roles: string[] }[]>(
      undefined,
      '/api/v1/dev/personas',
    );
    const roles = new Set(personas.body.flatMap((persona) => persona.roles));
    expect([...roles].sort()).toEqual(['Admin', 'FacilityManager', 'HR']);
    expect(personas.body.map((persona) => persona.displayName)).toEqual(
      expect.arrayContaining(['Jonas Berger', 'Ewa Nowak']),
    );
  });

  it('leaves a database that has people in it alone', async () => {
    const before = await count('SELECT count(*) FROM bookings');
    await t.app.get(DemoSeeder).onApplicationBootstrap();
    expect(await count('SELECT count(*) FROM bookings')).toBe(before);
    expect(await count('SELECT count(*) FROM buildings')).toBe(6);
  });
});
