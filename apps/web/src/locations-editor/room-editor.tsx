import type { RoomView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';
import { roomCalendarFeedPath } from '../api/calendar';
import { updateRoom } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { CalendarFeed } from '../ui/calendar-feed';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';
import { draftOf, ROOM_FIELDS, RoomFields, roomInputOf } from './room-fields';

interface RoomEditorProps {
  room: RoomView;
  onSaved: (room: RoomView) => void;
  onClose: () => void;
}

/** One meeting room changed in place, with the calendar address for the display beside its door. */
export function RoomEditor({ room, onSaved, onClose }: RoomEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(room));
  const submission = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const saved = await updateRoom(room.id, roomInputOf(draft));
      onSaved(saved);
      return t('roomsEditor.saved', { name: saved.name });
    });
  };

  return (
    <section className="room-editor" aria-labelledby="room-editor-heading">
      <h3 id="room-editor-heading" tabIndex={-1}>
        {t('roomsEditor.editTitle', { name: room.name })}
      </h3>
      <form className="form" onSubmit={submit} noValidate>
        <RoomFields draft={draft} onChange={setDraft} errors={fieldErrorsOf(submission.error)} />
        <FormFooter submission={submission} submitLabel={t('common.save')} fields={ROOM_FIELDS}>
          <button type="button" className="button" onClick={onClose}>
            {t('roomsEditor.close')}
          </button>
        </FormFooter>
      </form>
      <CalendarFeed path={roomCalendarFeedPath(room.id)} texts="roomCalendarFeed" headingLevel={4} />
    </section>
  );
}
