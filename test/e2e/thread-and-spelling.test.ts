/**
 * In a real browser: a long follow-up thread sends its earlier turns folded and small, and a link to one of them still
 * lands on it; a misspelt question is answered as corrected, or refused with links that ask the corrected question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { findChromium } from './find-chromium.js';
import { startSite, type Site } from './site-harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHROMIUM = findChromium();
const RUN = CHROMIUM !== undefined || process.env.CI !== undefined;

let site: Site | undefined;
const newPage = () => site!.newPage({ bypassCSP: true });

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

beforeAll(async () => {
  if (!RUN) return;
  site = await startSite('thread', [], CHROMIUM ?? '/usr/bin/chromium');
});

afterAll(async () => {
  await site?.close();
});

describe.skipIf(!RUN)('a long thread in a browser', () => {
  it('folds the earlier turns as question links with their short answers, and a link to a folded turn opens it', async () => {
    const page = await newPage();
    await page.goto(site!.server.url);
    await page.getByLabel('Your question').fill('What causes Duchenne muscular dystrophy?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/\/articles\//);
    const articleUrl = page.url().split('?')[0]!.split('#')[0]!;
    for (const question of ['Is it hereditary?', 'How is it treated?', 'What are the symptoms?', 'How is it diagnosed?', 'Does it affect the heart?', 'What about carriers?', 'What about steroids?']) {
      await page.locator('#follow-question').fill(question);
      await Promise.all([page.waitForURL(/#follow-up-\d+$/), page.locator('form.follow button[type=submit]').click()]);
    }
    await page.goto(`${articleUrl}#follow-up-1`);
    expect(await page.locator('details.thread-earlier').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const first = page.locator('#follow-up-1');
    await expect.poll(() => first.isVisible()).toBe(true);
    // Folded: the question is the link to its own page, with no second link and no "Answered as".
    expect(await first.locator('a').count()).toBe(1);
    expect(await first.locator('.thread-q a').textContent()).toBe('Is it hereditary?');
    expect(await first.textContent()).not.toContain('Answered as');
    expect(await violations(page)).toEqual([]);
  });
});

describe.skipIf(!RUN)('a follow-up pointing at what the answer named, in a browser', () => {
  it('is answered about the drug the answer named, and the thread says how it was read', async () => {
    const page = await newPage();
    await page.goto(site!.server.url);
    await page.getByLabel('Your question').fill('How is familial Mediterranean fever treated?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/\/articles\//);
    // The answer names colchicine ("the effect of continuous colchicine treatment on its course").
    expect(await page.locator('main').textContent()).toContain('colchicine');
    await page.locator('#follow-question').fill('What are the side effects of that drug?');
    await Promise.all([page.waitForURL(/#follow-up-\d+$/), page.locator('form.follow button[type=submit]').click()]);
    const turn = page.locator('#follow-up-1');
    expect(await turn.locator('.thread-q').textContent()).toContain('What are the side effects of that drug?');
    expect(await turn.locator('.thread-asked').textContent()).toBe('Answered as: What are the side effects of colchicine? (familial Mediterranean fever)');
    // Answered, from an article on colchicine in familial Mediterranean fever, not refused for the word "drug".
    expect(await turn.textContent()).toContain('colchicine');
    expect(await turn.textContent()).not.toContain('No sentence');
    expect(await violations(page)).toEqual([]);
  });
});

describe.skipIf(!RUN)('a thread whose first question found no answer, in a browser', () => {
  it('takes the question again in other words on the same page, and says why "it" cannot be read before anything is answered', async () => {
    const page = await newPage();
    await page.goto(site!.server.url);
    await page.getByLabel('Your question').fill('Is fluffernutter syndrome contagious in cats?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/\/articles\//);
    const articleUrl = page.url().split('?')[0]!;
    expect(await page.locator('#follow-title').textContent()).toBe('Ask it another way');
    expect(await page.locator('#follow-question').inputValue()).toBe('Is fluffernutter syndrome contagious in cats?');
    // "It" has nothing to point at yet: the reason comes back beside the box, which keeps the question.
    await page.locator('#follow-question').fill('Is it hereditary?');
    await Promise.all([page.waitForLoadState('load'), page.locator('form.follow button[type=submit]').click()]);
    await expect.poll(() => page.locator('#follow-error').textContent()).toContain('“it” points back at an earlier answer, but this thread has none yet');
    expect(await page.locator('#follow-question').inputValue()).toBe('Is it hereditary?');
    expect(await violations(page)).toEqual([]);
    // Asked again in other words: answered in the thread, on the same page.
    await page.locator('#follow-question').fill('How is familial Mediterranean fever treated?');
    await Promise.all([page.waitForURL(/#follow-up-1$/), page.locator('form.follow button[type=submit]').click()]);
    expect(page.url().split('#')[0]).toBe(articleUrl);
    expect(await page.locator('#follow-up-1').textContent()).toContain('colchicine');
    expect(await violations(page)).toEqual([]);
  });
});

describe.skipIf(!RUN)('a misspelt question in a browser', () => {
  it('is answered as corrected, saying so, when one corpus word answers it', async () => {
    const page = await newPage();
    await page.goto(`${site!.server.url}/?q=${encodeURIComponent('What is the treatment of goutt?')}`);
    await expect.poll(() => page.getByText('Searched for “gout” (you wrote “goutt”).').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('is refused with the nearest corpus words as links that ask the corrected question', async () => {
    const page = await newPage();
    await page.goto(`${site!.server.url}/?q=${encodeURIComponent('What causes hemofilia?')}`);
    const links = page.locator('.spelling-suggestions a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    const corrected = (await links.first().textContent())!;
    await links.first().click();
    await page.waitForLoadState();
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q')!)).toBe(corrected);
    expect(corrected).toBe('What causes hemophilia?');
  });
});
