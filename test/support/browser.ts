import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import type { Person } from '@platzbuch/directory';
import { TestApp, type TestAppOptions } from './test-app';
export { eventually } from './eventually';

/** Debian's chromium; `npx playwright install` cannot download browsers here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };

/**
 * The whole application on a real socket with the built web client, and one Chromium for the test
 * file. Pages collect uncaught errors and console errors (a CSP violation is one), so that a test
 * can assert the client ran cleanly.
 */
export class BrowserTest {
  readonly errors: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    readonly app: TestApp,
    readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  static async start(options: TestAppOptions = {}): Promise<BrowserTest> {
    const app = await TestApp.start(options);
    try {
      const baseUrl = await app.listen();
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      return new BrowserTest(app, browser, baseUrl);
    } catch (error) {
      await app.close();
      throw error;
    }
  }

  get make() {
    return this.app.make;
  }

  /**
   * A fresh browser profile (own storage) with one page. `bypassCSP` only where a test stands in
   * for a third party the policy does not name (a local identity provider instead of Entra).
   */
  async newPage(viewport = DESKTOP, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await this.browser.newContext({
      viewport,
      baseURL: this.baseUrl,
      locale: 'de-DE',
      bypassCSP: options.bypassCSP ?? false,
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => this.errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !isExpectedFailure(message.text())) {
        this.errors.push(`console error: ${message.text()}`);
      }
    });
    return page;
  }

  /** Opens the client and signs in as `person` through the demo persona picker. */
  async signIn(page: Page, person: Pick<Person, 'displayName'>, path = '/'): Promise<void> {
    await page.goto(path);
    await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(person.displayName)}\\b`) }).click();
    await page.getByRole('button', { name: /^(Abmelden|Sign out)$/ }).waitFor();
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.contexts.map((context) => context.close()));
    await this.browser.close().catch(() => undefined);
    await this.app.close();
  }
}

/** The browser logs every 4xx of fetch as an error; the tests provoke some on purpose. */
function isExpectedFailure(text: string): boolean {
  return /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * axe-core with the WCAG 2.1 A and AA rules on the page as it is now; fails with every serious
 * or critical violation listed (rule, impact, the elements and what to fix).
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (blocking.length === 0) return;
  const report = blocking
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${nodes}`;
    })
    .join('\n');
  throw new Error(
    `axe found ${blocking.length} serious or critical WCAG 2.1 AA violation(s) in "${state}":\n${report}`,
  );
}

/** A full-page screenshot into $PLATZBUCH_SCREENSHOTS, when it is set (for docs and review). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.PLATZBUCH_SCREENSHOTS;
  if (!directory) return;
  mkdirSync(directory, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(directory, `${name}-${width}.png`), fullPage: true });
}

export interface FocusedElement {
  tag: string;
  id: string;
  /** Its accessible name as far as the tests need it: `aria-label`, else its text. */
  name: string;
}

/** The element with the keyboard focus (evaluated in the page, hence the string). */
export function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    return {
      tag: element.tagName,
      id: element.id,
      name: (element.getAttribute('aria-label') || element.textContent || '').trim(),
    };
  })()`);
}

/** A number property of the element (`scrollLeft`, `naturalWidth`), read in the page. */
export function numberProperty(locator: Locator, property: string): Promise<number> {
  return locator.evaluate((element, name) => (element as unknown as Record<string, number>)[name], property);
}

/** The page's width in CSS pixels: wider than the viewport means it scrolls sideways. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth');
}
