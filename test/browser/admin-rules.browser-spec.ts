import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import type { Building, Zone } from '@platzbuch/locations';
import {
  BrowserTest,
  eventually,
  expectAccessible,
  focusedElement,
  pageWidth,
  screenshot,
} from '../support/browser';

const NARROW = { width: 320, height: 640 };

describe('administration in the browser: booking rules, office hours, holidays', () => {
  let b: BrowserTest;
  let page: Page;
  let admin: Person;
  let manager: Person;
  let building: Building;
  let zone: Zone;

  const status = (text: string) => page.getByRole('status').filter({ hasText: text });
  const policies = () => b.app.db.query<Record<string, unknown>[]>('SELECT * FROM booking_policies');
  const region = (name: string) => page.getByRole('region', { name });

  beforeAll(async () => {
    b = await BrowserTest.start();
    admin = await b.make.admin({ displayName: 'Anna Admin' });
    manager = await b.make.facilityManager({ displayName: 'Frank Facility' });
    building = await b.make.building({ name: 'Stadthaus 1' });
    await b.make.building({ name: 'Verwaltungsgebäude Süd' });
    const floor = await b.make.floor({ buildingId: building.id, name: '3. OG', level: 3 });
    zone = await b.make.zone({ floorId: floor.id, name: 'Bürgeramt' });
    page = await b.newPage();
    await b.signIn(page, admin);
  });
  afterAll(() => b.close());

  it('leads from the navigation to the overview of administration tasks', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Verwaltung' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    for (const task of [
      'Buchungsregeln',
      'Öffnungszeiten und Check-in',
      'Feiertage und Schließtage',
      'Feste Plätze',
    ])
      await page.getByRole('link', { name: task }).waitFor();
    const current = page.locator('.navigation [aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toBe('Verwaltung');
    await expectAccessible(page, 'administration overview');
    await screenshot(page, 'admin-overview');
  });

  it("saves the organisation's rules by keyboard alone", async () => {
    await page.getByRole('link', { name: 'Buchungsregeln' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buchungsregeln' }).waitFor();
    expect(await focusedElement(page)).toMatchObject({ tag: 'H1' });
    const organisation = region('Regeln der Organisation');
    await organisation.getByLabel('Tage im Voraus buchbar').focus();
    await page.keyboard.type('21');
    await page.keyboard.press('Tab');
    await page.keyboard.type('480');
    await organisation.getByLabel('Bundesland für gesetzliche Feiertage').selectOption('BY');
    // Enter in a text field submits the form, as in any HTML form.
    await organisation.getByLabel('Längste Buchung in Minuten').press('Enter');
    await status('Regeln der Organisation gespeichert.').waitFor();
    await organisation.getByText('Gilt derzeit: 21.').waitFor();
    const [stored] = await policies();
    expect(stored).toMatchObject({
      scope: 'organisation',
      horizon_days: 21,
      max_duration_minutes: 480,
      holiday_region: 'BY',
    });
    await expectAccessible(page, 'booking rules saved');
    await screenshot(page, 'admin-policies');
  });

  it("shows the API's refusal at the field it concerns, and changes nothing", async () => {
    const organisation = region('Regeln der Organisation');
    const horizon = organisation.getByLabel('Tage im Voraus buchbar');
    await horizon.fill('999');
    await organisation.getByRole('button', { name: 'Speichern' }).click();
    await eventually(async () => expect(await horizon.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (await horizon.getAttribute('aria-describedby')) ?? '';
    const error = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    // In the person's language and without the API's property name.
    expect(error).toBe('⚠ Höchstens 730.');
    expect((await policies())[0]).toMatchObject({ horizon_days: 21 });
    await expectAccessible(page, 'booking rules refused');
    await horizon.fill('21');
  });

  it('refuses text that is no number before sending, at the field, with the focus on it', async () => {
    const organisation = region('Regeln der Organisation');
    const longest = organisation.getByLabel('Längste Buchung in Minuten');
    await longest.fill('acht Stunden');
    await organisation.getByRole('button', { name: 'Speichern' }).click();
    await eventually(async () => expect(await longest.getAttribute('aria-invalid')).toBe('true'));
    expect((await focusedElement(page))?.id).toBe(await longest.getAttribute('id'));
    await organisation.getByText('Bitte eine ganze Zahl angeben.').waitFor();
    expect((await policies())[0]).toMatchObject({ max_duration_minutes: 480 });
    await longest.fill('480');
  });

  it('gives a zone its own rule and removes it again after asking', async () => {
    const overrides = region('Abweichende Regeln für Gebäude und Bereiche');
    await overrides.getByLabel('Gebäude').selectOption({ label: 'Stadthaus 1' });
    await overrides.getByLabel('Bereich', { exact: true }).selectOption({ label: '3. OG · Bürgeramt' });
    await overrides.getByRole('heading', { name: 'Regeln für Bürgeramt (3. OG, Stadthaus 1)' }).waitFor();
    await overrides.getByLabel('Vorrang des Fachbereichs in Tagen').fill('7');
    await overrides.getByRole('button', { name: 'Speichern' }).click();
    await status('Regeln für Bürgeramt (3. OG, Stadthaus 1) gespeichert.').waitFor();
    expect(await policies()).toContainEqual(
      expect.objectContaining({ zone_id: zone.id, department_priority_days: 7 }),
    );

    await overrides.getByRole('button', { name: 'Eigene Regeln entfernen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eigene Regeln entfernen' });
    await dialog.waitFor();
    await expectAccessible(page, 'remove override dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedElement(page)).toMatchObject({ name: 'Eigene Regeln entfernen' });
    await overrides.getByRole('button', { name: 'Eigene Regeln entfernen' }).click();
    await dialog.getByRole('button', { name: 'Eigene Regeln entfernen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await policies()).toHaveLength(1));
    await overrides.getByText('Hier gelten bisher die übergeordneten Regeln.').waitFor();
    await eventually(async () => expect(await focusedElement(page)).toMatchObject({ tag: 'H3' }));
  });

  it('keeps office hours of a building, refusing times out of order at the field', async () => {
    await page.goto('/admin/office-hours');
    await page.getByRole('heading', { level: 1, name: 'Öffnungszeiten und Check-in' }).waitFor();
    await page.getByLabel('Gebäude').selectOption({ label: 'Stadthaus 1' });
    const hours = region('Öffnungszeiten von Stadthaus 1');
    await hours.getByRole('checkbox', { name: 'Samstag' }).check();
    await hours.getByLabel('Teilungszeit').fill('20:00');
    await hours.getByRole('button', { name: 'Speichern' }).click();
    const split = hours.getByLabel('Teilungszeit');
    await eventually(async () => expect(await split.getAttribute('aria-invalid')).toBe('true'));
    await expectAccessible(page, 'office hours refused');
    await split.fill('12:30');
    await hours.getByRole('button', { name: 'Speichern' }).click();
    await status('Öffnungszeiten von Stadthaus 1 gespeichert.').waitFor();
    const [row] = await b.app.db.query<{ weekdays: number[]; splits_at: string }[]>(
      'SELECT weekdays, splits_at FROM office_hours WHERE building_id = $1',
      [building.id],
    );
    expect(row.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(row.splits_at).toMatch(/^12:30/);
    await expectAccessible(page, 'office hours saved');

    const checkIn = region('Check-in in Stadthaus 1');
    await checkIn.getByLabel(/^Check-in verlangen/).check();
    await checkIn.getByLabel('Kulanzzeit in Minuten nach Beginn').fill('2');
    await checkIn.getByRole('button', { name: 'Speichern' }).click();
    const grace = checkIn.getByLabel('Kulanzzeit in Minuten nach Beginn');
    await eventually(async () => expect(await grace.getAttribute('aria-invalid')).toBe('true'));
    await grace.fill('20');
    await checkIn.getByRole('button', { name: 'Speichern' }).click();
    await status('Check-in von Stadthaus 1 gespeichert.').waitFor();
    await screenshot(page, 'admin-office-hours');

    await hours.getByRole('button', { name: 'Öffnungszeiten zurücksetzen' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'reset office hours dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Öffnungszeiten zurücksetzen' }).click();
    await hours.getByText(/Hier gelten die Voreinstellungen/).waitFor();
    await eventually(async () =>
      expect(await focusedElement(page)).toMatchObject({ id: 'office-hours-heading' }),
    );
  });

  it('lists the public holidays of the chosen state and adds and removes a closure day', async () => {
    await page.goto('/admin/holidays?year=2027');
    await page.getByRole('heading', { level: 1, name: 'Feiertage und Schließtage' }).waitFor();
    const table = page.getByRole('table', { name: 'Feiertage und Schließtage 2027' });
    // Bavaria (set above) has Epiphany, North Rhine-Westphalia does not.
    await table.getByRole('row', { name: /Heilige Drei Könige/ }).waitFor();
    await expectAccessible(page, 'holidays');
    const form = region('Schließtag hinzufügen');
    await form.getByLabel(/^Datum/).fill('2027-02-08');
    await form.getByLabel(/^Bezeichnung/).fill('Rosenmontag');
    await form.getByLabel('Gilt für').selectOption({ label: 'Stadthaus 1' });
    await form.getByRole('button', { name: 'Schließtag hinzufügen' }).click();
    await status('Schließtag „Rosenmontag“').waitFor();
    const row = table.getByRole('row', { name: /Rosenmontag/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Stadthaus 1');
    await screenshot(page, 'admin-holidays');

    await row.getByRole('button', { name: /^Schließtag entfernen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Schließtag entfernen' });
    await expectAccessible(page, 'remove closure day dialog');
    await dialog.getByRole('button', { name: 'Schließtag entfernen' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await b.app.db.query('SELECT * FROM closure_days')).toHaveLength(0);

    await page.getByRole('button', { name: 'Jahr 2028' }).click();
    await page.getByRole('table', { name: 'Feiertage und Schließtage 2028' }).waitFor();
  });

  it('adds a closure day by keyboard alone', async () => {
    await page.goto('/admin/holidays?year=2027');
    await page.getByRole('table', { name: 'Feiertage und Schließtage 2027' }).waitFor();
    const form = region('Schließtag hinzufügen');
    // A date field takes its parts as typed digits, in the order of the browser's own language
    // (not the page's): month first in an English Chromium, day first in a German one.
    const date = form.getByLabel(/^Datum/);
    for (const digits of ['12242027', '24122027']) {
      await date.focus();
      await page.keyboard.type(digits);
      if ((await date.inputValue()) === '2027-12-24') break;
    }
    expect(await date.inputValue()).toBe('2027-12-24');
    // Tab walks through the date's own parts first, then on to the name.
    const nameId = await form.getByLabel(/^Bezeichnung/).getAttribute('id');
    for (let presses = 0; presses < 5 && (await focusedElement(page))?.id !== nameId; presses += 1)
      await page.keyboard.press('Tab');
    expect((await focusedElement(page))?.id).toBe(nameId);
    await page.keyboard.type('Heiligabend');
    await page.keyboard.press('Enter');
    await status('Schließtag „Heiligabend“').waitFor();
    await page.getByRole('row', { name: /Heiligabend/ }).waitFor();
    const [closure] = await b.app.db.query<{ date: string; building_id: string | null }[]>(
      "SELECT to_char(day, 'YYYY-MM-DD') AS date, building_id FROM closure_days",
    );
    expect(closure).toEqual({ date: '2027-12-24', building_id: null });
  });

  it('works in English too', async () => {
    await page.getByRole('button', { name: 'Sprache wechseln: English' }).click();
    for (const [path, heading] of [
      ['/admin/policies', 'Booking rules'],
      ['/admin/office-hours', 'Office hours and check-in'],
      ['/admin/holidays', 'Holidays and closure days'],
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('main form').first().waitFor();
      await expectAccessible(page, `${path} in English`);
    }
    await page.getByRole('button', { name: 'Change language: Deutsch' }).click();
  });

  it('lets a facility manager read holidays but keeps the booking rules to administrators', async () => {
    const other = await b.newPage();
    await b.signIn(other, manager, '/admin/holidays');
    await other.getByRole('heading', { level: 1, name: 'Feiertage und Schließtage' }).waitFor();
    expect(await other.getByRole('button', { name: /Schließtag/ }).count()).toBe(0);
    await other.goto('/admin');
    await other.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    expect(await other.getByRole('link', { name: 'Buchungsregeln' }).count()).toBe(0);
    await other.goto('/admin/policies');
    await other.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
  });

  it('reflows every page at 320 px without scrolling sideways', async () => {
    const narrow = await b.newPage(NARROW);
    await b.signIn(narrow, admin);
    for (const path of ['/admin', '/admin/policies', '/admin/office-hours', '/admin/holidays']) {
      await narrow.goto(path);
      await narrow.getByRole('heading', { level: 1 }).waitFor();
      await narrow.locator('main :is(form, table, .tiles)').first().waitFor();
      expect(await pageWidth(narrow)).toBeLessThanOrEqual(NARROW.width);
      await expectAccessible(narrow, `${path} at 320 px`);
    }
    expect(b.errors).toEqual([]);
  });
});
