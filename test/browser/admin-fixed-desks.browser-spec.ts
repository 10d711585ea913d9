import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import { Desk, type Floor } from '@platzbuch/locations';
import {
  BrowserTest,
  eventually,
  expectAccessible,
  focusedElement,
  pageWidth,
  screenshot,
} from '../support/browser';

describe('fixed desks in the browser: assign a person to a desk and take it back', () => {
  let b: BrowserTest;
  let page: Page;
  let manager: Person;
  let holder: Person;
  let jan: Person;
  let floor: Floor;

  const desk = (code: string) => b.app.db.getRepository(Desk).findOneByOrFail({ code });
  const status = (text: string) => page.getByRole('status').filter({ hasText: text });

  beforeAll(async () => {
    b = await BrowserTest.start();
    manager = await b.make.facilityManager({ displayName: 'Frank Facility' });
    const department = await b.make.department({ name: 'Bürgeramt' });
    holder = await b.make.person({ displayName: 'Jana Schulze', departmentId: department.id });
    jan = await b.make.person({ displayName: 'Jan Schulz' });
    const building = await b.make.building({ name: 'Stadthaus 1' });
    floor = await b.make.floor({ buildingId: building.id, name: '3. OG', level: 3 });
    const zone = await b.make.zone({ floorId: floor.id, name: 'Bürgeramt' });
    await b.make.desk({ floorId: floor.id, code: '3.1', zoneId: zone.id });
    await b.make.desk({ floorId: floor.id, code: '3.2' });
    await b.make.desk({ floorId: floor.id, code: '3.10', assigneeId: holder.id });
    page = await b.newPage();
    await b.signIn(page, manager, '/admin/fixed-desks');
  });
  afterAll(() => b.close());

  it('lists the fixed desks of the first floor with their holders', async () => {
    await page.getByRole('heading', { level: 1, name: 'Feste Plätze' }).waitFor();
    const table = page.getByRole('table', { name: 'Plätze und ihre Inhaber auf 3. OG' });
    await table.getByRole('row', { name: /3\.10.*Jana Schulze/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await page.getByText('1 von 3 Plätzen ist fest vergeben.').waitFor();
    await expectAccessible(page, 'fixed desks');
    await page.getByLabel('Nur feste Plätze zeigen').uncheck();
    await table.getByRole('row', { name: /^3\.1 Bürgeramt/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(4);
  });

  it('assigns a desk by keyboard alone through the person search', async () => {
    await page.getByRole('button', { name: 'Platz 3.2 zuweisen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Platz 3.2 fest vergeben' });
    await dialog.waitFor();
    const search = await dialog.getByLabel(/^Person suchen/).getAttribute('id');
    expect((await focusedElement(page))?.id).toBe(search);
    // The dialog asks before a person is chosen.
    await dialog.getByRole('button', { name: 'Zuweisen' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Bitte wählen Sie zuerst eine Person.' }).waitFor();
    await dialog.getByLabel(/^Person suchen/).focus();
    await page.keyboard.type('schul');
    await dialog.getByText('2 Personen gefunden.').waitFor();
    await expectAccessible(page, 'assign dialog with results');
    await screenshot(page, 'admin-fixed-desks-dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // Names that match best come first, then by name: Jan Schulz before Jana Schulze.
    expect(await dialog.getByRole('radio', { name: /^Jan Schulz/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'An Jan Schulz vergeben' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect((await desk('3.2')).assigneeId).toBe(jan.id));
    await page.getByRole('row', { name: /^3\.2 .*Jan Schulz/ }).waitFor();
    expect(await focusedElement(page)).toMatchObject({ name: 'Inhaber von Platz 3.2 ändern' });
  });

  it("takes a desk back after asking, and moves the focus to the list's heading", async () => {
    await page.getByLabel('Nur feste Plätze zeigen').check();
    await page.getByRole('button', { name: 'Platz 3.10 freigeben' }).click();
    const dialog = page.getByRole('dialog', { name: 'Freigeben' });
    await dialog.getByText('Platz 3.10 ist fest an Jana Schulze vergeben.', { exact: false }).waitFor();
    await expectAccessible(page, 'release dialog');
    await dialog.getByRole('button', { name: 'Freigeben' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect((await desk('3.10')).assigneeId).toBeNull());
    await page.getByRole('row', { name: /^3\.10/ }).waitFor({ state: 'detached' });
    await eventually(async () =>
      expect(await focusedElement(page)).toMatchObject({ id: 'assignments-heading' }),
    );
    await status('Platz 3.10 ist jetzt ein geteilter Platz.').waitFor();
    await screenshot(page, 'admin-fixed-desks');
  });

  it('reflows at 320 px', async () => {
    const narrow = await b.newPage({ width: 320, height: 640 });
    await b.signIn(narrow, manager, '/admin/fixed-desks');
    await narrow.getByRole('table').waitFor();
    expect(await pageWidth(narrow)).toBeLessThanOrEqual(320);
    await expectAccessible(narrow, 'fixed desks at 320 px');
    expect(b.errors).toEqual([]);
  });
});
