/**
 * Browser tests: the real server over a temporary database filled with the shipped corpus, driven through
 * Debian's chromium. They walk the reader's and the reviewers' paths and save screenshots of the main pages
 * to test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../src/main.js';
import { findChromium } from './find-chromium.js';
import { startSite, type PageOptions, type Site } from './site-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const QUESTION = 'What is the treatment of gout?';

// Debian's chromium, or another Chrome named by CLINQ_CHROMIUM (which fails the file when it names no file). Without one,
// a developer's `npm test` skips these tests with a note instead of failing twelve times; under CI (CI set) they always
// run, so a missing browser fails there.
const CHROMIUM = findChromium();
const RUN = CHROMIUM !== undefined || process.env.CI !== undefined;
if (!RUN) console.warn('browser tests skipped: no chromium found; install it (apt-get install chromium) or set CLINQ_CHROMIUM=/path/to/chrome');

let site: Site | undefined;
let server: RunningServer;

const newPage = (options?: PageOptions) => site!.newPage(options);
const signIn = (email: string, options?: PageOptions) => site!.signIn(email, options);

async function text(locator: Locator): Promise<string> {
  return (await locator.innerText()).trim();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!RUN) return;
  mkdirSync(SHOTS, { recursive: true });
  site = await startSite('e2e', [
    { email: 'ed@example.org', name: 'Ed Editor', role: 'editor' },
    { email: 'ada@example.org', name: 'Ada Admin', role: 'admin' },
    { email: 'rita@example.org', name: 'Rita Rao', credentials: 'MD, FACP', role: 'reviewer' },
  ], CHROMIUM ?? '/usr/bin/chromium');
  ({ server } = site);
});

afterAll(async () => {
  await site?.close();
});

describe.skipIf(!RUN)('the reader and the Medical Advisory Board in a browser', () => {
  let articleUrl = '';

  it('asks a question on the home page and lands on a pending article', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await shot(page, 'home');
    await page.getByLabel('Your question').fill(QUESTION);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/\/articles\/what-is-the-treatment-of-gout/);
    articleUrl = page.url().split('?')[0]!;
    expect(await text(page.getByRole('heading', { level: 1 }))).toBe(QUESTION);
    expect(await page.getByText('This content is pending human review and is for educational purposes').count()).toBe(1);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    // Focusing a citation shows the quoted source sentence.
    const cite = page.locator('.cite').first();
    await cite.locator('a').focus();
    expect(await cite.locator('.tip').isVisible()).toBe(true);
    await shot(page, 'article-pending');
    // Following [n] lands on its reference, which shows the sentence quoted from that paper (the tip is not printed).
    const quote = (await cite.locator('.tip').innerText()).replace(/^Source sentence, reference \d+:\s*/, '').trim();
    await cite.locator('a').click();
    const target = page.locator('ol.refs > li:target');
    expect(await target.count()).toBe(1);
    expect(await target.locator('.ref-quotes').innerText({ timeout: 2000 })).toContain(quote);
  });

  it('on a phone, a tap on [n] shows its reference with the quote, not a tip left over the screen; the keyboard gets the tip', async () => {
    const page = await newPage({ width: 390, height: 844, touch: true });
    await page.goto(`${articleUrl}?audience=physician`);
    const cite = page.locator('.cite').first();
    await cite.locator('a').tap();
    await page.waitForURL(/#ref-\d+$/);
    expect(await page.locator('ol.refs > li:target .ref-quotes').isVisible()).toBe(true);
    expect(await cite.locator('.tip').isVisible()).toBe(false);
    await page.goto(`${articleUrl}?audience=physician`);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.closest('.cite') !== null)); i++) await page.keyboard.press('Tab');
    expect(await page.locator('.cite:focus-within .tip').isVisible()).toBe(true);
  });

  it('rewords the answer when the reader says who they are, and remembers it', async () => {
    const page = await newPage();
    await page.goto(`${articleUrl}?audience=physician`);
    const physician = await page.locator('.direct-text, ul.points').allInnerTexts();
    await page.getByText('Patient', { exact: true }).click();
    await page.waitForURL(/audience=patient/);
    const patient = await page.locator('.direct-text, ul.points').allInnerTexts();
    expect(patient.join('\n')).not.toBe(physician.join('\n'));
    await page.goto(articleUrl);
    expect(await page.locator('input[name="audience"][value="patient"]').isChecked()).toBe(true);
  });

  it('answers a follow-up question in the article’s context and links the answer', async () => {
    const page = await newPage();
    await page.goto(articleUrl);
    await page.getByRole('textbox', { name: 'Follow-up question' }).fill('What about colchicine?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/#follow-up-1$/);
    expect(await text(page.locator('.thread-q').first())).toBe('What about colchicine?');
    // The shipped corpus has no sentence on colchicine for gout: the turn says so and links to what was searched.
    expect(await page.locator('.thread .state').first().innerText()).toBe('No answer found');
    await page.getByRole('link', { name: /See what was searched/ }).first().click();
    await page.waitForURL(/what-about-colchicine-gout/);
    expect(await text(page.getByRole('heading', { level: 1 }))).toBe('What about colchicine? (gout)');
  });

  it('keeps readers out of the review pages', async () => {
    const page = await newPage();
    for (const desk of ['/review', '/admin/users']) {
      await page.goto(`${server.url}${desk}`);
      expect(new URL(page.url()).pathname).toBe('/login');
    }
    await page.goto(articleUrl);
    expect(await page.getByText('Review desk').count()).toBe(0);
    await page.goto(`${server.url}/editorial-policy`);
    await shot(page, 'editorial-policy');
    const missing = await page.goto(`${server.url}/articles/no-such-article`);
    expect(missing?.status()).toBe(404);
    await shot(page, 'not-found');
  });

  it('lets an editor submit but not approve', async () => {
    const page = await signIn('ed@example.org');
    await page.goto(articleUrl);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/done=submitted/);
    expect(await text(page.getByRole('status'))).toBe('Submitted for review.');
    expect(await page.getByRole('button', { name: 'Approve this version' }).count()).toBe(0);
    // Even a hand-made request with the editor's own valid token is refused.
    const status = await page.evaluate(async () => {
      const token = (document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
      const res = await fetch(`${location.pathname}/actions/approve`, { method: 'POST', body: new URLSearchParams({ _csrf: token }) });
      return res.status;
    });
    expect(status).toBe(403);
  });

  it('lets a reviewer take it from the queue, start the review and approve it', async () => {
    const page = await signIn('rita@example.org');
    // Exact: the follow-up's row links the same article's thread, named "Thread of: QUESTION".
    expect(await page.getByRole('link', { name: QUESTION, exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: `Thread of: ${QUESTION}` }).count()).toBe(1);
    await shot(page, 'review-queue');
    await page.getByRole('link', { name: QUESTION, exact: true }).click();
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.waitForURL(/done=review-started/);
    expect(await text(page.getByRole('status'))).toBe('Review started.');
    await page.locator('#desk-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'review-desk-panel.png') });
    await page.getByRole('button', { name: 'Approve this version' }).click();
    await page.waitForURL(/done=approved/);
    expect(await text(page.getByRole('status'))).toMatch(/^Approved/);
  });

  it('shows readers the approved article with the reviewer’s name and no banner', async () => {
    const page = await newPage();
    await page.goto(`${articleUrl}?audience=physician`);
    expect(await page.getByText('pending human review').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    expect(await text(page.locator('.steps li[aria-current="step"]'))).toContain('Approved');
    expect(await text(page.locator('.status-note'))).toBe('Approved by our Medical Advisory Board');
    expect(await text(page.locator('.byline.reviewed'))).toContain('Last reviewed by Rita Rao, MD, FACP on');
    // src/answer says "other article" for an unclassified study design; the page words it for readers.
    expect(await text(page.locator('.evidence'))).not.toMatch(/other articles?\b/);
    await shot(page, 'article-approved');
    await page.goto(server.url);
    expect(await page.getByRole('link', { name: QUESTION }).isVisible()).toBe(true);
  });

  it('lets an editor edit the approved article; readers keep the approved version until the new one is approved', async () => {
    const editor = await signIn('ed@example.org');
    await editor.goto(articleUrl);
    const approvedText = await text(editor.locator('.direct-text'));
    await editor.getByRole('link', { name: 'Edit version 1' }).click();
    await editor.waitForURL(/\/edit$/);
    const direct = editor.getByRole('textbox', { name: 'Text of the short answer' });
    const edited = `In short: ${(await direct.inputValue()).trim()}`;
    await direct.fill(edited);
    const removable = editor.getByRole('checkbox', { name: 'Remove this point' });
    if ((await removable.count()) > 1) await removable.last().check();
    await shot(editor, 'edit-page');
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await editor.waitForURL(/\/versions\/2\?done=edited$/);
    expect(await text(editor.getByRole('status'))).toBe('Saved as a new version.');
    expect(await text(editor.locator('.direct-text'))).toContain(edited);

    const reader = await newPage();
    await reader.goto(`${articleUrl}?audience=physician`);
    expect(await text(reader.locator('.direct-text'))).toBe(approvedText);
    expect(await reader.getByText('pending human review').count()).toBe(0);
    expect(await text(reader.locator('.byline.reviewed'))).toContain('Rita Rao');
    expect(await reader.getByRole('link', { name: 'Version 2' }).count()).toBe(1);

    const reviewer = await signIn('rita@example.org');
    await reviewer.goto(articleUrl);
    await reviewer.getByRole('button', { name: 'Start review' }).click();
    await reviewer.waitForURL(/done=review-started/);
    await reviewer.goto(`${articleUrl}/versions/2`);
    await reviewer.locator('#point-direct + .point-notes summary').click();
    await reviewer.getByRole('textbox', { name: 'Your comment on the short answer' }).fill('Clear and faithful to the source.');
    await reviewer.getByRole('button', { name: 'Add comment' }).first().click();
    await reviewer.waitForURL(/done=commented#point-direct$/);
    expect(await text(reviewer.locator('.direct .notes'))).toContain('Clear and faithful to the source.');
    await shot(reviewer, 'version-with-point-comment');
    await reviewer.getByRole('button', { name: 'Approve this version' }).click();
    await reviewer.waitForURL(/done=approved/);

    await reader.goto(`${articleUrl}?audience=physician`);
    expect(await text(reader.locator('.direct-text'))).toContain(edited);
    expect(await reader.locator('.notes').count()).toBe(0);
  });

  it('keeps a sensible keyboard focus order: every stop visible, top to bottom', async () => {
    const page = await newPage();
    await page.goto(`${articleUrl}?audience=physician`);
    const stops: { name: string; top: number; visible: boolean }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const box = el.getBoundingClientRect();
        const target = el.matches('.pill input') ? (el.nextElementSibling as HTMLElement) : el;
        const shown = target.getBoundingClientRect();
        return { name: (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '').trim().slice(0, 40), top: box.top + window.scrollY, visible: shown.width > 0 && shown.height > 0 };
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    // After the skip link, each stop is at or below the one before it (a small tolerance for one row of links).
    for (let i = 2; i < stops.length; i++) expect(stops[i]!.top, `${stops[i - 1]!.name} → ${stops[i]!.name}`).toBeGreaterThanOrEqual(stops[i - 1]!.top - 40);
  });

  it('can be used with the keyboard alone, starting from a visible skip link', async () => {
    const page = await newPage();
    await page.goto(articleUrl);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Landmarks a screen reader lists (banner, navigation, main, contentinfo) and one h1, on every reader page.
    for (const url of [articleUrl, `${articleUrl}/versions/1`, server.url, `${server.url}/editorial-policy`, `${server.url}/login`]) {
      await page.goto(url);
      for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
        expect(await page.getByRole(role).count(), `${role} on ${url}`).toBeGreaterThan(0);
      }
      expect(await page.getByRole('main').count(), url).toBe(1);
      expect(await page.locator('h1').count(), url).toBe(1);
    }
  });

  it('works at phone width', async () => {
    const page = await newPage({ width: 375, height: 812 });
    // Nothing may stick out sideways: every element's right edge stays within the 375 px viewport.
    const widest = () => page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right)));
    await page.goto(articleUrl);
    expect(await widest()).toBeLessThanOrEqual(375);
    await shot(page, 'phone-article');
    await page.screenshot({ path: path.join(SHOTS, 'phone-article-top.png') });
    await page.goto(server.url);
    expect(await widest()).toBeLessThanOrEqual(375);
    await shot(page, 'phone-home');
    // The staff pages too: the desk on an article, the edit form and the queue.
    const editor = await signIn('ed@example.org', { width: 375, height: 812 });
    const staffWidest = () => editor.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right)));
    for (const [url, name] of [[articleUrl, 'phone-article-staff'], [`${articleUrl}/edit`, 'phone-edit'], [`${server.url}/review`, 'phone-review-queue']] as const) {
      await editor.goto(url);
      const over = await editor.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 375).map((el) => `${el.tagName}.${el.className} ${el.getBoundingClientRect().right}`));
      expect(over, url).toEqual([]);
      await shot(editor, name);
    }
    const admin = await signIn('ada@example.org', { width: 375, height: 812 });
    await admin.goto(`${server.url}/admin/users`);
    expect(await admin.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right)))).toBeLessThanOrEqual(375);
    await shot(admin, 'phone-admin-users');
  });
  it('wraps a word wider than a phone (a chemical name, a pasted URL) instead of widening the page', async () => {
    const page = await newPage({ width: 375, height: 812 });
    await page.goto(server.url);
    const word = 'pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4);
    await page.getByLabel('Your question').fill(`Is ${word} treatable?`);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/\/articles\//);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // A page with no answer has no thread to follow up; the long word goes into the answered article's thread.
    await page.goto(articleUrl);
    await page.getByRole('textbox', { name: 'Follow-up question' }).fill(`What about ${word}?`);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.waitForURL(/#follow-up-/);
    // Text overflowing its box widens the page without any element's box doing so: scrollWidth is what the reader sees.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'phone-long-word');
  });
});
