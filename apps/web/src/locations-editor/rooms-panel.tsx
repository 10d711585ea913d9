import type { RoomView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';
import { createRoom, deleteRoom, listRooms } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { FormFooter } from '../ui/form-footer';
import { Loading } from '../ui/page';
import { fieldErrorsOf, ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { useFocusRequest } from '../ui/use-focus-request';
import { useSubmission } from '../ui/use-submission';
import { RoomEditor } from './room-editor';
import { emptyRoomDraft, ROOM_FIELDS, RoomFields, roomInputOf } from './room-fields';

const byName = (a: RoomView, b: RoomView) => a.name.localeCompare(b.name);

/** The floor's meeting rooms: a list with edit and delete buttons, and a form for a new one. */
export function RoomsPanel({ floorId }: { floorId: string }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  // Desks and zones do not refer to rooms, so the panel loads its own.
  const rooms = useAsync(() => listRooms(floorId), [floorId]);
  const [draft, setDraft] = useState(emptyRoomDraft);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<RoomView | null>(null);
  const submission = useSubmission();
  const setRooms = (change: (rooms: RoomView[]) => RoomView[]) =>
    rooms.update((all) => change(all).sort(byName));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const room = await createRoom(floorId, roomInputOf(draft));
      setRooms((all) => [...all, room]);
      setDraft(emptyRoomDraft);
      return t('roomsEditor.created', { name: room.name });
    });
  };

  const edit = (room: RoomView) => {
    setEditingId(room.id);
    focus('room-editor-heading');
  };

  if (rooms.state.status !== 'done') {
    return (
      <section className="card" aria-labelledby="rooms-heading">
        <h2 id="rooms-heading">{t('roomsEditor.title')}</h2>
        {rooms.state.status === 'loading' ? (
          <Loading />
        ) : (
          <ProblemAlert error={rooms.state.error} onRetry={rooms.reload} />
        )}
      </section>
    );
  }
  const list = rooms.state.data;
  const editing = list.find((room) => room.id === editingId) ?? null;

  return (
    <section className="card" aria-labelledby="rooms-heading">
      <h2 id="rooms-heading" tabIndex={-1}>
        {t('roomsEditor.title')}
      </h2>
      <p className="muted">{t('roomsEditor.intro')}</p>
      {list.length === 0 ? (
        <p>{t('roomsEditor.none')}</p>
      ) : (
        <ul className="zone-list">
          {list.map((room) => (
            <li key={room.id}>
              <span>
                {room.name}, {t('rooms.capacity', { count: room.capacity })}
                {room.equipment.length > 0 &&
                  `, ${room.equipment.map((item) => t(`rooms.equipment.${item}`)).join(', ')}`}
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t('roomsEditor.edit', { name: room.name })}
                aria-pressed={room.id === editingId}
                onClick={() => edit(room)}
              >
                {t('roomsEditor.editShort')}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('roomsEditor.delete', { name: room.name })}
                onClick={() => setDeleting(room)}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <RoomEditor
          key={editing.id}
          room={editing}
          onSaved={(saved) => setRooms((all) => all.map((room) => (room.id === saved.id ? saved : room)))}
          onClose={() => {
            setEditingId(null);
            focus('rooms-heading');
          }}
        />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <RoomFields draft={draft} onChange={setDraft} forNewRoom errors={fieldErrorsOf(submission.error)} />
        <FormFooter
          submission={submission}
          submitLabel={t('roomsEditor.add')}
          fields={ROOM_FIELDS}
          primary={false}
        />
      </form>
      <ConfirmDialog
        open={deleting !== null}
        title={t('roomsEditor.delete', { name: deleting?.name ?? '' })}
        message={t('roomsEditor.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteRoom(deleting.id);
          setRooms((all) => all.filter((room) => room.id !== deleting.id));
          if (deleting.id === editingId) setEditingId(null);
          announce(t('roomsEditor.deleted', { name: deleting.name }));
          setDeleting(null);
          // Its delete button went with it: the list's heading takes the focus.
          focus('rooms-heading');
        }}
      />
    </section>
  );
}
