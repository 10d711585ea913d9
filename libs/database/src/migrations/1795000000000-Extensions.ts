import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand, because `migration:generate` does not create extensions. `btree_gist` lets an
 * exclusion constraint combine equality on a desk id with overlap of time ranges: the database
 * itself then refuses a double booking, whatever the application does.
 */
export class Extensions1795000000000 implements MigrationInterface {
  name = 'Extensions1795000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gist');
  }
}
