import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A domain reads another only through that domain's exported services and published views
// (migration PublishedViews), never its tables: this holds the rule where a review could miss it.

const LIBS = join(__dirname, '../../../libs');

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

// The database library holds every domain's migrations, in one order, by design.
const domains = readdirSync(LIBS)
  .filter((name) => name !== 'database')
  .map((name) => {
    const files = sources(join(LIBS, name, 'src')).map((path) => ({
      path,
      text: readFileSync(path, 'utf8'),
    }));
    const entities = files.flatMap(({ text }) =>
      [...text.matchAll(/@Entity\('(\w+)'\)[\s\S]*?export class (\w+)/g)].map(([, table, entity]) => ({
        table,
        entity,
      })),
    );
    return { name, files, entities };
  });

describe('domain boundaries', () => {
  it('finds the entities of the domains', () => {
    const owners = new Map(domains.flatMap((d) => d.entities.map((e) => [e.table, d.name] as const)));
    expect(owners.get('desks')).toBe('locations');
    expect(owners.get('people')).toBe('directory');
    expect(owners.get('bookings')).toBe('bookings');
  });

  for (const domain of domains) {
    it(`${domain.name} touches no other domain's tables or entities`, () => {
      const foreign = domains.filter((other) => other !== domain).flatMap((other) => other.entities);
      const trespasses = domain.files.flatMap(({ path, text }) =>
        foreign.flatMap(({ table, entity }) => {
          const sql = new RegExp(`\\b(FROM|JOIN|INTO|UPDATE)\\s+"?${table}"?\\b`).exec(text);
          const orm = new RegExp(
            `\\b(getRepository|InjectRepository|forFeature)\\(\\[?[^)]*\\b${entity}\\b`,
          ).exec(text);
          return [sql, orm].flatMap((match) =>
            match ? [`${path.slice(LIBS.length + 1)}: ${match[0]}`] : [],
          );
        }),
      );
      expect(trespasses).toEqual([]);
    });
  }
});
