import { describe, expect, it } from '@jest/globals';
import type { DeskView } from '@platzbuch/contracts';
import { createTranslator } from '../i18n/translate';
import { compareCodes, describeDesk, levelName } from './desk-description';

const desk = (overrides: Partial<DeskView> = {}): DeskView => ({
  id: 'd1',
  buildingId: 'b1',
  floorId: 'f1',
  code: '3.14',
  x: 50,
  y: 50,
  zoneId: null,
  equipment: { docking: 'usb-c', monitors: 2, heightAdjustable: false, accessible: false },
  status: 'active',
  assigneeId: null,
  ...overrides,
});

describe('describeDesk', () => {
  const { t } = createTranslator('de');
  const english = createTranslator('en').t;

  it('names a desk by code and equipment, as a screen reader reads it', () => {
    expect(describeDesk(desk(), t)).toBe('Platz 3.14, Docking USB-C, 2 Monitore');
    expect(describeDesk(desk(), english)).toBe('Desk 3.14, USB-C dock, 2 monitors');
  });

  it('says everything that matters, with the state first', () => {
    const full = desk({
      status: 'blocked',
      assigneeId: 'p1',
      equipment: { docking: 'none', monitors: 0, heightAdjustable: true, accessible: true },
    });
    expect(describeDesk(full, t, { zone: 'Bürgeramt', state: 'frei' })).toBe(
      'Platz 3.14, frei, gesperrt, Bereich Bürgeramt, ohne Docking-Station, kein Monitor, höhenverstellbar, barrierefrei, fest zugewiesen',
    );
  });
});

describe('levelName', () => {
  const { t } = createTranslator('de');
  it('names storeys as German buildings do', () => {
    expect(levelName(0, t)).toBe('Erdgeschoss');
    expect(levelName(3, t)).toBe('3. Obergeschoss');
    expect(levelName(-1, t)).toBe('1. Untergeschoss');
  });
});

describe('compareCodes', () => {
  it('sorts desk codes as people count', () => {
    expect(['3.10', '3.2', '10.1', '3.1', 'A-2'].sort(compareCodes)).toEqual([
      '3.1',
      '3.2',
      '3.10',
      '10.1',
      'A-2',
    ]);
  });
});
