import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand, because `migration:generate` knows nothing of triggers. Calendar clients only
 * replace an event whose SEQUENCE grew, so every change of a booking must count: a trigger counts
 * each UPDATE that changes the row, whichever code (or operator) wrote it.
 */
export class BookingVersionTrigger1795254135872 implements MigrationInterface {
  name = 'BookingVersionTrigger1795254135872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION bookings_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        NEW.updated_at := now();
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER bookings_count_change BEFORE UPDATE ON bookings
        FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION bookings_count_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS bookings_count_change ON bookings');
    await queryRunner.query('DROP FUNCTION IF EXISTS bookings_count_change()');
  }
}
