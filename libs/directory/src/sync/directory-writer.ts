import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DepartmentsService } from '../departments.service';
import type { DeactivationReason } from '../person-deactivated.event';
import type { DirectoryEntry } from './directory-entry';

export interface PageOutcome {
  created: number;
  updated: number;
  deactivated: { personId: string; reason: DeactivationReason }[];
}

/** Active people of tenant $1 created before $3 whom no staged page of run $2 names. */
const MISSING = `seen AS (
    SELECT DISTINCT (e->>'objectId')::uuid AS object_id
      FROM directory_sync_pages s, jsonb_array_elements(s.entries) e
     WHERE s.run_id = $2),
  missing AS (
    SELECT p.id FROM people p
     WHERE p.tenant_id = $1 AND p.active AND p.created_at < $3
       AND NOT EXISTS (SELECT 1 FROM seen WHERE seen.object_id = p.object_id))`;

const REMOVED = `coalesce(e->>'deactivation', '') IN ('soft_deleted', 'deleted')`;

/**
 * Writes directory entries into `people` and `departments`, a page at a time inside the caller's
 * transaction. Every statement is keyed by tenant and object id and changes only what differs, so
 * that applying a page again (a resumed round, the same user twice) changes nothing further.
 */
@Injectable()
export class DirectoryWriter {
  constructor(private readonly departments: DepartmentsService) {}

  async apply(
    manager: EntityManager,
    tenantId: string,
    entries: readonly DirectoryEntry[],
    now: Date,
  ): Promise<PageOutcome> {
    if (entries.length === 0) return { created: 0, updated: 0, deactivated: [] };
    const page = JSON.stringify(entries);
    await this.departments.ensure(
      entries.flatMap((entry) => (entry.department ? [entry.department] : [])),
      manager,
    );

    // Users Graph reports as deleted are not created: there is nobody to sign in or to book for.
    const created = await manager.query<{ id: string }[]>(
      `INSERT INTO people (tenant_id, object_id, display_name, email, user_principal_name, department_id,
                           job_title, office_location, device_profile, active, deactivated_at)
       SELECT $1, (e->>'objectId')::uuid,
              coalesce(e->>'displayName', e->>'userPrincipalName', e->>'email', e->>'objectId'),
              e->>'email', e->>'userPrincipalName', d.id, e->>'jobTitle', e->>'officeLocation',
              coalesce(e->>'deviceProfile', 'unknown'),
              NOT (e ? 'deactivation'), CASE WHEN e ? 'deactivation' THEN $3::timestamptz END
         FROM jsonb_array_elements($2::jsonb) e
         LEFT JOIN departments d ON d.name = e->>'department'
        WHERE NOT ${REMOVED}
       ON CONFLICT (tenant_id, object_id) DO NOTHING
       RETURNING id`,
      [tenantId, page, now],
    );

    // A property Graph left out keeps its value; people created just now differ in nothing. (The
    // UPDATEs run inside a CTE: a plain UPDATE's raw result is [rows, count], not the rows.)
    const updated = await manager.query<{ id: string }[]>(
      `WITH proposed AS (
         SELECT p.id,
                coalesce(e->>'displayName', p.display_name) AS display_name,
                CASE WHEN e ? 'email' THEN e->>'email' ELSE p.email END AS email,
                CASE WHEN e ? 'userPrincipalName' THEN e->>'userPrincipalName' ELSE p.user_principal_name END
                  AS user_principal_name,
                CASE WHEN e ? 'department' THEN d.id ELSE p.department_id END AS department_id,
                CASE WHEN e ? 'jobTitle' THEN e->>'jobTitle' ELSE p.job_title END AS job_title,
                CASE WHEN e ? 'officeLocation' THEN e->>'officeLocation' ELSE p.office_location END AS office_location,
                coalesce(e->>'deviceProfile', p.device_profile) AS device_profile,
                p.active OR e ? 'enabled' AS active
           FROM jsonb_array_elements($2::jsonb) e
           JOIN people p ON p.tenant_id = $1 AND p.object_id = (e->>'objectId')::uuid
           LEFT JOIN departments d ON d.name = e->>'department'
          WHERE NOT ${REMOVED})
       , changed AS (
       UPDATE people p
          SET display_name = x.display_name, email = x.email, user_principal_name = x.user_principal_name,
              department_id = x.department_id, job_title = x.job_title, office_location = x.office_location,
              device_profile = x.device_profile, active = x.active,
              deactivated_at = CASE WHEN x.active THEN NULL ELSE p.deactivated_at END, updated_at = $3
         FROM proposed x
        WHERE p.id = x.id
          AND (x.display_name, x.email, x.user_principal_name, x.department_id, x.job_title, x.office_location,
               x.device_profile, x.active)
              IS DISTINCT FROM
              (p.display_name, p.email, p.user_principal_name, p.department_id, p.job_title, p.office_location,
               p.device_profile, p.active)
       RETURNING p.id)
       SELECT id FROM changed`,
      [tenantId, page, now],
    );

    const deactivated = await manager.query<{ personId: string; reason: DeactivationReason }[]>(
      `WITH changed AS (
         UPDATE people p SET active = false, deactivated_at = $3, updated_at = $3
           FROM jsonb_array_elements($2::jsonb) e
          WHERE e ? 'deactivation' AND p.tenant_id = $1 AND p.object_id = (e->>'objectId')::uuid AND p.active
         RETURNING p.id AS "personId", e->>'deactivation' AS reason)
       SELECT * FROM changed`,
      [tenantId, page, now],
    );

    const createdIds = new Set(created.map((row) => row.id));
    return {
      created: created.length,
      updated: updated.filter((row) => !createdIds.has(row.id)).length,
      deactivated,
    };
  }

  /**
   * Sets the managers the entries name, once every page of the round is in: a manager may arrive
   * pages after their reports. Returns how many people who existed before `since` changed manager.
   */
  async linkManagers(
    manager: EntityManager,
    tenantId: string,
    entries: readonly DirectoryEntry[],
    since: Date,
  ): Promise<number> {
    const withManager = entries.filter((entry) => entry.manager !== undefined);
    if (withManager.length === 0) return 0;
    const rows = await manager.query<{ existing: boolean }[]>(
      `WITH changed AS (
       UPDATE people p SET manager_id = m.id
         FROM jsonb_array_elements($2::jsonb) e
         LEFT JOIN people m ON m.tenant_id = $1 AND m.object_id = (e->>'manager')::uuid
        WHERE p.tenant_id = $1 AND p.object_id = (e->>'objectId')::uuid
          AND p.manager_id IS DISTINCT FROM m.id AND p.id IS DISTINCT FROM m.id
       RETURNING p.created_at < $3 AS existing)
       SELECT existing FROM changed`,
      [
        tenantId,
        JSON.stringify(withManager.map(({ objectId, manager: boss }) => ({ objectId, manager: boss }))),
        since,
      ],
    );
    return rows.filter((row) => row.existing).length;
  }

  /**
   * After a full round: deactivates the active people who were there before the round began but
   * whom Graph no longer lists (deleted while the delta link had expired), for `deleted`.
   */
  async deactivateMissing(
    manager: EntityManager,
    tenantId: string,
    runId: string,
    since: Date,
    now: Date,
  ): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH ${MISSING},
       changed AS (
         UPDATE people p SET active = false, deactivated_at = $4, updated_at = $4
           FROM missing WHERE p.id = missing.id
         RETURNING p.id)
       SELECT id FROM changed`,
      [tenantId, runId, since, now],
    );
    return rows.map((row) => row.id);
  }

  /** How many people `deactivateMissing` would deactivate now. */
  async countMissing(manager: EntityManager, tenantId: string, runId: string, since: Date): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      `WITH ${MISSING} SELECT count(*)::int AS count FROM missing`,
      [tenantId, runId, since],
    );
    return count;
  }

  /**
   * Members of the notebook group use notebooks; people removed from it have no known profile
   * any more. Returns how many people's profile changed.
   */
  async setNotebookMembers(
    manager: EntityManager,
    tenantId: string,
    changes: readonly { objectId: string; member: boolean }[],
    now: Date,
  ): Promise<number> {
    if (changes.length === 0) return 0;
    const rows = await manager.query<{ id: string }[]>(
      `WITH changed AS (
         UPDATE people p
            SET device_profile = CASE WHEN v.member THEN 'notebook' ELSE 'unknown' END, updated_at = $4
           FROM unnest($2::uuid[], $3::boolean[]) AS v(object_id, member)
          WHERE p.tenant_id = $1 AND p.object_id = v.object_id
            AND p.device_profile <> CASE WHEN v.member THEN 'notebook' ELSE 'unknown' END
         RETURNING p.id)
       SELECT id FROM changed`,
      [tenantId, changes.map((change) => change.objectId), changes.map((change) => change.member), now],
    );
    return rows.length;
  }

  /** How many of the people named by `objectIds` are active now. */
  async countActive(manager: EntityManager, tenantId: string, objectIds: readonly string[]): Promise<number> {
    if (objectIds.length === 0) return 0;
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM people WHERE tenant_id = $1 AND active AND object_id = ANY($2::uuid[])`,
      [tenantId, objectIds],
    );
    return count;
  }

  /** Active people of the tenant: the base of the mass-deactivation guard. */
  async activePeople(manager: EntityManager, tenantId: string): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM people WHERE tenant_id = $1 AND active`,
      [tenantId],
    );
    return count;
  }
}
