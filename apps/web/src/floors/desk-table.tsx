import type { DeskView } from '@platzbuch/contracts';
import { useI18n } from '../i18n/i18n';

interface DeskTableProps {
  caption: string;
  desks: DeskView[];
  zoneNames: ReadonlyMap<string, string>;
  selectedId?: string | null;
  /** With it, each row gets an "edit" button that selects the desk. */
  onEdit?: (id: string) => void;
}

/** The list view of a floor: everything the plan shows, as a table a screen reader reads well. */
export function DeskTable({ caption, desks, zoneNames, selectedId, onEdit }: DeskTableProps) {
  const { t } = useI18n();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desks.code')}</th>
            <th scope="col">{t('desks.zone')}</th>
            <th scope="col">{t('desks.docking')}</th>
            <th scope="col">{t('desks.monitors')}</th>
            <th scope="col">{t('desks.heightAdjustable')}</th>
            <th scope="col">{t('desks.accessible')}</th>
            <th scope="col">{t('desks.status')}</th>
            {onEdit && <th scope="col">{t('desks.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => (
            <tr key={desk.id} className={desk.id === selectedId ? 'table__row--selected' : undefined}>
              <th scope="row">{desk.code}</th>
              <td>{(desk.zoneId && zoneNames.get(desk.zoneId)) || t('desks.noZone')}</td>
              <td>{t(`desk.docking.${desk.equipment.docking}`)}</td>
              <td>{desk.equipment.monitors}</td>
              <td>{yesNo(desk.equipment.heightAdjustable)}</td>
              <td>{yesNo(desk.equipment.accessible)}</td>
              <td>
                {desk.status === 'blocked' && <span aria-hidden="true">⊘ </span>}
                {t(`status.${desk.status}`)}
              </td>
              {onEdit && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onEdit(desk.id)}
                    aria-label={t('desks.editNamed', { code: desk.code })}
                    aria-pressed={desk.id === selectedId}
                  >
                    {t('desks.edit')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
