/**
 * A new user's first minutes in a real browser: the home page offers questions the corpus answers, each one answered
 * when followed; "What it covers" lists the corpus's subjects with their counts; a refused question points there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.js';
import { startSite, type Site } from './site-harness.js';

const CHROMIUM = findChromium();
const RUN = CHROMIUM !== undefined || process.env.CI !== undefined;

let site: Site | undefined;

beforeAll(async () => {
  if (!RUN) return;
  site = await startSite('coverage', [], CHROMIUM ?? '/usr/bin/chromium');
});

afterAll(async () => {
  await site?.close();
});

describe.skipIf(!RUN)('what the corpus covers, in a browser', () => {
  it('lists the shipped corpus\'s subjects with record counts, and every example question it offers is answered', async () => {
    const page = await site!.newPage();
    await page.goto(site!.server.url);
    await page.getByRole('link', { name: 'What it covers' }).first().click();
    await page.waitForURL(/\/corpus$/);
    expect(await page.locator('h1').textContent()).toBe('What this corpus covers');
    const rows = page.locator('table.counts').first().locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    const counts = (await rows.locator('td.num').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
    // Commonest first.
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const examples = await page.locator('ul.examples a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const href of examples) {
      await page.goto(href);
      expect(await page.locator('.card.direct').count()).toBe(1);
      expect(await page.locator('.card.insufficient').count()).toBe(0);
    }
  });

  it('shows a phone the first subjects, the rest behind "Show all", which opens without script and then offers the short table again', async () => {
    const page = await site!.newPage({ width: 390, height: 844 });
    await page.goto(`${site!.server.url}/corpus`);
    const folded = page.locator('details.more-rows').first().locator('tbody tr').first();
    expect(await folded.isVisible()).toBe(false);
    const summary = page.locator('details.more-rows > summary').first();
    expect(await summary.innerText()).toMatch(/^Show all \d+ subjects$/);
    await summary.click();
    expect(await folded.isVisible()).toBe(true);
    // Open, the summary no longer offers to show all: it offers the short table again, and gives it back.
    expect(await summary.innerText()).toBe('Show only the first 12 subjects');
    await summary.click();
    expect(await folded.isVisible()).toBe(false);
  });

  it('offers "Try:" questions on the home page once the coverage is made, and a link to it under a refusal', async () => {
    const page = await site!.newPage({ width: 390, height: 844 });
    await page.goto(`${site!.server.url}/corpus`);
    await page.goto(site!.server.url);
    const tries = page.locator('p.try a');
    expect(await tries.count()).toBeGreaterThan(0);
    await tries.first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('.card.direct').count()).toBe(1);
    await page.goto(`${site!.server.url}/?q=${encodeURIComponent('How is scurvy treated?')}`);
    const note = page.locator('.insufficient .corpus-note');
    expect(await note.textContent()).toContain('whose commonest subjects are');
    await note.getByRole('link', { name: 'see what it covers' }).click();
    await page.waitForURL(/\/corpus$/);
  });
});
