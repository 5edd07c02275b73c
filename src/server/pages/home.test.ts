import { describe, expect, it } from 'vitest';
import { renderHomePage } from './home.js';

const frame = { viewer: { user: null, session: null, csrf: 'token' }, path: '/' };
const home = async (articles: number, board = false) => String(await renderHomePage({ frame, articles, recent: [], audience: 'physician', board }));

describe('the home page', () => {
  it('says, before anyone asks, that a site without PubMed records cannot answer', async () => {
    const empty = await home(0);
    expect(empty).toContain('This site holds no PubMed records yet, so it cannot answer questions.');
    // Not a lede claiming answers "drawn from 0 PubMed records" above it.
    expect(empty).not.toContain('drawn from 0');
  });

  it('says nothing of the kind once records are loaded', async () => {
    const html = await home(1896);
    expect(html).toContain('Answers drawn from 1,896 PubMed records.');
    expect(html).not.toContain('holds no PubMed records');
  });

  it('names the Medical Advisory Board only when reviewer accounts exist', async () => {
    expect(await home(1896, true)).toContain('an article is marked reviewed once a member of our Medical Advisory Board has approved it.');
    const fresh = await home(1896, false);
    expect(fresh).toContain('articles are pending review by the site’s medical reviewers.');
    expect(fresh).not.toContain('Medical Advisory Board');
  });
});

describe('every page', () => {
  it('starts with the HTML doctype, so browsers lay it out in standards mode, not quirks mode', async () => {
    expect((await home(1896)).startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
  });
});
