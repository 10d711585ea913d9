import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795242434440 implements MigrationInterface {
    name = 'Foundation1795242434440'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "departments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(256) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_8681da666ad9699d568b3e91064" UNIQUE ("name"),
                CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "buildings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "address" character varying(500),
                "timezone" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_3f5a7e0aabca27edc3806fdb298" UNIQUE ("name"),
                CONSTRAINT "PK_bc65c1acce268c383e41a69003a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "people" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tenant_id" uuid NOT NULL,
                "object_id" uuid NOT NULL,
                "display_name" character varying(256) NOT NULL,
                "email" character varying(320),
                "user_principal_name" character varying(320),
                "department_id" uuid,
                "manager_id" uuid,
                "job_title" character varying(256),
                "office_location" character varying(256),
                "roles" text array NOT NULL DEFAULT '{}',
                "device_profile" character varying(16) NOT NULL DEFAULT 'unknown',
                "active" boolean NOT NULL DEFAULT true,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "people_tenant_object_key" UNIQUE ("tenant_id", "object_id"),
                CONSTRAINT "people_device_profile_check" CHECK (
                    device_profile IN ('notebook', 'desktop', 'unknown')
                ),
                CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "people_department_idx" ON "people" ("department_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "people_manager_idx" ON "people" ("manager_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "floors" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "building_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "level" smallint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "floors_id_building_key" UNIQUE ("id", "building_id"),
                CONSTRAINT "floors_building_name_key" UNIQUE ("building_id", "name"),
                CONSTRAINT "PK_dae78234002afa84842d3a08ee0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "zones" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "floor_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "department_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "zones_id_floor_key" UNIQUE ("id", "floor_id"),
                CONSTRAINT "zones_floor_name_key" UNIQUE ("floor_id", "name"),
                CONSTRAINT "PK_880484a43ca311707b05895bd4a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "desks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "building_id" uuid NOT NULL,
                "floor_id" uuid NOT NULL,
                "code" character varying(64) NOT NULL,
                "x" real NOT NULL DEFAULT '50',
                "y" real NOT NULL DEFAULT '50',
                "zone_id" uuid,
                "docking" character varying(16) NOT NULL DEFAULT 'none',
                "monitors" smallint NOT NULL DEFAULT '1',
                "height_adjustable" boolean NOT NULL DEFAULT false,
                "accessible" boolean NOT NULL DEFAULT false,
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "assignee_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "desks_building_code_key" UNIQUE ("building_id", "code"),
                CONSTRAINT "desks_position_check" CHECK (
                    x BETWEEN 0 AND 100
                    AND y BETWEEN 0 AND 100
                ),
                CONSTRAINT "desks_status_check" CHECK (status IN ('active', 'blocked')),
                CONSTRAINT "desks_monitors_check" CHECK (
                    monitors BETWEEN 0 AND 3
                ),
                CONSTRAINT "desks_docking_check" CHECK (docking IN ('none', 'usb-c', 'thunderbolt')),
                CONSTRAINT "PK_cb80c291b12d16786b843e6274f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "desks_floor_idx" ON "desks" ("floor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "desks_zone_idx" ON "desks" ("zone_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "desks_assignee_idx" ON "desks" ("assignee_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "floor_plans" (
                "floor_id" uuid NOT NULL,
                "media_type" character varying(32) NOT NULL,
                "content" bytea NOT NULL,
                "width" integer NOT NULL,
                "height" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "floor_plans_media_type_check" CHECK (
                    media_type IN ('image/svg+xml', 'image/png', 'image/jpeg')
                ),
                CONSTRAINT "PK_454d4ece53736f39bc5d1423062" PRIMARY KEY ("floor_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "rooms" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "floor_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "capacity" smallint NOT NULL,
                "equipment" text array NOT NULL DEFAULT '{}',
                "x" real NOT NULL DEFAULT '50',
                "y" real NOT NULL DEFAULT '50',
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "rooms_floor_name_key" UNIQUE ("floor_id", "name"),
                CONSTRAINT "rooms_position_check" CHECK (
                    x BETWEEN 0 AND 100
                    AND y BETWEEN 0 AND 100
                ),
                CONSTRAINT "rooms_status_check" CHECK (status IN ('active', 'blocked')),
                CONSTRAINT "rooms_capacity_check" CHECK (
                    capacity BETWEEN 1 AND 500
                ),
                CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "rooms_floor_idx" ON "rooms" ("floor_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_cf3092a5fa742815c7f2028c62d" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_acb51d0935144495a95523ef99f" FOREIGN KEY ("manager_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "floors"
            ADD CONSTRAINT "FK_ef686df3438847ceee740cf038c" FOREIGN KEY ("building_id") REFERENCES "buildings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "zones"
            ADD CONSTRAINT "FK_9e4f17f254a9b196ddbc04edc90" FOREIGN KEY ("floor_id") REFERENCES "floors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "zones"
            ADD CONSTRAINT "FK_c7129084530431aa072b0084b79" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "desks"
            ADD CONSTRAINT "FK_35ca0788a8e1f62dd0c0c12b3a5" FOREIGN KEY ("floor_id", "building_id") REFERENCES "floors"("id", "building_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "desks"
            ADD CONSTRAINT "FK_2b3761efd12053ded26a603dd91" FOREIGN KEY ("zone_id", "floor_id") REFERENCES "zones"("id", "floor_id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "desks"
            ADD CONSTRAINT "FK_25280b034c8f8db484e42bdb952" FOREIGN KEY ("assignee_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "floor_plans"
            ADD CONSTRAINT "FK_454d4ece53736f39bc5d1423062" FOREIGN KEY ("floor_id") REFERENCES "floors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD CONSTRAINT "FK_be204081b6be27f2801cea37bc0" FOREIGN KEY ("floor_id") REFERENCES "floors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "rooms" DROP CONSTRAINT "FK_be204081b6be27f2801cea37bc0"
        `);
        await queryRunner.query(`
            ALTER TABLE "floor_plans" DROP CONSTRAINT "FK_454d4ece53736f39bc5d1423062"
        `);
        await queryRunner.query(`
            ALTER TABLE "desks" DROP CONSTRAINT "FK_25280b034c8f8db484e42bdb952"
        `);
        await queryRunner.query(`
            ALTER TABLE "desks" DROP CONSTRAINT "FK_2b3761efd12053ded26a603dd91"
        `);
        await queryRunner.query(`
            ALTER TABLE "desks" DROP CONSTRAINT "FK_35ca0788a8e1f62dd0c0c12b3a5"
        `);
        await queryRunner.query(`
            ALTER TABLE "zones" DROP CONSTRAINT "FK_c7129084530431aa072b0084b79"
        `);
        await queryRunner.query(`
            ALTER TABLE "zones" DROP CONSTRAINT "FK_9e4f17f254a9b196ddbc04edc90"
        `);
        await queryRunner.query(`
            ALTER TABLE "floors" DROP CONSTRAINT "FK_ef686df3438847ceee740cf038c"
        `);
        await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_acb51d0935144495a95523ef99f"
        `);
        await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_cf3092a5fa742815c7f2028c62d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rooms_floor_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "rooms"
        `);
        await queryRunner.query(`
            DROP TABLE "floor_plans"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."desks_assignee_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."desks_zone_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."desks_floor_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "desks"
        `);
        await queryRunner.query(`
            DROP TABLE "zones"
        `);
        await queryRunner.query(`
            DROP TABLE "floors"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."people_manager_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."people_department_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "people"
        `);
        await queryRunner.query(`
            DROP TABLE "buildings"
        `);
        await queryRunner.query(`
            DROP TABLE "departments"
        `);
    }

}
