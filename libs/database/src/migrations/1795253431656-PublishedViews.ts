import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The views through which one domain reads another's data in SQL: `located_*` are published by
 * locations (where a desk, room, zone or floor is, in which building and time zone),
 * `directory_people` by the directory (who is active, in which department, with which device).
 * Bookings joins these, never the tables behind them, so that locations and directory keep their
 * tables to themselves; PostgreSQL inlines a view, so a join through one costs what the join costs.
 * Written by hand: `migration:generate` knows tables, not views.
 */
export class PublishedViews1795253431656 implements MigrationInterface {
  name = 'PublishedViews1795253431656';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW located_buildings AS
      SELECT bu.id, bu.name, bu.timezone FROM buildings bu`);
    await queryRunner.query(`
      CREATE VIEW located_floors AS
      SELECT f.id, f.name, f.level, f.building_id, bu.name AS building_name, bu.timezone
        FROM floors f JOIN buildings bu ON bu.id = f.building_id`);
    await queryRunner.query(`
      CREATE VIEW located_zones AS
      SELECT z.id, z.name, z.floor_id, z.department_id, f.building_id, bu.timezone
        FROM zones z JOIN floors f ON f.id = z.floor_id JOIN buildings bu ON bu.id = f.building_id`);
    await queryRunner.query(`
      CREATE VIEW located_desks AS
      SELECT d.id, d.code, d.x, d.y, d.docking, d.monitors, d.height_adjustable, d.accessible, d.status,
             d.assignee_id, d.floor_id, f.name AS floor_name, f.level, d.building_id, bu.name AS building_name,
             bu.timezone, d.zone_id, z.name AS zone_name, z.department_id AS zone_department_id
        FROM desks d
        JOIN floors f ON f.id = d.floor_id
        JOIN buildings bu ON bu.id = d.building_id
        LEFT JOIN zones z ON z.id = d.zone_id`);
    await queryRunner.query(`
      CREATE VIEW located_rooms AS
      SELECT r.id, r.name, r.capacity, r.equipment, r.x, r.y, r.status, r.floor_id, f.name AS floor_name, f.level,
             f.building_id, bu.name AS building_name, bu.timezone
        FROM rooms r JOIN floors f ON f.id = r.floor_id JOIN buildings bu ON bu.id = f.building_id`);
    await queryRunner.query(`
      CREATE VIEW directory_people AS
      SELECT p.id, p.display_name, p.department_id, dep.name AS department_name, p.device_profile, p.active
        FROM people p LEFT JOIN departments dep ON dep.id = p.department_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'directory_people',
      'located_rooms',
      'located_desks',
      'located_zones',
      'located_floors',
      'located_buildings',
    ]) {
      await queryRunner.query(`DROP VIEW IF EXISTS ${view}`);
    }
  }
}
