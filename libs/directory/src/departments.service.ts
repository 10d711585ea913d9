import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { DepartmentSummary } from '@platzbuch/contracts';
import { Department } from './department.entity';

@Injectable()
export class DepartmentsService {
  constructor(@InjectRepository(Department) private readonly departments: Repository<Department>) {}

  /** Every department by name, for choosing the one that owns a zone; a city has a few dozen. */
  async list(): Promise<DepartmentSummary[]> {
    const rows = await this.departments.find({ select: { id: true, name: true }, order: { name: 'ASC' } });
    return rows.map(({ id, name }) => ({ id, name }));
  }

  /** The names of the departments among `ids`; an id that names none is missing from the map. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.departments.find({
      where: { id: In([...new Set(ids)]) },
      select: { id: true, name: true },
    });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The ids of the departments named `names`, creating those that do not exist yet. */
  async ensure(
    names: readonly string[],
    manager: EntityManager = this.departments.manager,
  ): Promise<Map<string, string>> {
    const wanted = [...new Set(names)];
    if (wanted.length === 0) return new Map();
    // DO UPDATE rather than DO NOTHING, so that existing rows come back too; in name order, so that
    // two transactions naming the same departments lock them in the same order and cannot deadlock.
    const rows = await manager.query<{ id: string; name: string }[]>(
      `INSERT INTO departments (name) SELECT unnest($1::varchar[]) ORDER BY 1
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
       RETURNING id, name`,
      [wanted],
    );
    return new Map(rows.map((row) => [row.name, row.id]));
  }
}
