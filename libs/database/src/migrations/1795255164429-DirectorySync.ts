import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectorySync1795255164429 implements MigrationInterface {
  name = 'DirectorySync1795255164429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "directory_sync_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "state" character varying(16) NOT NULL,
                "trigger" character varying(16) NOT NULL,
                "full_round" boolean NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "pages" integer NOT NULL DEFAULT '0',
                "created" integer NOT NULL DEFAULT '0',
                "updated" integer NOT NULL DEFAULT '0',
                "deactivated" integer NOT NULL DEFAULT '0',
                "errors" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "pending_deactivations" integer,
                "active_people" integer,
                "next_link" text,
                "delta_link" text,
                "group_delta_link" text,
                "confirmed_by_id" uuid,
                CONSTRAINT "directory_sync_runs_trigger_check" CHECK (trigger IN ('schedule', 'admin')),
                CONSTRAINT "directory_sync_runs_state_check" CHECK (
                    state IN (
                        'fetching',
                        'applying',
                        'held',
                        'completed',
                        'failed',
                        'discarded'
                    )
                ),
                CONSTRAINT "PK_7184e2280cc7defdb3cb9f6005a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "directory_sync_runs_created_idx" ON "directory_sync_runs" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "directory_sync_pages" (
                "run_id" uuid NOT NULL,
                "sequence" integer NOT NULL,
                "entries" jsonb NOT NULL,
                "applied" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_b0c953e8f581fa5563f52288536" PRIMARY KEY ("run_id", "sequence")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "directory_sync_pages"
            ADD CONSTRAINT "FK_e5246a6593917b165c4e36708d8" FOREIGN KEY ("run_id") REFERENCES "directory_sync_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "directory_sync_pages" DROP CONSTRAINT "FK_e5246a6593917b165c4e36708d8"
        `);
    await queryRunner.query(`
            DROP TABLE "directory_sync_pages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."directory_sync_runs_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "directory_sync_runs"
        `);
  }
}
