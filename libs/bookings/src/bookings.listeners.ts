import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonDeactivated } from '@platzbuch/directory';
import { ResourcesBlocked, ResourcesRemoving } from '@platzbuch/locations';
import { DomainEvents, StateConflictError } from '@platzbuch/platform';
import { BookingsService } from './bookings.service';

/** What bookings does when other domains change things bookings depend on. */
@Injectable()
export class BookingsListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly bookings: BookingsService,
  ) {}

  onModuleInit(): void {
    this.events.on(ResourcesRemoving, (event) => this.vetoRemovalWhileBooked(event));
    // Owners see `resource_blocked` on their cancelled bookings, and can book elsewhere in time.
    this.events.on(ResourcesBlocked, async (event) => {
      await this.bookings.cancelUpcoming(event, 'resource_blocked', event.manager);
    });
    this.events.on(PersonDeactivated, async (event) => {
      await this.bookings.cancelUpcoming({ personId: event.personId }, 'person_deactivated', event.manager);
    });
  }

  /** Desks and rooms with bookings still to come cannot be deleted; blocking them first cancels those. */
  private async vetoRemovalWhileBooked(event: ResourcesRemoving): Promise<void> {
    const count = await this.bookings.countUnfinished(event.deskIds, event.roomIds, event.manager);
    if (count === 0) return;
    throw new StateConflictError(
      {
        de: `${count} künftige ${count === 1 ? 'Buchung hält' : 'Buchungen halten'} diese Plätze; bitte sperren Sie sie zuerst, das storniert die Buchungen.`,
        en: `${count} upcoming ${count === 1 ? 'booking holds' : 'bookings hold'} these places; block them first, which cancels the bookings.`,
      },
      { upcomingBookings: count },
    );
  }
}
