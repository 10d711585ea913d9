import type { Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import { BrowserTest, expectAccessible, PHONE, screenshot } from '../support/browser';

/** WCAG 2.1 contrast of two `rgb(…)` or `#rrggbb` colours, computed in the page's terms. */
function contrastOf(first: string, second: string): number {
  const channels = (colour: string) =>
    colour.startsWith('#')
      ? [1, 3, 5].map((index) => parseInt(colour.slice(index, index + 2), 16))
      : (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

describe("the organisation's look and the accessibility statement", () => {
  let b: BrowserTest;
  let page: Page;
  let admin: Person;

  beforeAll(async () => {
    b = await BrowserTest.start({
      env: {
        ORG_NAME: 'Stadt Musterstadt',
        // A bright yellow: white text on it would fail WCAG AA by far.
        ORG_PRIMARY_COLOR: '#ffcc00',
        ORG_LOGO_URL: '/favicon.svg',
        ORG_ACCESSIBILITY_EMAIL: 'barrierefrei@musterstadt.de',
      },
    });
    admin = await b.make.admin({ displayName: 'Anna Admin' });
    page = await b.newPage();
  });
  afterAll(() => b.close());

  it('links the statement from the sign-in page, every signed-in page and the not-found page', async () => {
    await page.goto('/');
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Barrierefreiheit' });
    await footerLink.waitFor();
    await b.signIn(page, admin);
    for (const path of ['/', '/admin', '/admin/policies', '/admin/locations', '/nowhere']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await footerLink.getAttribute('href')).toBe('/accessibility');
    }
  });

  it('uses the colour darkened to 4.5:1 for white text, and shows the logo beside the name', async () => {
    await page.goto('/admin/policies');
    const save = page.getByRole('button', { name: 'Speichern' }).first();
    await save.waitFor();
    const colours: { background: string; text: string } = await page.evaluate(`(() => {
      const style = getComputedStyle(document.querySelector('main button[type="submit"]'));
      return { background: style.backgroundColor, text: style.color };
    })()`);
    expect(colours.background).not.toBe('rgb(255, 204, 0)');
    expect(contrastOf(colours.background, colours.text)).toBeGreaterThanOrEqual(4.5);
    const logo = page.getByRole('banner').locator('img.brand__logo');
    expect(await logo.getAttribute('src')).toBe('/favicon.svg');
    expect(await logo.getAttribute('alt')).toBe('');
    await page
      .getByRole('banner')
      .getByRole('link', { name: /Platzbuch.*Stadt Musterstadt/ })
      .waitFor();
    await expectAccessible(page, 'booking rules in the organisation colour');
    await screenshot(page, 'look-organisation-colour');
  });

  it('says what conforms, what not yet, whom to tell, and where to turn after that', async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    for (const heading of [
      'Was bereits barrierefrei ist',
      'Was noch nicht barrierefrei ist',
      'Feedback und Kontakt',
      'Durchsetzungsverfahren',
    ])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    expect(await page.getByRole('link', { name: 'barrierefrei@musterstadt.de' }).getAttribute('href')).toBe(
      'mailto:barrierefrei@musterstadt.de',
    );
    await page
      .getByText(/Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen/)
      .waitFor();
    expect(
      await page
        .getByRole('link', { name: 'ombudsstelle-barrierefreie-it@mags.nrw.de' })
        .getAttribute('href'),
    ).toBe('mailto:ombudsstelle-barrierefreie-it@mags.nrw.de');
    await expectAccessible(page, 'accessibility statement');
    await screenshot(page, 'accessibility-statement');
  });

  it('is readable without sign-in, on a phone, in English too', async () => {
    const phone = await b.newPage(PHONE);
    await phone.goto('/accessibility');
    await phone.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await phone.getByRole('button', { name: 'Sprache wechseln: English' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await phone.getByRole('heading', { level: 2, name: 'Enforcement procedure' }).waitFor();
    await expectAccessible(phone, 'accessibility statement in English on a phone');
    expect(b.errors).toEqual([]);
  });
});
