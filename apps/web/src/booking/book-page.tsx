import type { DelegateView, DeskAvailability, FloorAvailability, FloorPlanView } from '@platzbuch/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { cancelBooking, getFloorAvailability, listPrincipals } from '../api/bookings';
import { equipmentParts } from '../floors/desk-description';
import { FloorPlan } from '../floors/floor-plan';
import { useFloorViewMode, ViewSwitch } from '../floors/view-switch';
import { useI18n } from '../i18n/i18n';
import { useMe } from '../session/session';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { AvailabilityTable } from './availability-table';
import { BookingDialog, type BookingTarget } from './booking-dialog';
import { CheckInPrompt } from './check-in-prompt';
import { availabilityQuery, isComplete, todayIn, wallTime, type When } from './booking-when';
import { DeskFilters } from './desk-filters';
import { DeskFinder } from './desk-finder';
import { deskMarkersFor, type DeskFilter, matchesFilter, NO_FILTER, ruleText, stateText } from './desk-state';
import { PlaceFields, usePlaceChoice } from './place-choice';
import { type Favourites, useFavourites } from './remembered';
import { StateLegend } from './state-legend';
import { WhenFields } from './when-fields';

/** The home of staff: a day and a slot, a floor, its desks' states on the plan or as a list; book. */
export function BookPage() {
  const { t } = useI18n();
  const me = useMe();
  const place = usePlaceChoice();
  const [when, setWhen] = useState<When>(() => ({
    date: todayIn(),
    slot: 'day',
    from: '08:00',
    to: '12:00',
  }));
  const [filter, setFilter] = useState<DeskFilter>(NO_FILTER);
  const favourites = useFavourites();
  const [done, setDone] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const principals = useAsync(() => listPrincipals(), []).state;
  const zone = place.building?.timezone ?? 'Europe/Berlin';
  const complete = isComplete(when);
  const query = complete ? availabilityQuery(when, zone) : null;
  const floorId = place.floor?.id;

  const availability = useAsync(
    (signal) => (floorId && query ? getFloorAvailability(floorId, query, signal) : Promise.resolve(null)),
    // The query is a new object on every render; its text says when it means something new.
    [floorId, JSON.stringify(query), reloads],
  );

  const booked = (message: string) => {
    setDone(message);
    setReloads((n) => n + 1);
  };

  return (
    <Page title={t('booking.title')}>
      <p className="lead">{t('home.greeting', { name: me.displayName })}</p>
      <CheckInPrompt refresh={reloads} />
      <section className="card booking-choice" aria-labelledby="booking-choice">
        <h2 id="booking-choice">{t('booking.choiceTitle')}</h2>
        <div className="booking-choice__fields">
          <WhenFields
            when={when}
            onChange={(next) => {
              setWhen(next);
              setDone(null);
            }}
          />
          <PlaceFields choice={place} />
        </div>
      </section>
      <DeskFinder
        when={when}
        zone={zone}
        buildingId={place.building?.id ?? null}
        filter={filter}
        interval={availability.state.status === 'done' ? availability.state.data : null}
        principals={principals.status === 'done' ? principals.data : []}
        onBooked={booked}
      />
      {place.buildings.status === 'failed' && <ProblemAlert error={place.buildings.error} />}
      {place.buildings.status === 'done' && place.buildings.data.length === 0 && (
        <p>{t('floors.noBuildings')}</p>
      )}
      {availability.state.status === 'loading' && <Loading />}
      {availability.state.status === 'failed' && (
        <ProblemAlert error={availability.state.error} onRetry={availability.reload} />
      )}
      {availability.state.status === 'done' && availability.state.data && (
        <FloorBooking
          data={availability.state.data}
          floorName={place.floor?.name ?? ''}
          buildingName={place.building?.name ?? ''}
          plan={place.floor?.plan ?? null}
          when={when}
          filter={filter}
          onFilter={setFilter}
          favourites={favourites}
          principals={principals.status === 'done' ? principals.data : []}
          done={done}
          onBooked={booked}
          onCancelled={booked}
        />
      )}
    </Page>
  );
}

interface FloorBookingProps {
  data: FloorAvailability;
  floorName: string;
  buildingName: string;
  plan: FloorPlanView | null;
  when: When;
  filter: DeskFilter;
  onFilter: (filter: DeskFilter) => void;
  favourites: Favourites;
  principals: DelegateView[];
  done: string | null;
  onBooked: (message: string) => void;
  onCancelled: (message: string) => void;
}

/** The desks of the chosen floor for the chosen time: plan or list, the chosen desk, the dialogs. */
function FloorBooking(props: FloorBookingProps) {
  const { data, floorName, buildingName, when, filter, favourites, principals, done } = props;
  const { t } = useI18n();
  const announce = useAnnounce();
  const [mode, setMode] = useFloorViewMode();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [booking, setBooking] = useState<DeskAvailability | null>(null);
  const [cancelling, setCancelling] = useState<DeskAvailability | null>(null);
  const doneLine = useRef<HTMLParagraphElement>(null);
  const details = useRef<HTMLElement>(null);
  const focusDetails = useRef(false);

  const shown = useMemo(
    () => data.desks.filter((desk) => matchesFilter(desk, filter, favourites.ids)),
    [data.desks, filter, favourites.ids],
  );
  const markers = useMemo(() => deskMarkersFor(shown, favourites.ids, t), [shown, favourites.ids, t]);
  const free = data.desks.filter((desk) => desk.state === 'free').length;
  const selected = data.desks.find((desk) => desk.id === selectedId) ?? null;
  const closedReason = useMemo(() => commonRestriction(data.desks), [data.desks]);

  useEffect(() => {
    if (done) doneLine.current?.focus();
  }, [done]);

  useEffect(() => {
    if (!selectedId) return;
    // Chosen by keyboard, the desk's panel takes the focus: its "book" button is the next Tab
    // instead of after every other desk of the floor.
    if (focusDetails.current) {
      focusDetails.current = false;
      details.current?.querySelector<HTMLElement>('h3')?.focus();
    } else if (!window.matchMedia('(min-width: 60rem)').matches) {
      // Where the plan fills the screen (phones), the chosen desk's panel below it comes into view.
      details.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [selectedId]);

  const place = (desk: DeskAvailability) =>
    [buildingName, floorName, desk.zoneName && t('desk.zone', { zone: desk.zoneName })]
      .filter(Boolean)
      .join(', ');
  const target = (desk: DeskAvailability): BookingTarget => ({
    kind: 'desk',
    id: desk.id,
    name: t('desk.name', { code: desk.code }),
    place: place(desk),
    equipment: desk.equipment,
  });
  const toggleFavourite = (desk: DeskAvailability) => {
    favourites.toggle({ id: desk.id, code: desk.code, buildingId: data.buildingId, floorId: data.floorId });
    announce(
      favourites.ids.has(desk.id)
        ? t('booking.favouriteRemoved', { code: desk.code })
        : t('booking.favouriteAdded', { code: desk.code }),
    );
  };

  return (
    <section aria-labelledby="booking-desks">
      <h2 id="booking-desks">{t('booking.desksTitle', { floor: floorName })}</h2>
      <div role="status">
        {done && (
          <p className="status-message" ref={doneLine} tabIndex={-1}>
            <span aria-hidden="true">✓ </span>
            {done}
          </p>
        )}
      </div>
      <DeskFilters filter={filter} onChange={props.onFilter} zones={zonesOf(data.desks)} />
      <p className="booking-summary" aria-live="polite">
        {t('booking.summary', { free, count: data.desks.length })}
        {shown.length !== data.desks.length && ` ${t('booking.filtered', { count: shown.length })}`}
      </p>
      {closedReason && (
        <p className="alert alert--warning">
          <span aria-hidden="true">⚠ </span>
          {t('booking.noneBookable', { reason: ruleText(closedReason, t) })}
        </p>
      )}
      <ViewSwitch mode={mode} onChange={setMode} />
      {mode === 'plan' ? (
        <>
          <StateLegend />
          <div className="floor-layout">
            <FloorPlan
              floorName={floorName}
              plan={props.plan}
              markers={markers}
              selectedId={selectedId}
              onSelect={(id, byKeyboard) => {
                focusDetails.current = byKeyboard && id !== selectedId;
                setSelectedId((current) => (current === id ? null : id));
              }}
            />
            <aside ref={details} className="card desk-details" aria-labelledby="desk-details-title">
              {selected ? (
                <DeskDetails
                  desk={selected}
                  favourite={favourites.ids.has(selected.id)}
                  onBook={() => setBooking(selected)}
                  onCancel={() => setCancelling(selected)}
                  onToggleFavourite={() => toggleFavourite(selected)}
                />
              ) : (
                <>
                  <h3 id="desk-details-title" className="visually-hidden">
                    {t('booking.chosenDesk')}
                  </h3>
                  <p className="muted">{t('booking.selectHint')}</p>
                </>
              )}
            </aside>
          </div>
        </>
      ) : (
        <AvailabilityTable
          caption={t('booking.tableCaption', { floor: floorName })}
          desks={shown}
          favourites={favourites.ids}
          onBook={setBooking}
          onToggleFavourite={toggleFavourite}
        />
      )}
      {booking && (
        <BookingDialog
          key={`${booking.id}-${when.date}`}
          target={target(booking)}
          when={when}
          zone={data.timezone}
          interval={data}
          principals={principals}
          onBooked={(message) => {
            setBooking(null);
            props.onBooked(message);
          }}
          onClose={() => setBooking(null)}
        />
      )}
      <ConfirmDialog
        open={cancelling !== null}
        title={t('myBookings.cancelTitle')}
        message={cancelling ? t('booking.cancelDesk', { code: cancelling.code }) : ''}
        confirmLabel={t('myBookings.cancel')}
        onConfirm={async () => {
          if (!cancelling?.yourBookingId) return;
          await cancelBooking(cancelling.yourBookingId);
          const code = cancelling.code;
          setCancelling(null);
          props.onCancelled(t('myBookings.cancelled', { what: t('desk.name', { code }) }));
        }}
        onClose={() => setCancelling(null)}
      />
    </section>
  );
}

function DeskDetails({
  desk,
  favourite,
  onBook,
  onCancel,
  onToggleFavourite,
}: {
  desk: DeskAvailability;
  favourite: boolean;
  onBook: () => void;
  onCancel: () => void;
  onToggleFavourite: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 id="desk-details-title" tabIndex={-1}>
        {t('desk.name', { code: desk.code })}
      </h3>
      <p className={`desk-state desk-state--${desk.state}`}>{stateText(desk, t)}</p>
      {desk.zoneName && <p>{t('desk.zone', { zone: desk.zoneName })}</p>}
      <ul className="tag-list">
        {equipmentParts(desk, t).map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      {desk.busy.length > 0 && (
        <>
          <p>{t('booking.busyAt')}</p>
          <ul>
            {desk.busy.map((interval) => (
              <li key={interval.start}>
                {wallTime(interval.startLocal)}–{wallTime(interval.endLocal)}
                {interval.mine && ` (${t('booking.yours')})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        {desk.state === 'free' && (
          <button type="button" className="button button--primary button--large" onClick={onBook}>
            {t('booking.bookNamed', { code: desk.code })}
          </button>
        )}
        {desk.state === 'mine' && desk.yourBookingId && (
          <button type="button" className="button button--danger" onClick={onCancel}>
            {t('myBookings.cancel')}
          </button>
        )}
        <button
          type="button"
          className="button button--toggle"
          aria-pressed={favourite}
          onClick={onToggleFavourite}
        >
          <span aria-hidden="true">{favourite ? '★ ' : '☆ '}</span>
          {t('booking.favouriteToggle')}
        </button>
      </div>
    </>
  );
}

function zonesOf(desks: DeskAvailability[]): { id: string; name: string }[] {
  const zones = new Map<string, string>();
  for (const desk of desks) if (desk.zoneId && desk.zoneName) zones.set(desk.zoneId, desk.zoneName);
  return [...zones].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The one rule that keeps every desk from being booked (a closed day), or null. */
function commonRestriction(desks: DeskAvailability[]) {
  if (desks.some((desk) => desk.state === 'free')) return null;
  const restricted = desks.filter((desk) => desk.state === 'restricted');
  const rule = restricted[0]?.rule;
  return rule && restricted.every((desk) => desk.rule === rule) ? rule : null;
}
