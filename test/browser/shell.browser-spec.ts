import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import {
  BrowserTest,
  expectAccessible,
  focusedElement,
  pageWidth,
  PHONE,
  screenshot,
} from '../support/browser';

describe('web client shell: sign-in, language, navigation, permissions', () => {
  let b: BrowserTest;
  let page: Page;
  let employee: Person;
  let manager: Person;

  beforeAll(async () => {
    b = await BrowserTest.start();
    const department = await b.make.department({ name: 'Bürgeramt' });
    employee = await b.make.person({ displayName: 'Erika Mustermann', departmentId: department.id });
    manager = await b.make.facilityManager({ displayName: 'Frank Facility' });
    page = await b.newPage();
  });
  afterAll(() => b.close());

  it('offers the demo people on the sign-in page, in German, accessibly', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.title()).toBe('Anmelden – Platzbuch');
    await page.getByRole('button', { name: /Frank Facility.*Facility-Management/ }).waitFor();
    await page.getByRole('button', { name: /Erika Mustermann.*Beschäftigte Person.*Bürgeramt/ }).waitFor();
    await expectAccessible(page, 'sign-in page');
    await screenshot(page, 'sign-in');
  });

  it('switches to English, remembers it across a reload, and switches back', async () => {
    await page.getByRole('button', { name: 'Sprache wechseln: English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'sign-in page in English');
    await page.getByRole('button', { name: 'Change language: Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  });

  it('leads a keyboard user past the header with the skip link', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ tag: 'A', name: 'Zum Inhalt springen' });
    expect(await page.getByRole('link', { name: 'Zum Inhalt springen' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusedElement(page)).toMatchObject({ id: 'main' });
  });

  it('signs an employee in, greets them, and shows no editor in the navigation', async () => {
    await b.signIn(page, employee);
    await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
    await page.getByText('Guten Tag, Erika Mustermann').waitFor();
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await navigation.getByRole('link').allTextContents()).toEqual(['Start', 'Etagenpläne']);
    expect(await navigation.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'home page of an employee');
    await screenshot(page, 'home-employee');
  });

  it('answers the editor address with a friendly no-permission page for an employee', async () => {
    await page.goto('/admin/locations');
    await page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
    await page.getByText('Facility-Management und der Administration vorbehalten').waitFor();
    await expectAccessible(page, 'no-permission page');
  });

  it('answers an unknown address with a not-found page', async () => {
    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    await page.getByRole('link', { name: 'Zur Startseite' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
    // After a navigation inside the client the new page's heading has the focus.
    expect(await focusedElement(page)).toMatchObject({ tag: 'H1', name: 'Start' });
  });

  it('links the accessibility statement from every page, also without sign-in', async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Feedback und Kontakt' }).waitFor();
    await expectAccessible(page, 'accessibility statement');
    await screenshot(page, 'accessibility');

    const anonymous = await b.newPage();
    await anonymous.goto('/accessibility');
    await anonymous.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    expect(await anonymous.getByRole('button', { name: 'Abmelden' }).count()).toBe(0);
    await anonymous.close();
  });

  it('signs out back to the sign-in page', async () => {
    await page.getByRole('link', { name: 'Platzbuch' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  });

  it('shows the editor and administration entries to a facility manager', async () => {
    await b.signIn(page, manager);
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Start',
      'Etagenpläne',
      'Standorte verwalten',
      'Verwaltung',
    ]);
    await page.getByRole('link', { name: 'Standorte verwalten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Standorte verwalten' }).waitFor();
  });

  it('works on a phone: the navigation folds into a menu', async () => {
    const phone = await b.newPage(PHONE);
    await b.signIn(phone, employee);
    const menu = phone.getByRole('button', { name: 'Menü' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const navigation = phone.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await navigation.getByRole('link').count()).toBe(0);
    await expectAccessible(phone, 'home page on a phone, menu closed');
    await screenshot(phone, 'home-employee');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(phone, 'home page on a phone, menu open');
    expect(await navigation.getByRole('link').allTextContents()).toEqual(['Start', 'Etagenpläne']);
    await navigation.getByRole('link', { name: 'Etagenpläne' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Etagenpläne' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // Nothing wider than the screen: the page reflows instead of scrolling sideways.
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await phone.close();
  });

  it('reflows at 320 px and at 200 % zoom without scrolling sideways', async () => {
    // 320 CSS pixels is WCAG's reflow width; a 1280 px screen at 200 % zoom is 640 CSS pixels wide.
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 450 },
    ]) {
      const narrow = await b.newPage(viewport);
      await narrow.goto('/');
      await narrow.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
      expect(await pageWidth(narrow)).toBeLessThanOrEqual(viewport.width);
      await b.signIn(narrow, manager);
      for (const path of ['/', '/accessibility']) {
        await narrow.goto(path);
        await narrow.locator('h1').waitFor();
        expect(await pageWidth(narrow)).toBeLessThanOrEqual(viewport.width);
      }
      await narrow.close();
    }
  });

  it('ran without uncaught errors or CSP violations', () => {
    expect(b.errors).toEqual([]);
  });
});
