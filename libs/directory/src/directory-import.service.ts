import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@platzbuch/platform';
import { DepartmentsService } from './departments.service';
import type { DeviceProfile } from './person.entity';

/** A member of staff as a trusted source (demo data, a migration) describes them. */
export interface ImportedPerson {
  objectId: string;
  displayName: string;
  email: string;
  department: string | null;
  jobTitle: string | null;
  deviceProfile: DeviceProfile;
  roles: Role[];
  /** The object id of the person's manager, who may come later in the list. */
  managerObjectId: string | null;
}

/**
 * Writes a whole staff list at once, for trusted callers: departments are created on demand,
 * people upserted by tenant and object id (so a later directory sync or sign-in merges with them),
 * managers linked once everybody exists.
 */
@Injectable()
export class DirectoryImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
  ) {}

  /**
   * Returns the person id of every object id. The rows' creation times follow the list, a
   * microsecond apart (one clock reading would give them all the same, and some clocks are
   * coarser than that): the dev sign-in offers the first people without roles as personas.
   */
  async importPeople(tenantId: string, people: readonly ImportedPerson[]): Promise<Map<string, string>> {
    return this.dataSource.transaction(async (manager) => {
      const departmentIds = await this.departments.ensure(
        people.flatMap((person) => (person.department ? [person.department] : [])),
        manager,
      );
      const column = <T>(pick: (person: ImportedPerson) => T) => people.map(pick);
      const rows = await manager.query<{ id: string; object_id: string }[]>(
        `INSERT INTO people (tenant_id, object_id, display_name, email, user_principal_name, department_id,
                             job_title, device_profile, roles, created_at)
         SELECT $1, i.object_id, i.display_name, i.email, i.email, i.department_id, i.job_title, i.device_profile,
                string_to_array(i.roles, ',')::text[], now() + i.position * interval '1 microsecond'
           FROM unnest($2::uuid[], $3::varchar[], $4::varchar[], $5::uuid[], $6::varchar[], $7::varchar[], $8::text[])
                WITH ORDINALITY AS i(object_id, display_name, email, department_id, job_title, device_profile, roles, position)
         ON CONFLICT (tenant_id, object_id) DO UPDATE
           SET display_name = EXCLUDED.display_name, email = EXCLUDED.email,
               user_principal_name = EXCLUDED.user_principal_name, department_id = EXCLUDED.department_id,
               job_title = EXCLUDED.job_title, device_profile = EXCLUDED.device_profile, roles = EXCLUDED.roles,
               updated_at = now()
         RETURNING id, object_id`,
        [
          tenantId,
          column((p) => p.objectId),
          column((p) => p.displayName),
          column((p) => p.email),
          column((p) => (p.department ? departmentIds.get(p.department)! : null)),
          column((p) => p.jobTitle),
          column((p) => p.deviceProfile),
          column((p) => p.roles.join(',')),
        ],
      );
      const ids = new Map(rows.map((row) => [row.object_id, row.id]));
      const managed = people.filter((person) => person.managerObjectId && ids.has(person.managerObjectId));
      await manager.query(
        `UPDATE people p SET manager_id = m.manager_id
           FROM unnest($1::uuid[], $2::uuid[]) AS m(person_id, manager_id)
          WHERE p.id = m.person_id`,
        [
          managed.map((person) => ids.get(person.objectId)),
          managed.map((person) => ids.get(person.managerObjectId!)),
        ],
      );
      return ids;
    });
  }

  /** Whether nobody is in the directory yet: demo data goes only into an empty installation. */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.dataSource.query<unknown[]>('SELECT 1 FROM people LIMIT 1');
    return row === undefined;
  }
}
