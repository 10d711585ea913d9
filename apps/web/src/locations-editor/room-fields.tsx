import type { RoomEquipmentName, RoomInput, RoomView } from '@platzbuch/contracts';
import { useI18n } from '../i18n/i18n';
import { CheckboxFieldset } from '../ui/checkbox-fieldset';
import { TextField } from '../ui/field';

const EQUIPMENT: readonly RoomEquipmentName[] = [
  'display',
  'video-conference',
  'whiteboard',
  'phone',
  'accessible',
];

/** The fields as typed: the capacity stays text until it is sent, so that the API judges it. */
export interface RoomDraft {
  name: string;
  capacity: string;
  equipment: RoomEquipmentName[];
}

export const ROOM_FIELDS = ['name', 'capacity', 'equipment'] as const;

export const emptyRoomDraft: RoomDraft = { name: '', capacity: '', equipment: [] };

export const draftOf = (room: RoomView): RoomDraft => ({
  name: room.name,
  capacity: String(room.capacity),
  equipment: room.equipment,
});

export const roomInputOf = (draft: RoomDraft): RoomInput => ({
  name: draft.name.trim(),
  // An empty or wrong entry goes as NaN, which the API refuses at the field.
  capacity: draft.capacity.trim() === '' ? Number.NaN : Number(draft.capacity),
  equipment: draft.equipment,
});

interface RoomFieldsProps {
  draft: RoomDraft;
  onChange: (draft: RoomDraft) => void;
  /** A new room's fields say so, to tell them from those of the room being edited beside them. */
  forNewRoom?: boolean;
  errors: Record<string, string>;
}

/** Name, capacity and equipment of a meeting room, for a new one and for changing one. */
export function RoomFields({ draft, onChange, forNewRoom = false, errors }: RoomFieldsProps) {
  const { t } = useI18n();
  const labels = forNewRoom
    ? {
        name: t('roomsEditor.newName'),
        capacity: t('roomsEditor.newCapacity'),
        equipment: t('roomsEditor.newEquipment'),
      }
    : {
        name: t('roomsEditor.name'),
        capacity: t('roomsEditor.capacity'),
        equipment: t('roomsEditor.equipment'),
      };
  return (
    <>
      <TextField
        label={labels.name}
        value={draft.name}
        onChange={(event) => onChange({ ...draft, name: event.target.value })}
        required
        maxLength={100}
        autoComplete="off"
        error={errors.name}
      />
      <TextField
        label={labels.capacity}
        type="number"
        min={1}
        max={500}
        step={1}
        value={draft.capacity}
        onChange={(event) => onChange({ ...draft, capacity: event.target.value })}
        required
        error={errors.capacity}
      />
      <CheckboxFieldset
        legend={labels.equipment}
        options={EQUIPMENT.map((item) => ({ value: item, label: t(`rooms.equipment.${item}`) }))}
        value={draft.equipment}
        onChange={(equipment) => onChange({ ...draft, equipment })}
        error={errors.equipment}
      />
    </>
  );
}
