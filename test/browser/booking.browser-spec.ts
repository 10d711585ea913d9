import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import type { Floor } from '@platzbuch/locations';
import {
  BrowserTest,
  eventually,
  expectAccessible,
  focusedElement,
  pageWidth,
  PHONE,
  screenshot,
} from '../support/browser';

const ZONE = 'Europe/Berlin';
const tomorrow = () => DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!;

/** Counts what a person does: each click, key press and typed field is one interaction. */
class Interactions {
  count = 0;
  constructor(private readonly page: Page) {}
  async click(name: string | RegExp, role: 'button' | 'link' = 'button') {
    this.count += 1;
    await this.page.getByRole(role, { name }).click();
  }
}

/** Presses Tab (or Shift+Tab) until the element named `name` has the focus, as a keyboard user would. */
async function tabTo(
  page: Page,
  name: RegExp,
  options: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let presses = 0; presses < (options.max ?? 120); presses++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedElement(page);
    if (focused && name.test(focused.name)) return;
  }
  throw new Error(`no element named ${name} was reached by the keyboard`);
}

describe('booking in the browser: the book page, plan and list, dialogs and refusals', () => {
  let b: BrowserTest;
  let employee: Person;
  let colleague: Person;
  let floor: Floor;

  const marker = (page: Page, code: string, state: string) =>
    page.locator('.plan__stage').getByRole('button', {
      name: new RegExp(`^Platz ${code.replace('.', '\\.')}, ${state}`),
    });

  beforeAll(async () => {
    b = await BrowserTest.start();
    const department = await b.make.department({ name: 'Bürgeramt' });
    employee = await b.make.person({ displayName: 'Erika Mustermann', departmentId: department.id });
    colleague = await b.make.person({ displayName: 'Otto Normal' });
    const manager = await b.make.facilityManager({ displayName: 'Frank Facility' });
    const building = await b.make.building({ name: 'Rathaus' });
    // Open every day from early to late, so that the tests do not depend on the weekday or hour they run at.
    const hours = await b.app.put(manager, `/api/v1/buildings/${building.id}/office-hours`, {
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      opensAt: '00:00',
      splitsAt: '12:00',
      closesAt: '23:59',
    });
    expect(hours.statusCode).toBe(200);
    const policy = await b.app.put(
      await b.make.admin(),
      `/api/v1/booking-policies/buildings/${building.id}`,
      // Whole days of 24 hours, and no public holiday in the way of "tomorrow".
      { maxDurationMinutes: 1440, closedOnHolidays: false },
    );
    expect(policy.statusCode).toBe(200);
    floor = await b.make.floor({ buildingId: building.id, name: '2. Obergeschoss', level: 2 });
    const zone = await b.make.zone({
      floorId: floor.id,
      name: 'Team Bürgeramt',
      departmentId: department.id,
    });
    await b.make.desk({
      floorId: floor.id,
      code: '3.01',
      x: 20,
      y: 30,
      zoneId: zone.id,
      docking: 'usb-c',
      monitors: 2,
    });
    await b.make.desk({ floorId: floor.id, code: '3.02', x: 40, y: 30, monitors: 1 });
    await b.make.desk({ floorId: floor.id, code: '3.03', x: 60, y: 30, status: 'blocked' });
    await b.make.desk({ floorId: floor.id, code: '3.04', x: 80, y: 30, heightAdjustable: true });
  });
  afterAll(() => b.close());

  it('lets a first-time user book a desk for tomorrow with the mouse on the plan, in four steps', async () => {
    const page = await b.newPage();
    await b.signIn(page, employee);
    await page.getByRole('heading', { level: 1, name: 'Platz buchen' }).waitFor();
    await marker(page, '3.01', 'frei').waitFor();
    await expectAccessible(page, 'book page, plan');
    await screenshot(page, 'book');

    const steps = new Interactions(page);
    await steps.click('Morgen');
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: /^Tag/ }).inputValue()).toBe(tomorrow()),
    );
    steps.count += 1;
    await marker(page, '3.01', 'frei, Bereich Team Bürgeramt, Docking USB-C, 2 Monitore').click();
    await steps.click('Platz 3.01 buchen');
    const dialog = page.getByRole('dialog', { name: 'Platz 3.01 buchen' });
    await dialog.waitFor();
    await dialog.getByText('Rathaus, 2. Obergeschoss, Bereich Team Bürgeramt').waitFor();
    await expectAccessible(page, 'booking dialog');
    await screenshot(page, 'book-dialog');
    await steps.click('Verbindlich buchen');
    await page.getByRole('status').filter({ hasText: 'Platz 3.01 ist gebucht' }).waitFor();
    await marker(page, '3.01', 'von Ihnen gebucht').waitFor();
    expect(steps.count).toBeLessThanOrEqual(4);
    await expectAccessible(page, 'book page after booking');

    const booked = await b.app.get(employee, '/api/v1/bookings');
    expect(booked.body).toHaveLength(1);
    expect(booked.body[0]).toMatchObject({
      deskId: expect.any(String),
      day: tomorrow(),
      status: 'confirmed',
    });
    await page.close();
  });

  it('explains a refused booking in words: the desk was taken while the dialog was open', async () => {
    const page = await b.newPage();
    await b.signIn(page, employee);
    await page.getByRole('button', { name: 'Morgen' }).click();
    await marker(page, '3.02', 'frei').click();
    await page.getByRole('button', { name: 'Platz 3.02 buchen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Platz 3.02 buchen' });
    await dialog.waitFor();
    const desk = await b.app.db.query(`SELECT id FROM desks WHERE code = '3.02'`);
    const taken = await b.app.post(colleague, '/api/v1/bookings', {
      deskId: desk[0].id,
      date: tomorrow(),
      slot: 'day',
    });
    expect(taken.statusCode).toBe(201);

    await dialog.getByRole('button', { name: 'Verbindlich buchen' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/belegt|gebucht|vergeben/);
    await expectAccessible(page, 'booking dialog with a refusal');
    await screenshot(page, 'book-refused');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await page.close();
  });

  it('filters by equipment, and names every desk with its state on the plan', async () => {
    const page = await b.newPage();
    await b.signIn(page, employee);
    await page.getByRole('button', { name: 'Morgen' }).click();
    await marker(page, '3.03', 'gesperrt').waitFor();
    await page.getByRole('checkbox', { name: 'höhenverstellbar' }).check();
    await page.getByText('1 Platz passt zu den Filtern.').waitFor();
    expect(await page.locator('.plan__stage .plan-marker').count()).toBe(1);
    await marker(page, '3.04', 'frei').waitFor();
    await expectAccessible(page, 'book page with filters');

    // A favourite is remembered in this browser: a filter of its own, and a way back from my bookings.
    await page.getByRole('checkbox', { name: 'höhenverstellbar' }).uncheck();
    await marker(page, '3.02', '').click();
    await page.getByRole('button', { name: 'Favorit' }).click();
    await marker(page, '3.02', '[^,]+, Favorit').waitFor();
    await page.getByRole('checkbox', { name: 'nur meine Favoriten' }).check();
    await page.getByText('1 Platz passt zu den Filtern.').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Meine Buchungen' }).click();
    await page.getByRole('link', { name: 'Platz 3.02 auf dem Plan zeigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Platz buchen' }).waitFor();
    await marker(page, '3.02', '').waitFor();
    await page.close();
  });

  it('moves the focus to the chosen desk when it is chosen on the plan with the keyboard', async () => {
    const page = await b.newPage();
    await b.signIn(page, employee);
    await page.getByRole('button', { name: 'Morgen' }).click();
    await marker(page, '3.04', 'frei').waitFor();
    await tabTo(page, /^Platz 3\.04, frei/);
    await page.keyboard.press('Enter');
    expect(await focusedElement(page)).toMatchObject({ tag: 'H3', name: 'Platz 3.04' });
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ tag: 'BUTTON', name: 'Platz 3.04 buchen' });
    await page.close();
  });

  it('books a desk on a 375 px phone', async () => {
    const page = await b.newPage(PHONE);
    await b.signIn(page, await b.make.person({ displayName: 'Paula Phone' }));
    await page.getByRole('button', { name: 'Morgen' }).click();
    await marker(page, '3.04', 'frei').click();
    await page.getByRole('button', { name: 'Platz 3.04 buchen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verbindlich buchen' }).click();
    await page.getByRole('status').filter({ hasText: 'Platz 3.04 ist gebucht' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'book page on a phone');
    await screenshot(page, 'book');
    await page.close();
  });

  it('books, checks in and cancels with the keyboard alone, through the list', async () => {
    const page = await b.newPage();
    await b.signIn(page, await b.make.person({ displayName: 'Karl Keyboard' }));
    await marker(page, '3.02', 'frei').waitFor();

    await tabTo(page, /^Liste$/);
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /Plätze und ihr Zustand/ });
    await table.waitFor();
    await expectAccessible(page, 'book page, list');
    await screenshot(page, 'book-list');
    await tabTo(page, /^Platz 3\.02 buchen$/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Platz 3.02 buchen' });
    await dialog.waitFor();
    await tabTo(page, /^Verbindlich buchen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Platz 3.02 ist gebucht' }).waitFor();
    expect(await table.getByRole('row', { name: /Platz 3\.02/ }).textContent()).toContain(
      'von Ihnen gebucht',
    );
    // Booked for today: the home page offers the check-in at once.
    await page.getByRole('button', { name: 'Bei Platz 3.02 einchecken' }).waitFor();

    await tabTo(page, /^Meine Buchungen$/, { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Meine Buchungen' }).waitFor();
    await expectAccessible(page, 'my bookings');
    await screenshot(page, 'my-bookings');
    await tabTo(page, /^Bei Platz 3\.02 einchecken$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Sie sind bei Platz 3.02 eingecheckt.' }).waitFor();
    await page.locator('.booking-item--checked_in').filter({ hasText: 'Platz 3.02' }).waitFor();

    await tabTo(page, /^Buchung von Platz 3\.02 am .* stornieren$/);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Buchung stornieren' });
    await confirm.waitFor();
    await expectAccessible(page, 'cancel dialog');
    await tabTo(page, /^Stornieren$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Die Buchung von Platz 3.02 ist storniert.' }).waitFor();
    await page.getByText('Sie haben keine anstehenden Buchungen.').waitFor();
    await tabTo(page, /^Vergangene Buchungen zeigen$/);
    await page.keyboard.press('Enter');
    // Today's booking has not ended yet: nothing is past.
    await page.getByText('Keine vergangenen Buchungen.', { exact: false }).waitFor();
    await expectAccessible(page, 'my bookings with the past shown');
    await page.close();
  });

  it('creates a weekly series from the book page, and ends it on my bookings', async () => {
    const page = await b.newPage();
    await b.signIn(page, await b.make.person({ displayName: 'Susi Serie' }));
    await marker(page, '3.04', 'frei').click();
    await page.getByRole('button', { name: 'Platz 3.04 buchen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Platz 3.04 buchen' });
    await dialog.getByRole('checkbox', { name: 'Jede Woche wiederholen' }).check();
    await dialog.getByRole('group', { name: 'An diesen Tagen' }).waitFor();
    await expectAccessible(page, 'booking dialog with a weekly series');
    await dialog.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Serie für Platz 3\.04 angelegt: \d+ Termine? gebucht/ })
      .waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Meine Buchungen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wiederkehrende Buchungen' }).waitFor();
    await page.getByText('Teil einer Serie', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Serie für Platz 3.04 beenden' }).click();
    const ending = page.getByRole('dialog', { name: 'Serie beenden' });
    await ending.waitFor();
    await expectAccessible(page, 'end-series dialog');
    await ending.getByRole('button', { name: 'Serie beenden' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Serie für Platz 3.04 ist beendet.' }).waitFor();
    await page.getByText('Keine wiederkehrenden Buchungen.', { exact: false }).waitFor();
    await page.close();
  });

  it('names a delegate, who then books for the person', async () => {
    const page = await b.newPage();
    await b.signIn(page, employee);
    await page.getByRole('navigation').getByRole('link', { name: 'Meine Buchungen' }).click();
    await page.getByRole('searchbox', { name: 'Person suchen' }).fill('Otto');
    await page.getByRole('button', { name: 'Otto Normal als Vertretung hinzufügen' }).click();
    await page.getByRole('status').filter({ hasText: 'Otto Normal darf jetzt für Sie buchen.' }).waitFor();
    await page.getByRole('button', { name: 'Otto Normal als Vertretung entfernen' }).waitFor();
    await expectAccessible(page, 'my bookings with a delegate');
    await page.close();

    const delegate = await b.newPage();
    await b.signIn(delegate, colleague);
    await marker(delegate, '3.04', 'frei').click();
    await delegate.getByRole('button', { name: 'Platz 3.04 buchen' }).click();
    const dialog = delegate.getByRole('dialog', { name: 'Platz 3.04 buchen' });
    await dialog.getByRole('combobox', { name: /Für wen/ }).selectOption({ label: 'Erika Mustermann' });
    await expectAccessible(delegate, 'booking dialog for someone else');
    await dialog.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await delegate
      .getByRole('status')
      .filter({ hasText: 'Platz 3.04 ist für Erika Mustermann gebucht' })
      .waitFor();
    const forHer = await b.app.get(employee, '/api/v1/bookings');
    expect(forHer.body.some((booking: { bookedById: string }) => booking.bookedById === colleague.id)).toBe(
      true,
    );

    await delegate.getByRole('navigation').getByRole('link', { name: 'Meine Buchungen' }).click();
    const forOthers = delegate.getByRole('region', { name: 'Für andere gebucht' });
    await forOthers.getByText('für Erika Mustermann', { exact: false }).waitFor();
    await expectAccessible(delegate, 'my bookings with bookings for others');
    await delegate.close();
  });

  it('shows the rooms of the floor by hour and books one for a time range', async () => {
    const room = await b.make.room({
      floorId: floor.id,
      name: 'Ratssaal',
      capacity: 12,
      equipment: ['display', 'video-conference'],
    });
    const page = await b.newPage();
    await b.signIn(page, employee);
    await page.getByRole('navigation').getByRole('link', { name: 'Räume' }).click();
    await page.getByRole('heading', { level: 1, name: 'Räume buchen' }).waitFor();
    await page.getByRole('button', { name: 'Morgen' }).click();
    const table = page.getByRole('table', { name: /Belegung der Räume/ });
    await table
      .getByRole('row', { name: /Ratssaal/ })
      .getByText('den ganzen Tag frei')
      .waitFor();
    await expectAccessible(page, 'rooms');
    await page.getByRole('textbox', { name: /^Von/ }).fill('10:00');
    await page.getByRole('textbox', { name: /^Bis/ }).fill('11:30');
    await page.getByRole('button', { name: 'Raum buchen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ratssaal buchen' });
    await dialog.getByText('10:00–11:30 Uhr', { exact: false }).waitFor();
    await expectAccessible(page, 'room booking dialog');
    await dialog.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ratssaal ist gebucht' }).waitFor();
    await table
      .getByRole('row', { name: /Ratssaal/ })
      .getByText('10:00–11:30 (Ihre Buchung)')
      .waitFor();
    await screenshot(page, 'rooms');
    const booked = await b.app.get(employee, '/api/v1/bookings');
    expect(booked.body.some((booking: { roomId: string }) => booking.roomId === room.id)).toBe(true);
    await page.close();
  });

  it('finds a desk for a notebook user in the own department first, and books it', async () => {
    const notebook = await b.make.person({
      displayName: 'Nora Notebook',
      departmentId: employee.departmentId,
      deviceProfile: 'notebook',
    });
    const page = await b.newPage();
    await b.signIn(page, notebook);
    await page.getByRole('radio', { name: 'Nachmittag' }).check();
    await page.getByRole('button', { name: 'Finde einen Platz für mich' }).click();
    const suggestions = page.locator('.suggestions');
    await suggestions.getByText('Beste Wahl').waitFor();
    expect(await suggestions.locator('li').first().textContent()).toContain('Platz 3.01');
    await expectAccessible(page, 'book page with suggestions');
    await screenshot(page, 'book-suggestions');
    await suggestions.getByRole('button', { name: 'Platz 3.01 buchen' }).click();
    await page
      .getByRole('dialog', { name: 'Platz 3.01 buchen' })
      .getByRole('button', { name: 'Verbindlich buchen' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Platz 3.01 ist gebucht' }).waitFor();
    await page.close();
  });

  it('reflows at 320 px and at 200 % zoom, and reads in English', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 450 },
    ]) {
      const narrow = await b.newPage(viewport);
      await b.signIn(narrow, employee);
      await marker(narrow, '3.04', '').waitFor();
      expect(await pageWidth(narrow)).toBeLessThanOrEqual(viewport.width);
      for (const path of ['/bookings', '/rooms', '/?view=list']) {
        await narrow.goto(path);
        await narrow.locator('h1').waitFor();
        await narrow.getByText('Wird geladen …').first().waitFor({ state: 'detached' });
        expect(await pageWidth(narrow)).toBeLessThanOrEqual(viewport.width);
      }
      await narrow.close();
    }

    const english = await b.newPage();
    await b.signIn(english, employee);
    await english.getByRole('button', { name: 'Sprache wechseln: English' }).click();
    await english.getByRole('heading', { level: 1, name: 'Book a desk' }).waitFor();
    await english.getByRole('button', { name: /^Desk 3\.04, (free|booked)/ }).waitFor();
    await expectAccessible(english, 'book page in English');
    await english.getByRole('navigation').getByRole('link', { name: 'My bookings' }).click();
    await english.getByRole('heading', { level: 2, name: 'Upcoming' }).waitFor();
    await expectAccessible(english, 'my bookings in English');
    await english.close();
  });

  it('ran without uncaught errors or CSP violations', () => {
    expect(b.errors).toEqual([]);
  });
});
