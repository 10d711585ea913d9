import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents, StateConflictError } from '@platzbuch/platform';
import { explainViolations, notFound } from './location-errors';
import { ResourcesRemoving } from './resource-events';

export type RemovableKind = 'building' | 'floor' | 'desk' | 'room';

/** The table of each kind, and which desks and rooms go with it (`$1` is its id). */
const SCOPES: Record<RemovableKind, { table: string; desks?: string; rooms?: string }> = {
  building: {
    table: 'buildings',
    desks: 'building_id = $1',
    rooms: 'floor_id IN (SELECT id FROM floors WHERE building_id = $1)',
  },
  floor: { table: 'floors', desks: 'floor_id = $1', rooms: 'floor_id = $1' },
  desk: { table: 'desks', desks: 'id = $1' },
  room: { table: 'rooms', rooms: 'id = $1' },
};

const stillReferenced = () =>
  new StateConflictError({
    de: 'Das Objekt wird noch von anderen Daten verwendet und kann nicht gelöscht werden.',
    en: 'Other records still refer to this object, so it cannot be deleted.',
  });

/**
 * Deletes a building, floor, desk or room with everything on it, unless a subscriber of
 * `ResourcesRemoving` vetoes: bookings does while any of the desks or rooms is booked ahead.
 */
@Injectable()
export class LocationRemoval {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async remove(kind: RemovableKind, id: string): Promise<void> {
    const scope = SCOPES[kind];
    await this.dataSource.transaction(async (manager) => {
      // The object first: creating a desk on this floor now waits (its foreign key needs the row).
      // Then its desks and rooms: a booking of one of them waits too, so the veto sees every booking.
      const found = await manager.query<unknown[]>(`SELECT 1 FROM ${scope.table} WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (found.length === 0) throw notFound(kind);
      const lock = async (table: 'desks' | 'rooms', where: string | undefined) =>
        where
          ? (
              await manager.query<{ id: string }[]>(
                `SELECT id FROM ${table} WHERE ${where} ORDER BY id FOR UPDATE`,
                [id],
              )
            ).map((row) => row.id)
          : [];
      const deskIds = await lock('desks', scope.desks);
      const roomIds = await lock('rooms', scope.rooms);
      await this.events.publish(new ResourcesRemoving(deskIds, roomIds, manager));
      await explainViolations(manager.query(`DELETE FROM ${scope.table} WHERE id = $1`, [id]), {
        foreignKey: stillReferenced,
      });
    });
  }
}
