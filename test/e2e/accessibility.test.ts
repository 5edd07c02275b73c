/**
 * Accessibility in a real browser: axe-core (WCAG 2.1 A and AA, and its best practices) on the pages readers and
 * staff use, and keyboard-only use of each (a skip link first, every stop visibly focused, no tab order but the page's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import type { RunningServer } from '../../src/main.js';
import { findChromium } from './find-chromium.js';
import { startSite, type Site } from './site-harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const QUESTION = 'What is the treatment of gout?';

// As in review-flow.test.ts: skipped with a note where no chromium is installed, always run under CI.
const CHROMIUM = findChromium();
const RUN = CHROMIUM !== undefined || process.env.CI !== undefined;

let site: Site | undefined;
let server: RunningServer;
let articleUrl = '';

// The site's CSP lets no inline script run; the test's own axe script is let in, the pages' policy is unchanged.
const newPage = () => site!.newPage({ bypassCSP: true });
const signIn = (email: string) => site!.signIn(email, { bypassCSP: true });

/** axe's violations on the page, one line each: rule, impact, and the first offending elements. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  // What axe could not decide (text over a gradient, a tooltip over text) is for a person to check: CLINQ_AXE_INCOMPLETE=1 lists it.
  if (process.env.CLINQ_AXE_INCOMPLETE) console.log(page.url(), results.passes.length, 'passed;', JSON.stringify(results.incomplete.map((v) => v.nodes.map((n) => [n.target.join(' '), n.any.map((a) => a.message).join(';'), n.html.slice(0, 120)]))));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

type Stop = { tag: string; name: string; outline: string; shadow: string; top: number; tabindex: string | null };

/** The keyboard's stops from the top of the page: what each is, and how it looks focused. */
async function tabStops(page: Page, max = 80): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // A visually hidden radio shows its focus on the label after it (the audience pills).
      const shown = el.matches('.pill input') ? (el.nextElementSibling as HTMLElement) : el;
      const style = getComputedStyle(shown);
      return {
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '').trim().replace(/\s+/g, ' ').slice(0, 50),
        outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
        shadow: style.boxShadow,
        top: el.getBoundingClientRect().top + window.scrollY,
        tabindex: el.getAttribute('tabindex'),
      };
    });
    if (!stop || (stops.length > 0 && stop.name === stops[0]!.name && stop.top === stops[0]!.top)) break;
    stops.push(stop);
  }
  return stops;
}

beforeAll(async () => {
  if (!RUN) return;
  site = await startSite('a11y', [
    { email: 'ada@example.org', name: 'Ada Admin', role: 'admin' },
    { email: 'rita@example.org', name: 'Rita Rao', credentials: 'MD, FACP', role: 'reviewer' },
  ], CHROMIUM ?? '/usr/bin/chromium');
  ({ server } = site);
  // One stored article for the article page, asked as a reader would.
  const page = await newPage();
  await page.goto(server.url);
  await page.getByLabel('Your question').fill(QUESTION);
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await page.waitForURL(/\/articles\//);
  articleUrl = page.url().split('?')[0]!;
});

afterAll(async () => {
  await site?.close();
});

describe.skipIf(!RUN)('the pages under axe-core (WCAG 2.1 AA and best practices)', () => {
  const readerPages: [string, () => string][] = [
    ['the home page', () => server.url],
    ['a quick answer', () => `${server.url}/?q=${encodeURIComponent('Does colchicine prevent gout flares?')}`],
    ['an article as a physician reads it', () => `${articleUrl}?audience=physician`],
    ['an article as a patient reads it', () => `${articleUrl}?audience=patient`],
    ['the sign-in page', () => `${server.url}/login`],
    ['the editorial policy', () => `${server.url}/editorial-policy`],
    ['a page that does not exist', () => `${server.url}/no-such-page`],
    ['the search of reviewed articles', () => `${server.url}/search?q=gout`],
    ['what the corpus covers', () => `${server.url}/corpus`],
    ['a refused quick answer, with what the corpus covers', () => `${server.url}/?q=${encodeURIComponent('How is scurvy treated?')}`],
  ];

  it('catches what it is there to catch: a control without a label, grey text too faint, a skipped heading level', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<input type="text" name="x"><p style="color:#bbb">faint</p><h4>deep</h4>');
    });
    const found = (await violations(page)).map((v) => v.split(' ')[0]);
    expect(found).toEqual(expect.arrayContaining(['label', 'color-contrast', 'heading-order']));
  });

  it.each(readerPages)('finds nothing on %s, laid out in standards mode (not quirks mode)', async (_name, url) => {
    const page = await newPage();
    await page.goto(url());
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
    expect(await violations(page)).toEqual([]);
  });

  it.each(readerPages)('leaves the same room under a card’s last line as above its first on %s', async (_name, url) => {
    const page = await newPage();
    await page.goto(url());
    // Each visible card: the space between its last child's bottom (margin included) and the card's inner bottom edge.
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.card')]
        .filter((card) => card.offsetParent !== null && card.lastElementChild)
        .map((card) => {
          const last = card.lastElementChild as HTMLElement;
          const style = getComputedStyle(card);
          const inner = card.getBoundingClientRect().bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
          return { card: card.className, extra: Math.round(inner - last.getBoundingClientRect().bottom) };
        }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((gap) => gap.extra > 1)).toEqual([]);
  });

  it.each(readerPages)('shows every placeholder whole on a 390 px phone on %s', async (_name, url) => {
    const page = await site!.newPage({ width: 390, height: 844 });
    await page.goto(url());
    const cut = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')]
        .filter((field) => field.offsetParent !== null)
        .flatMap((field) => {
          const style = getComputedStyle(field);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const needs = context.measureText(field.placeholder).width;
          return needs > room ? [`${field.id || field.name}: "${field.placeholder}" needs ${Math.ceil(needs)} px of ${Math.floor(room)}`] : [];
        });
    });
    expect(cut).toEqual([]);
  });

  it('finds nothing on a citation’s quoted sentence shown on focus, nor on a refused sign-in', async () => {
    const page = await newPage();
    await page.goto(`${articleUrl}?audience=physician`);
    await page.locator('.cite a').first().focus();
    expect(await page.locator('.cite .tip').first().isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('ada@example.org');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it.each([
    ['the review desk', '/review'],
    ['the people page', '/admin/users'],
    ['the disable confirmation', '/admin/users?disable=REVIEWER'],
    ['an article with its review panel', 'ARTICLE'],
    ['the edit form', 'ARTICLE/edit'],
  ])('finds nothing on %s, signed in as an admin', async (_name, where) => {
    const page = await signIn('ada@example.org');
    if (where.includes('REVIEWER')) {
      await page.goto(`${server.url}/admin/users`);
      await page.getByRole('button', { name: 'Disable Rita Rao' }).click();
      await page.waitForURL(/disable=/);
    } else {
      await page.goto(where.startsWith('ARTICLE') ? where.replace('ARTICLE', articleUrl) : `${server.url}${where}`);
    }
    expect(await violations(page)).toEqual([]);
  });
});

describe.skipIf(!RUN)('keyboard-only use', () => {
  const pages: [string, () => string, string?][] = [
    ['the home page', () => server.url],
    ['a quick answer', () => `${server.url}/?q=${encodeURIComponent('Does colchicine prevent gout flares?')}`],
    ['an article', () => `${articleUrl}?audience=physician`],
    ['the sign-in page', () => `${server.url}/login`],
    ['the review desk', () => `${server.url}/review`, 'ada@example.org'],
    ['the people page', () => `${server.url}/admin/users`, 'ada@example.org'],
  ];

  it.each(pages)('starts %s at a skip link to the main content, and shows focus on every stop, top to bottom', async (_name, url, who) => {
    const page = who ? await signIn(who) : await newPage();
    await page.goto(url());
    const stops = await tabStops(page);
    expect(stops[0]?.name).toBe('Skip to content');
    expect(stops.length).toBeGreaterThan(4);
    // Every stop draws the site's focus ring (or a shadow): none is focused invisibly.
    expect(stops.filter((s) => s.outline === 'none' && s.shadow === 'none').map((s) => `${s.tag} ${s.name}`)).toEqual([]);
    // Only the page's own order: no positive tabindex reshuffles it.
    expect(stops.filter((s) => s.tabindex !== null && Number(s.tabindex) > 0)).toEqual([]);
    // Top to bottom: after the skip link, no stop is above the one before it (beyond one row of inline links).
    const upward = stops.slice(2).filter((s, i) => s.top < stops[i + 1]!.top - 40).map((s) => s.name);
    expect(upward).toEqual([]);
    await page.goto(url());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('reaches the question box, asks and lands on the answer with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto(server.url);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'question')) break;
    }
    await page.keyboard.type('What is the treatment of gout in the elderly?');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('What is the treatment of gout in the elderly?');
  });

  it('says, in a live region a screen reader announces, that a sent question is being answered, and takes a second press as nothing', async () => {
    const page = await newPage();
    await page.goto(server.url);
    // The page's own script handles the submit first; this listener, on the window after it, counts what would be sent
    // and holds the page where it is, so the wait can be looked at.
    await page.evaluate(() => {
      const w = window as unknown as { sent: number };
      w.sent = 0;
      window.addEventListener('submit', (e) => {
        if (!e.defaultPrevented) w.sent++;
        e.preventDefault();
      });
    });
    const status = page.locator('form.ask [aria-live="polite"]');
    const button = page.locator('form.ask button[type="submit"]');
    expect(await status.innerText()).toBe('');
    await page.getByLabel('Your question').fill('How is gout treated in older people?');
    await button.click();
    expect(await status.innerText()).toMatch(/^Searching the research and writing the answer/);
    expect(await button.innerText()).toBe('Asking…');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    // Pressed again (Enter in the box: the button itself says it is not ready), nothing more is sent.
    await page.getByLabel('Your question').press('Enter');
    expect(await page.evaluate(() => (window as unknown as { sent: number }).sent)).toBe(1);
    // Sent for real and brought back with the Back button, the form is ready again.
    const real = await newPage();
    await real.goto(server.url);
    await real.getByLabel('Your question').fill('How is gout treated in older people?');
    await real.locator('form.ask button[type="submit"]').click();
    await real.waitForURL(/\/articles\//);
    await real.goBack();
    expect(await real.locator('form.ask button[type="submit"]').innerText()).toBe('Ask');
    expect(await real.locator('form.ask [aria-live="polite"]').innerText()).toBe('');
  });

  it('disables a person and cancels with the keyboard alone on the people page', async () => {
    const page = await signIn('ada@example.org');
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('button', { name: 'Disable Rita Rao' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/disable=/);
    expect(await page.getByRole('heading', { name: 'Disable Rita Rao?' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/admin/users`);
    expect(await page.getByRole('button', { name: 'Disable Rita Rao' }).count()).toBe(1);
  });
});
