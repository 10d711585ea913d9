import type { Page } from 'playwright-core';
import { Person } from '@platzbuch/directory';
import { BrowserTest, expectAccessible, focusedElement, screenshot } from '../support/browser';
import { TEST_TENANT } from '../support/factories';
import { FakeGraph, type FakeUser } from '../support/graph-fake';

jest.setTimeout(120_000);

// People who sign in here belong to another tenant, so that the sync's full rounds leave them alone.
const OTHER_TENANT = '99999999-2222-4333-8444-555555555555';

const csv = (name: string, ...rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(['email;deviceProfile', ...rows].join('\r\n') + '\r\n', 'utf8'),
});

describe('the directory page in the browser, with a sync from a fake Graph', () => {
  let graph: FakeGraph;
  let b: BrowserTest;
  let page: Page;
  let admin: Person;
  let manager: Person;
  let staff: FakeUser[];

  const status = (text: string) => page.getByRole('status').filter({ hasText: text });
  const runs = () => page.getByRole('table', { name: 'Letzte Abgleiche, neueste zuerst' });
  const newestRun = async () => runs().locator('tbody tr').first().locator('th, td').allTextContents();
  const held = () => page.getByRole('alert').filter({ hasText: 'Ein Abgleich wartet auf Ihre Entscheidung' });
  const active = () => b.app.db.getRepository(Person).countBy({ tenantId: TEST_TENANT, active: true });

  beforeAll(async () => {
    graph = await FakeGraph.start();
    staff = graph.addUsers(40);
    b = await BrowserTest.start({ env: graph.env() });
    admin = await b.make.admin({ displayName: 'Anna Admin', tenantId: OTHER_TENANT });
    manager = await b.make.facilityManager({ displayName: 'Frank Facility', tenantId: OTHER_TENANT });
  });
  afterAll(async () => {
    await b.close();
    await graph.close();
  });

  it('is neither offered to nor opened for a facility manager', async () => {
    const other = await b.newPage();
    await b.signIn(other, manager, '/admin');
    await other.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await other.getByRole('link', { name: 'Feste Plätze' }).waitFor();
    expect(await other.getByRole('link', { name: 'Verzeichnis' }).count()).toBe(0);
    await other.goto('/admin/directory');
    await other.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
  });

  it('shows an admin that the sync is on, and a round started here completes into the table', async () => {
    page = await b.newPage();
    await b.signIn(page, admin, '/admin');
    await page.getByRole('link', { name: 'Verzeichnis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzeichnis' }).waitFor();
    await page.getByText('Der Abgleich ist eingeschaltet.').waitFor();
    await page.getByText('Bisher hat kein Abgleich stattgefunden.').waitFor();
    await expectAccessible(page, 'directory page, no rounds yet');

    await page.getByRole('button', { name: 'Jetzt abgleichen' }).click();
    await status('Der Abgleich ist beendet: abgeschlossen.').waitFor({ timeout: 20_000 });
    const row = await newestRun();
    expect(row.slice(2)).toEqual(['Verwaltung', 'vollständig', 'abgeschlossen', '40', '0', '0', '0', '—']);
    expect(await focusedElement(page)).toMatchObject({ id: 'sync-runs' });
    expect(await active()).toBe(40);
    await expectAccessible(page, 'directory page after a round');
    await screenshot(page, 'admin-directory');
  });

  it('holds a round that would deactivate too many; discarding applies nothing, confirming applies it', async () => {
    staff.slice(0, 5).forEach((user) => graph.remove(user.id, 'deleted'));
    await page.getByRole('button', { name: 'Jetzt abgleichen' }).click();
    await held().waitFor({ timeout: 20_000 });
    await held()
      .getByText('würde 5 von 40 aktiven Personen deaktivieren, mehr als die Schwelle von 5 %')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Jetzt abgleichen' }).isDisabled()).toBe(true);
    await page.getByText('Ein angehaltener Abgleich wartet auf Ihre Entscheidung').waitFor();
    expect((await newestRun())[4]).toBe('angehalten, wartet auf Entscheidung');
    await expectAccessible(page, 'directory page with a held round');
    await screenshot(page, 'admin-directory-held');

    await held().getByRole('button', { name: 'Verwerfen' }).click();
    const discard = page.getByRole('dialog', { name: 'Abgleich verwerfen?' });
    await discard.getByText('Nichts von diesem Abgleich wird übernommen.').waitFor();
    await expectAccessible(page, 'discard dialog');
    await discard.getByRole('button', { name: 'Verwerfen' }).click();
    await status('Der Abgleich wurde verworfen.').waitFor();
    expect(await held().count()).toBe(0);
    expect((await newestRun())[4]).toBe('verworfen');
    expect(await active()).toBe(40);

    // The next round reads the same changes again and is held again.
    await page.getByRole('button', { name: 'Jetzt abgleichen' }).click();
    await held().waitFor({ timeout: 20_000 });
    await held().getByRole('button', { name: 'Übernehmen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Abgleich übernehmen?' });
    await confirm.getByText('5 Personen werden deaktiviert').waitFor();
    await expectAccessible(page, 'confirm dialog');
    await confirm.getByRole('button', { name: 'Übernehmen' }).click();
    await status('Der Abgleich wurde übernommen.').waitFor();
    expect(await held().count()).toBe(0);
    const row = await newestRun();
    expect(row.slice(3, 8)).toEqual(['nur Änderungen', 'abgeschlossen', '0', '0', '5']);
    expect(await focusedElement(page)).toMatchObject({ id: 'sync-runs' });
    expect(await active()).toBe(35);
    expect(await page.getByRole('button', { name: 'Jetzt abgleichen' }).isDisabled()).toBe(false);
  });

  it('uploads device profiles and reports what changed, or every wrong line', async () => {
    const upload = page.getByRole('region', { name: 'Geräteprofile hochladen' });
    await upload
      .getByLabel('CSV-Datei')
      .setInputFiles(csv('profile-fehler.csv', `${staff[10].mail};notebook`, `${staff[11].mail};tablet`));
    await upload.getByRole('table', { name: 'Fehler in profile-fehler.csv' }).waitFor();
    await expectAccessible(page, 'device profiles refused');

    await upload
      .getByLabel('CSV-Datei')
      .setInputFiles(csv('profile.csv', `${staff[10].mail};notebook`, `${staff[11].mail};unknown`));
    await status('Import von profile.csv abgeschlossen:').waitFor();
    expect(await upload.locator('.counts dt').allTextContents()).toEqual([
      'geänderte Profile',
      'unveränderte Profile',
    ]);
    expect(await upload.locator('.counts dd').allTextContents()).toEqual(['1', '1']);
    const profile = await b.app.db
      .getRepository(Person)
      .findOneByOrFail({ tenantId: TEST_TENANT, objectId: staff[10].id });
    expect(profile.deviceProfile).toBe('notebook');
    await expectAccessible(page, 'device profiles uploaded');
    expect(b.errors).toEqual([]);
  });
});

describe('the directory page in the browser, without a sync', () => {
  let b: BrowserTest;

  beforeAll(async () => {
    b = await BrowserTest.start();
  });
  afterAll(() => b.close());

  it('says the sync is off, why, and what to configure; no round can be started', async () => {
    const admin = await b.make.admin({ displayName: 'Anna Admin' });
    const page = await b.newPage();
    await b.signIn(page, admin, '/admin/directory');
    await page.getByRole('heading', { level: 1, name: 'Verzeichnis' }).waitFor();
    await page.getByText('Der Abgleich ist ausgeschaltet.').waitFor();
    await page
      .getByText(/^Der Betrieb muss ENTRA_TENANT_ID und eine Anmeldung bei Microsoft Graph setzen/)
      .waitFor();
    await page.getByText('Meldung des Servers: ENTRA_TENANT_ID is not set').waitFor();
    expect(await page.getByRole('button', { name: 'Jetzt abgleichen' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'directory page, sync off');
    expect(b.errors).toEqual([]);
  });
});
