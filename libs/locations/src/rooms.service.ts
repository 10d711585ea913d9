import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { RoomInput, RoomView } from '@platzbuch/contracts';
import { DomainEvents } from '@platzbuch/platform';
import { definedOnly } from './defined-only';
import { FloorsService } from './floors.service';
import { duplicate, explainViolations, findOrFail, notFound } from './location-errors';
import { LocationRemoval } from './location-removal';
import { toRoomView } from './location-views';
import { sortNaturally } from './natural-order';
import { announcePlaceDetails, ResourcesBlocked } from './resource-events';
import { Room } from './room.entity';

@Injectable()
export class RoomsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Room) private readonly rooms: Repository<Room>,
    private readonly floors: FloorsService,
    private readonly events: DomainEvents,
    private readonly removal: LocationRemoval,
  ) {}

  /** Every meeting room of a floor, by name. */
  async listOfFloor(floorId: string): Promise<RoomView[]> {
    await this.floors.find(floorId);
    return sortNaturally(await this.rooms.findBy({ floorId }), (room) => room.name).map(toRoomView);
  }

  async get(id: string): Promise<RoomView> {
    return toRoomView(await findOrFail(this.rooms, id, 'room'));
  }

  async create(floorId: string, input: RoomInput): Promise<RoomView> {
    const room = this.rooms.create({
      x: 50,
      y: 50,
      equipment: [],
      status: 'active',
      ...definedOnly(input),
      floorId,
    });
    return toRoomView(await this.save(this.dataSource.manager, room));
  }

  /** Changes a room; blocking it tells subscribers of `ResourcesBlocked` in the same transaction. */
  async update(id: string, changes: Partial<RoomInput>): Promise<RoomView> {
    const [before, saved] = await this.dataSource.transaction(async (manager) => {
      const room = await manager.findOne(Room, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!room) throw notFound('room');
      const unchanged = { ...room };
      Object.assign(room, definedOnly(changes));
      const changed = await this.save(manager, room);
      if (unchanged.status !== 'blocked' && changed.status === 'blocked') {
        await this.events.publish(new ResourcesBlocked([], [id], manager));
      }
      return [unchanged, changed];
    });
    await announcePlaceDetails(this.events, before, saved, ['name']);
    return toRoomView(saved);
  }

  /** Deletes a room; refused while it is booked ahead. */
  remove(id: string): Promise<void> {
    return this.removal.remove('room', id);
  }

  private save(manager: EntityManager, room: Room): Promise<Room> {
    return explainViolations(manager.save(room), {
      unique: () => duplicate.room(room.name),
      foreignKey: () => notFound('floor'),
    });
  }
}
