import { describe, expect, it } from 'vitest';
import type { Answer } from '../../domain/index.js';
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

describe('a quick answer on the home page', () => {
  const answer = (status: 'answered' | 'insufficient_evidence') =>
    ({
      question: 'What causes gout?',
      audience: 'physician',
      status,
      direct: status === 'answered' ? { text: 'Gout is caused by urate crystals.', citations: [{ n: 1, pmid: '1', quote: 'Gout is caused by urate crystals.' }] } : null,
      sections: [],
      references: status === 'answered' ? [{ n: 1, pmid: '1', title: 'Urate crystals in gout.', journal: 'J Test', year: 2020, publicationTypes: ['Journal Article'], evidenceLevel: 'other', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }] : [],
      evidenceSummary: status === 'answered' ? 'Based on 1 article.' : 'No article in the corpus of 1,896 records mentions gout.',
      corpus: { articles: 1896, snapshot: 's' },
    }) as Answer;
  const page = async (status: 'answered' | 'insufficient_evidence') => String(await renderHomePage({ frame, articles: 1896, recent: [], audience: 'physician', answer: answer(status) }));

  it('says an answer is not stored or reviewed, and offers to ask it as a reviewable article', async () => {
    expect(await page('answered')).toContain('This quick answer is not stored or reviewed; ask with the form above to create a reviewable article.');
  });

  it('weighs the evidence of a quick answer, as an article page does, before the references', async () => {
    const html = await page('answered');
    expect(html).toContain('<h2 id="evidence-title">Strength of the evidence</h2><p>Based on 1 article.</p>');
    expect(html.indexOf('Strength of the evidence')).toBeLessThan(html.indexOf('<h2 id="refs-title">References</h2>'));
    // A refusal says why in its own card, once.
    const refused = await page('insufficient_evidence');
    expect(refused).not.toContain('Strength of the evidence');
    expect(refused.split('No article in the corpus of 1,896 records mentions gout.').length).toBe(2);
  });

  it('lets the reader of a quick answer pick the wording, which asks the same question again for them', async () => {
    for (const status of ['answered', 'insufficient_evidence'] as const) {
      const html = await page(status);
      expect(html).toMatch(/<form class="audience no-print" method="get" action="\/" data-autosubmit="true"><input type="hidden" name="q" value="What causes gout\?"\/><fieldset><legend>Which best describes you\?<\/legend>/);
      expect(html).toContain('<input type="radio" name="audience" value="physician" checked=""/>');
    }
    // The ask box's own choice (who the next question is asked as) is named otherwise: two controls of one name are one to
    // a screen reader.
    const html = await page('answered');
    expect(html.match(/Which best describes you\?/g)).toHaveLength(1);
    expect(html).toMatch(/<label for="ask-audience" class="visually-hidden">Ask as<\/label>/);
    // The home page without an answer has nothing to reword.
    expect(await home(1896)).not.toContain('class="audience no-print"');
  });

  it('offers no reviewable article above a refusal, which has nothing to review', async () => {
    const html = await page('insufficient_evidence');
    expect(html).toContain('No article in the corpus of 1,896 records mentions gout.');
    expect(html).not.toContain('create a reviewable article');
  });
});

describe('every page', () => {
  it('starts with the HTML doctype, so browsers lay it out in standards mode, not quirks mode', async () => {
    expect((await home(1896)).startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
  });
});
