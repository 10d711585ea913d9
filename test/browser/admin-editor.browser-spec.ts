import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import { Desk, type Floor, Zone } from '@platzbuch/locations';
import { BrowserTest, eventually, expectAccessible, focusedElement } from '../support/browser';

describe('the locations editor to the same standard: confirmations, focus, fixed desks', () => {
  let b: BrowserTest;
  let page: Page;
  let manager: Person;
  let floor: Floor;

  beforeAll(async () => {
    b = await BrowserTest.start();
    manager = await b.make.facilityManager({ displayName: 'Frank Facility' });
    const holder = await b.make.person({ displayName: 'Jana Schulze' });
    const building = await b.make.building({ name: 'Stadthaus 1' });
    floor = await b.make.floor({ buildingId: building.id, name: '3. OG', level: 3 });
    await b.make.zone({ floorId: floor.id, name: 'Bürgeramt' });
    await b.make.department({ name: 'Fachbereich Bürgerdienste' });
    await b.make.desk({ floorId: floor.id, code: '3.1', x: 20, y: 20 });
    await b.make.desk({ floorId: floor.id, code: '3.2', x: 40, y: 20, assigneeId: holder.id });
    page = await b.newPage();
    await b.signIn(page, manager, `/admin/locations/floors/${floor.id}?view=list`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(() => b.close());

  it("gives a zone its department, for the department's booking priority", async () => {
    await page.getByLabel('Fachbereich von Bürgeramt').selectOption({ label: 'Fachbereich Bürgerdienste' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Bereich „Bürgeramt“ gehört jetzt zu Fachbereich Bürgerdienste.' })
      .waitFor();
    await eventually(async () =>
      expect(
        (await b.app.db.getRepository(Zone).findOneByOrFail({ name: 'Bürgeramt' })).departmentId,
      ).not.toBeNull(),
    );
    await page.getByLabel(/^Name des neuen Bereichs/).fill('Ruhezone');
    await page
      .getByLabel(/^Fachbereich des neuen Bereichs/)
      .selectOption({ label: 'Fachbereich Bürgerdienste' });
    await page.getByRole('button', { name: 'Bereich anlegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bereich „Ruhezone“ angelegt.' }).waitFor();
    const created = await b.app.db.getRepository(Zone).findOneByOrFail({ name: 'Ruhezone' });
    expect(created.departmentId).not.toBeNull();
    await expectAccessible(page, 'zones with departments');
  });

  it('asks before deleting a zone and then puts the focus on the list of zones', async () => {
    await page.getByRole('button', { name: 'Bereich Bürgeramt löschen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'delete zone dialog');
    await dialog.getByRole('button', { name: 'Löschen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () =>
      expect(await b.app.db.getRepository(Zone).countBy({ floorId: floor.id })).toBe(1),
    );
    await eventually(async () => expect(await focusedElement(page)).toMatchObject({ id: 'zones-heading' }));
  });

  it('says in the desk panel whether a desk is fixed, with a way to the fixed desks', async () => {
    await page.getByRole('button', { name: 'Platz 3.2 bearbeiten' }).click();
    await page.getByRole('heading', { name: 'Platz 3.2' }).waitFor();
    await page.getByText('Ein fester Platz: nur an freigegebenen Tagen für andere buchbar.').waitFor();
    const link = page.getByRole('link', { name: 'Feste Plätze verwalten' });
    expect(await link.getAttribute('href')).toContain(`floor=${floor.id}`);
    await expectAccessible(page, 'desk panel of a fixed desk');
  });

  it('deletes a desk after asking and moves the focus to adding the next one', async () => {
    await page.getByRole('button', { name: 'Platz 3.1 bearbeiten' }).click();
    await page.getByRole('heading', { name: 'Platz 3.1' }).waitFor();
    await page.getByRole('button', { name: 'Platz löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Platz löschen' });
    await dialog.getByRole('button', { name: 'Platz löschen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () =>
      expect(await b.app.db.getRepository(Desk).countBy({ floorId: floor.id })).toBe(1),
    );
    await eventually(async () => expect(await focusedElement(page)).toMatchObject({ id: 'add-desk' }));
    expect(b.errors).toEqual([]);
  });
});
