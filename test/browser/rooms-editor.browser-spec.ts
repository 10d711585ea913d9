import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import { type Floor, Room } from '@platzbuch/locations';
import { openAllWeek } from '../calendar/feed-support';
import { BrowserTest, eventually, expectAccessible, focusedElement } from '../support/browser';

describe('meeting rooms in the floor editor, with the calendar address for their display', () => {
  let b: BrowserTest;
  let page: Page;
  let manager: Person;
  let floor: Floor;

  const panel = () => page.getByRole('region', { name: 'Besprechungsräume' });
  const feedSection = () => page.getByRole('region', { name: 'Kalender-Adresse für die Raumanzeige' });
  const address = () => page.getByLabel(/^Kalender-Adresse des Raums/);
  const status = (text: string) => page.getByRole('status').filter({ hasText: text });
  const feed = async (url: string) => {
    // No sign-in: a room display has none.
    const response = await b.app.app.inject({ method: 'GET', url: new URL(url).pathname });
    return {
      status: response.statusCode,
      type: String(response.headers['content-type'] ?? ''),
      body: response.body,
    };
  };
  const room = (name: string) => b.app.db.getRepository(Room).findOneBy({ floorId: floor.id, name });

  beforeAll(async () => {
    b = await BrowserTest.start();
    manager = await b.make.facilityManager({ displayName: 'Frank Facility' });
    const building = await b.make.building({ name: 'Stadthaus 2' });
    floor = await b.make.floor({ buildingId: building.id, name: '1. OG', level: 1 });
    await openAllWeek(b.app, await b.make.admin(), building.id);
    page = await b.newPage();
    await b.signIn(page, manager, `/admin/locations/floors/${floor.id}?view=list`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(() => b.close());

  it('adds a room with its capacity and equipment, and says why a form is refused', async () => {
    await panel().getByText('Noch keine Besprechungsräume.').waitFor();
    await page.getByLabel(/^Name des neuen Raums/).fill('Ratssaal');
    await page.getByRole('button', { name: 'Raum anlegen' }).click();
    // Without a capacity the API refuses, and the error stands at the field.
    await eventually(async () =>
      expect(await page.getByLabel(/^Personen im neuen Raum/).getAttribute('aria-invalid')).toBe('true'),
    );
    await expectAccessible(page, 'room form refused');

    await page.getByLabel(/^Personen im neuen Raum/).fill('12');
    const equipment = page.getByRole('group', { name: 'Ausstattung des neuen Raums' });
    await equipment.getByLabel('Bildschirm').check();
    await equipment.getByLabel('Videokonferenz').check();
    await page.getByRole('button', { name: 'Raum anlegen' }).click();
    await status('Besprechungsraum „Ratssaal“ angelegt.').waitFor();
    await panel().getByText('Ratssaal, 12 Personen, Bildschirm, Videokonferenz').waitFor();
    expect(await room('Ratssaal')).toMatchObject({
      capacity: 12,
      equipment: ['display', 'video-conference'],
    });
    await expectAccessible(page, 'rooms panel with a room');
  });

  it('renames the room and changes its equipment', async () => {
    await page.getByRole('button', { name: 'Raum Ratssaal bearbeiten' }).click();
    await eventually(async () =>
      expect(await focusedElement(page)).toMatchObject({ id: 'room-editor-heading' }),
    );
    const editor = page.getByRole('region', { name: 'Besprechungsraum Ratssaal' });
    await editor.getByLabel(/^Name/).fill('Sitzungssaal');
    await editor.getByRole('group', { name: 'Ausstattung' }).getByLabel('Whiteboard').check();
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await status('Besprechungsraum „Sitzungssaal“ gespeichert.').waitFor();
    await page.getByRole('heading', { name: 'Besprechungsraum Sitzungssaal' }).waitFor();
    expect(await room('Sitzungssaal')).toMatchObject({
      capacity: 12,
      equipment: ['display', 'video-conference', 'whiteboard'],
    });
  });

  it('makes a calendar address that a display fetches without sign-in, and no names are in it', async () => {
    const saal = await room('Sitzungssaal');
    const booker = await b.make.person({ displayName: 'Bruno Buchend' });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const booked = await b.app.post(booker, '/api/v1/bookings', {
      roomId: saal?.id,
      start: `${tomorrow}T09:00:00Z`,
      end: `${tomorrow}T10:00:00Z`,
    });
    expect(booked.statusCode).toBe(201);

    await feedSection().getByRole('button', { name: 'Neue Kalender-Adresse erzeugen' }).click();
    await status('Neue Kalender-Adresse erzeugt.').waitFor();
    const url = await address().inputValue();
    expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const fetched = await feed(url);
    expect(fetched).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
    expect(fetched.body).toContain('Sitzungssaal');
    for (const name of ['Bruno', 'Buchend', 'Frank', 'Facility']) expect(fetched.body).not.toContain(name);
    await feedSection().getByRole('button', { name: 'Adresse kopieren' }).waitFor();
    await expectAccessible(page, 'room calendar address shown');

    await feedSection().getByRole('button', { name: 'Kalender-Adresse beenden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kalender-Adresse des Raums beenden?' });
    await dialog.waitFor();
    await expectAccessible(page, 'end room calendar address dialog');
    await dialog.getByRole('button', { name: 'Kalender-Adresse beenden' }).click();
    await status('Kalender-Adresse beendet.').waitFor();
    expect(await address().count()).toBe(0);
    expect((await feed(url)).status).toBe(404);

    // Booked ahead, the room cannot go: the dialog says why and stays open.
    await page.getByRole('button', { name: 'Raum Sitzungssaal löschen' }).click();
    const refusal = page.getByRole('dialog', { name: 'Raum Sitzungssaal löschen' });
    await refusal.getByRole('button', { name: 'Löschen' }).click();
    await refusal.getByRole('alert').waitFor();
    await expectAccessible(page, 'delete room refused');
    await refusal.getByRole('button', { name: 'Abbrechen' }).click();
    expect((await b.app.delete(booker, `/api/v1/bookings/${booked.body.id}`)).statusCode).toBe(200);
  });

  it('deletes the room after asking and puts the focus on the list of rooms', async () => {
    await page.getByRole('button', { name: 'Raum Sitzungssaal löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raum Sitzungssaal löschen' });
    await dialog.waitFor();
    await expectAccessible(page, 'delete room dialog');
    await dialog.getByRole('button', { name: 'Löschen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await room('Sitzungssaal')).toBeNull());
    await eventually(async () => expect(await focusedElement(page)).toMatchObject({ id: 'rooms-heading' }));
    await panel().getByText('Noch keine Besprechungsräume.').waitFor();
    expect(b.errors).toEqual([]);
  });
});
