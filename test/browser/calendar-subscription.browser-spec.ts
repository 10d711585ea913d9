import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import { BrowserTest, eventually, expectAccessible } from '../support/browser';

describe('subscribing to one’s bookings in a calendar, in the browser', () => {
  let b: BrowserTest;
  let page: Page;
  let person: Person;

  const address = () => page.getByLabel(/^Adresse zum Abonnieren/);
  const status = (text: string) => page.getByRole('status').filter({ hasText: text });
  const feed = async (url: string) => {
    const response = await b.app.app.inject({ method: 'GET', url: new URL(url).pathname });
    return { status: response.statusCode, type: String(response.headers['content-type'] ?? '') };
  };

  beforeAll(async () => {
    b = await BrowserTest.start();
    person = await b.make.person({ displayName: 'Carla Kalender' });
    page = await b.newPage();
    await b.signIn(page, person, '/bookings');
  });
  afterAll(() => b.close());

  it('makes an address that a calendar client can fetch, shown once with a way to copy it', async () => {
    const section = page.getByRole('region', { name: 'Buchungen im eigenen Kalender' });
    await section.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    await status('Neue Adresse erzeugt.').waitFor();
    const url = await address().inputValue();
    expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feed(url)).toEqual({ status: 200, type: 'text/calendar; charset=utf-8' });
    await section.getByRole('button', { name: 'Adresse kopieren' }).waitFor();
    await expectAccessible(page, 'calendar address shown');
  });

  it('ends the old address when a new one is made, and every address when the subscription ends', async () => {
    const first = await address().inputValue();
    await page.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    await eventually(async () => expect(await address().inputValue()).not.toBe(first));
    const second = await address().inputValue();
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);

    await page.getByRole('button', { name: 'Abonnement beenden' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Kalender-Abonnement beenden?' });
    await dialog.waitFor();
    await expectAccessible(page, 'end subscription dialog');
    await dialog.getByRole('button', { name: 'Abonnement beenden' }).click();
    await status('Abonnement beendet.').waitFor();
    expect(await address().count()).toBe(0);
    expect((await feed(second)).status).toBe(404);
    expect(b.errors).toEqual([]);
  });
});
