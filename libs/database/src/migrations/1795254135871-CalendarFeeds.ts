import { MigrationInterface, QueryRunner } from "typeorm";

export class CalendarFeeds1795254135871 implements MigrationInterface {
    name = 'CalendarFeeds1795254135871'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "calendar_feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(8) NOT NULL,
                "token_hash" bytea NOT NULL,
                "person_id" uuid,
                "room_id" uuid,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "calendar_feeds_room_key" UNIQUE ("room_id"),
                CONSTRAINT "calendar_feeds_person_key" UNIQUE ("person_id"),
                CONSTRAINT "calendar_feeds_token_hash_key" UNIQUE ("token_hash"),
                CONSTRAINT "calendar_feeds_owner_check" CHECK (
                    (
                        kind = 'person'
                        AND person_id IS NOT NULL
                        AND room_id IS NULL
                    )
                    OR (
                        kind = 'room'
                        AND room_id IS NOT NULL
                        AND person_id IS NULL
                    )
                ),
                CONSTRAINT "calendar_feeds_kind_check" CHECK (kind IN ('person', 'room')),
                CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "version" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
        await queryRunner.query(`
            CREATE INDEX "bookings_room_start_idx" ON "bookings" ("room_id", "start_at")
            WHERE room_id IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "FK_acfa96907d292e941a53f1bbe38" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "FK_de92780af5ea3423bc60cb38c66" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "FK_8e3b3625e116790388590ba36e4" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_8e3b3625e116790388590ba36e4"
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_de92780af5ea3423bc60cb38c66"
        `);
        await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_acfa96907d292e941a53f1bbe38"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."bookings_room_start_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "updated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP COLUMN "version"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_feeds"
        `);
    }

}
