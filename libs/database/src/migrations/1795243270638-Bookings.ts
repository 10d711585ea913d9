import { MigrationInterface, QueryRunner } from "typeorm";

export class Bookings1795243270638 implements MigrationInterface {
    name = 'Bookings1795243270638'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "booking_delegates" (
                "person_id" uuid NOT NULL,
                "delegate_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "booking_delegates_self_check" CHECK (person_id <> delegate_id),
                CONSTRAINT "PK_3a3994615c0618c7fbc287d1d20" PRIMARY KEY ("person_id", "delegate_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "booking_delegates_delegate_idx" ON "booking_delegates" ("delegate_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "booking_policies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "scope" character varying(16) NOT NULL,
                "building_id" uuid,
                "zone_id" uuid,
                "horizon_days" smallint,
                "max_duration_minutes" smallint,
                "max_active_bookings" smallint,
                "closed_on_holidays" boolean,
                "department_priority_days" smallint,
                "holiday_region" character varying(2),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by_id" uuid,
                CONSTRAINT "booking_policies_region_check" CHECK (
                    holiday_region IS NULL
                    OR (
                        scope = 'organisation'
                        AND holiday_region IN (
                            'BW',
                            'BY',
                            'BE',
                            'BB',
                            'HB',
                            'HH',
                            'HE',
                            'MV',
                            'NI',
                            'NW',
                            'RP',
                            'SL',
                            'SN',
                            'ST',
                            'SH',
                            'TH'
                        )
                    )
                ),
                CONSTRAINT "booking_policies_priority_check" CHECK (
                    department_priority_days BETWEEN 0 AND 730
                ),
                CONSTRAINT "booking_policies_active_check" CHECK (
                    max_active_bookings BETWEEN 1 AND 1000
                ),
                CONSTRAINT "booking_policies_duration_check" CHECK (
                    max_duration_minutes BETWEEN 15 AND 1440
                ),
                CONSTRAINT "booking_policies_horizon_check" CHECK (
                    horizon_days BETWEEN 0 AND 730
                ),
                CONSTRAINT "booking_policies_scope_target_check" CHECK (
                    (
                        scope = 'organisation'
                        AND building_id IS NULL
                        AND zone_id IS NULL
                    )
                    OR (
                        scope = 'building'
                        AND building_id IS NOT NULL
                        AND zone_id IS NULL
                    )
                    OR (
                        scope = 'zone'
                        AND zone_id IS NOT NULL
                        AND building_id IS NULL
                    )
                ),
                CONSTRAINT "booking_policies_scope_check" CHECK (scope IN ('organisation', 'building', 'zone')),
                CONSTRAINT "PK_5ad4c7966f3c0f82511f56754de" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "booking_policies_building_key" ON "booking_policies" ("building_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "booking_policies_zone_key" ON "booking_policies" ("zone_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "booking_policies_organisation_key" ON "booking_policies" ("scope")
            WHERE scope = 'organisation'
        `);
        await queryRunner.query(`
            CREATE TABLE "booking_series" (
                "resource_kind" character varying(8) NOT NULL,
                "desk_id" uuid,
                "room_id" uuid,
                "person_id" uuid,
                "booked_by_id" uuid,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "weekdays" smallint array NOT NULL,
                "first_day" date NOT NULL,
                "last_day" date NOT NULL,
                "start_time" TIME NOT NULL,
                "end_time" TIME NOT NULL,
                "timezone" character varying(64) NOT NULL,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "booking_series_times_check" CHECK (end_time > start_time),
                CONSTRAINT "booking_series_days_check" CHECK (last_day >= first_day),
                CONSTRAINT "booking_series_weekdays_check" CHECK (
                    cardinality(weekdays) > 0
                    AND weekdays <@ ARRAY [1, 2, 3, 4, 5, 6, 7]::smallint []
                ),
                CONSTRAINT "booking_series_resource_check" CHECK (
                    (
                        resource_kind = 'desk'
                        AND room_id IS NULL
                    )
                    OR (
                        resource_kind = 'room'
                        AND desk_id IS NULL
                    )
                ),
                CONSTRAINT "booking_series_resource_kind_check" CHECK (resource_kind IN ('desk', 'room')),
                CONSTRAINT "PK_d9121388a3326c119114075fb61" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "booking_series_person_idx" ON "booking_series" ("person_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "bookings" (
                "resource_kind" character varying(8) NOT NULL,
                "desk_id" uuid,
                "room_id" uuid,
                "person_id" uuid,
                "booked_by_id" uuid,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "start_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "end_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "day" date NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'confirmed',
                "series_id" uuid,
                "checked_in_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancel_reason" character varying(32),
                "cancelled_by_id" uuid,
                "released_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "bookings_cancel_reason_check" CHECK (
                    cancel_reason IN (
                        'by_person',
                        'resource_blocked',
                        'person_deactivated'
                    )
                ),
                CONSTRAINT "bookings_interval_check" CHECK (end_at > start_at),
                CONSTRAINT "bookings_resource_check" CHECK (
                    (
                        resource_kind = 'desk'
                        AND room_id IS NULL
                    )
                    OR (
                        resource_kind = 'room'
                        AND desk_id IS NULL
                    )
                ),
                CONSTRAINT "bookings_resource_kind_check" CHECK (resource_kind IN ('desk', 'room')),
                CONSTRAINT "bookings_status_check" CHECK (
                    status IN (
                        'confirmed',
                        'checked_in',
                        'cancelled',
                        'released'
                    )
                ),
                CONSTRAINT "bookings_person_desk_overlap_excl" EXCLUDE USING gist (
                    person_id WITH =,
                    tstzrange(start_at, end_at, '[)') WITH &&
                )
                WHERE (
                        status IN ('confirmed', 'checked_in')
                        AND resource_kind = 'desk'
                    ),
                    CONSTRAINT "bookings_room_overlap_excl" EXCLUDE USING gist (
                        room_id WITH =,
                        tstzrange(start_at, end_at, '[)') WITH &&
                    )
                WHERE (
                        status IN ('confirmed', 'checked_in')
                        AND resource_kind = 'room'
                    ),
                    CONSTRAINT "bookings_desk_overlap_excl" EXCLUDE USING gist (
                        desk_id WITH =,
                        tstzrange(start_at, end_at, '[)') WITH &&
                    )
                WHERE (
                        status IN ('confirmed', 'checked_in')
                        AND resource_kind = 'desk'
                    ),
                    CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "bookings_series_idx" ON "bookings" ("series_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "bookings_booked_by_start_idx" ON "bookings" ("booked_by_id", "start_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "bookings_person_start_idx" ON "bookings" ("person_id", "start_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "bookings_day_desk_idx" ON "bookings" ("day", "desk_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "check_in_settings" (
                "building_id" uuid NOT NULL,
                "required" boolean NOT NULL,
                "opens_minutes_before" smallint NOT NULL,
                "grace_minutes" smallint NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "check_in_settings_grace_check" CHECK (
                    grace_minutes BETWEEN 5 AND 240
                ),
                CONSTRAINT "check_in_settings_opens_check" CHECK (
                    opens_minutes_before BETWEEN 0 AND 240
                ),
                CONSTRAINT "PK_57c1992c14edbbc10c3d4000310" PRIMARY KEY ("building_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "closure_days" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "day" date NOT NULL,
                "building_id" uuid,
                "name" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a012977b49fff06c4a1c1258e60" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "closure_days_building_key" ON "closure_days" ("day", "building_id")
            WHERE building_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "closure_days_organisation_key" ON "closure_days" ("day")
            WHERE building_id IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "desk_releases" (
                "desk_id" uuid NOT NULL,
                "day" date NOT NULL,
                "assignee_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_09e370c52390894b9c36c49b207" PRIMARY KEY ("desk_id", "day")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "office_hours" (
                "building_id" uuid NOT NULL,
                "weekdays" smallint array NOT NULL,
                "opens_at" TIME NOT NULL,
                "splits_at" TIME NOT NULL,
                "closes_at" TIME NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "office_hours_weekdays_check" CHECK (
                    cardinality(weekdays) > 0
                    AND weekdays <@ ARRAY [1, 2, 3, 4, 5, 6, 7]::smallint []
                ),
                CONSTRAINT "office_hours_order_check" CHECK (
                    opens_at < splits_at
                    AND splits_at < closes_at
                ),
                CONSTRAINT "PK_2db34198f2f65de1b3f20948128" PRIMARY KEY ("building_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_delegates"
            ADD CONSTRAINT "FK_75094b2dfdd36fc2581f53bac91" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_delegates"
            ADD CONSTRAINT "FK_67a36885a2649056c203ff7f786" FOREIGN KEY ("delegate_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_policies"
            ADD CONSTRAINT "FK_8c81990d4af428eeac388ec0db3" FOREIGN KEY ("building_id") REFERENCES "buildings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_policies"
            ADD CONSTRAINT "FK_01909b7fa7eb7d3e6585fcebad7" FOREIGN KEY ("zone_id") REFERENCES "zones"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_policies"
            ADD CONSTRAINT "FK_c90a51737a1a1b80ebc46362ae0" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series"
            ADD CONSTRAINT "FK_ebe8c750e2daddd0628fbc0ae14" FOREIGN KEY ("desk_id") REFERENCES "desks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series"
            ADD CONSTRAINT "FK_23d5929843d8b3a3b5141c1055b" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series"
            ADD CONSTRAINT "FK_c8a90bcd99451812e56206f108f" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series"
            ADD CONSTRAINT "FK_2db0e65f09e250c601ebb05c7f6" FOREIGN KEY ("booked_by_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_2cc08b073875b2f6161b8850f4a" FOREIGN KEY ("desk_id") REFERENCES "desks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_0b0fc32fe6bd0119e281628df7a" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_db7dab713e82f40bc7e3f1b1a1a" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_6f2b6c1ed65bb2e68d48a0dd631" FOREIGN KEY ("booked_by_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_4570f2eae0f81695c941d73c50b" FOREIGN KEY ("series_id") REFERENCES "booking_series"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "FK_977313f5bd68a7156fdada92afc" FOREIGN KEY ("cancelled_by_id") REFERENCES "people"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "check_in_settings"
            ADD CONSTRAINT "FK_57c1992c14edbbc10c3d4000310" FOREIGN KEY ("building_id") REFERENCES "buildings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "closure_days"
            ADD CONSTRAINT "FK_dfb5e03dea1912228c7ca20580c" FOREIGN KEY ("building_id") REFERENCES "buildings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "desk_releases"
            ADD CONSTRAINT "FK_af09387fc3b043235e528b48b0a" FOREIGN KEY ("desk_id") REFERENCES "desks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "desk_releases"
            ADD CONSTRAINT "FK_9ff9724abfb17203a10e4b9f4e7" FOREIGN KEY ("assignee_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "office_hours"
            ADD CONSTRAINT "FK_2db34198f2f65de1b3f20948128" FOREIGN KEY ("building_id") REFERENCES "buildings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "office_hours" DROP CONSTRAINT "FK_2db34198f2f65de1b3f20948128"
        `);
        await queryRunner.query(`
            ALTER TABLE "desk_releases" DROP CONSTRAINT "FK_9ff9724abfb17203a10e4b9f4e7"
        `);
        await queryRunner.query(`
            ALTER TABLE "desk_releases" DROP CONSTRAINT "FK_af09387fc3b043235e528b48b0a"
        `);
        await queryRunner.query(`
            ALTER TABLE "closure_days" DROP CONSTRAINT "FK_dfb5e03dea1912228c7ca20580c"
        `);
        await queryRunner.query(`
            ALTER TABLE "check_in_settings" DROP CONSTRAINT "FK_57c1992c14edbbc10c3d4000310"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_977313f5bd68a7156fdada92afc"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_4570f2eae0f81695c941d73c50b"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_6f2b6c1ed65bb2e68d48a0dd631"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_db7dab713e82f40bc7e3f1b1a1a"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_0b0fc32fe6bd0119e281628df7a"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "FK_2cc08b073875b2f6161b8850f4a"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series" DROP CONSTRAINT "FK_2db0e65f09e250c601ebb05c7f6"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series" DROP CONSTRAINT "FK_c8a90bcd99451812e56206f108f"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series" DROP CONSTRAINT "FK_23d5929843d8b3a3b5141c1055b"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_series" DROP CONSTRAINT "FK_ebe8c750e2daddd0628fbc0ae14"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_policies" DROP CONSTRAINT "FK_c90a51737a1a1b80ebc46362ae0"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_policies" DROP CONSTRAINT "FK_01909b7fa7eb7d3e6585fcebad7"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_policies" DROP CONSTRAINT "FK_8c81990d4af428eeac388ec0db3"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_delegates" DROP CONSTRAINT "FK_67a36885a2649056c203ff7f786"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking_delegates" DROP CONSTRAINT "FK_75094b2dfdd36fc2581f53bac91"
        `);
        await queryRunner.query(`
            DROP TABLE "office_hours"
        `);
        await queryRunner.query(`
            DROP TABLE "desk_releases"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."closure_days_organisation_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."closure_days_building_key"
        `);
        await queryRunner.query(`
            DROP TABLE "closure_days"
        `);
        await queryRunner.query(`
            DROP TABLE "check_in_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."bookings_day_desk_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."bookings_person_start_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."bookings_booked_by_start_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."bookings_series_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "bookings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_series_person_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "booking_series"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_policies_organisation_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_policies_zone_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_policies_building_key"
        `);
        await queryRunner.query(`
            DROP TABLE "booking_policies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_delegates_delegate_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "booking_delegates"
        `);
    }

}
