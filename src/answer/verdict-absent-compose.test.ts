import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

// Sentences from PubMed abstracts on gout (PMID 34134663) and ustekinumab (PMID 28976302), shortened.
const gout = [
  article('34134663', 'Gout: an update', 'Gout is the most common inflammatory arthritis and occurs when hyperuricaemia leads to the deposition of monosodium urate crystals in and around the joints. Flares of gout are caused by urate crystals in the joint.'),
  article('2', 'Arthritis in adults', 'Gout and rheumatoid arthritis are common in adults. Gout flares are caused by crystals and cause severe joint pain.'),
];
const ustekinumab = [
  article('28976302', 'Biologics in Crohn disease', 'Only ustekinumab (UST; STELARA®, Janssen Pharmaceuticals, Inc., Horsham, PA, USA) is recommended after anti-tumour necrosis factor failure. Stelara was developed as a treatment for Crohn disease.'),
];
const asked = (question: string, articles: ReturnType<typeof article>[], absentFromCorpus: string[] = []) =>
  composeAnswer(question, {
    findEvidence: fakeFindEvidence(articles),
    corpus: { articles: articles.length, snapshot: 'fixtures' },
    isNamedConcept: (word) => ['gout', 'hyperbilirubinemia', 'arthritis', 'stelara', 'amgen'].includes(word),
    documentFrequencies: async (stems) => new Map(stems.map((s) => [s, absentFromCorpus.includes(s) ? 0 : 2])),
  });

describe('composeAnswer on a yes/no question whose asked attribute no article names', () => {
  it('answers no with the sentence giving the subject another attribute of the sort asked, rather than refusing', async () => {
    const answer = await asked('Is gout caused by hyperbilirubinemia?', gout, ['hyperbilirubinemia']);
    expect(answer.status).toBe('answered');
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.citations[0]?.quote).toMatch(/^Gout is the most common inflammatory arthritis and occurs when hyperuricaemia/);
  });

  it('still refuses when the articles give the subject no other attribute of that sort', async () => {
    const answer = await asked('Is gout caused by hyperbilirubinemia?', gout.slice(1), ['hyperbilirubinemia']);
    expect(answer.status).toBe('insufficient_evidence');
  });

  it('answers no, not uncertain, when the articles name another maker beside the product', async () => {
    const answer = await asked('Was stelara developed by Amgen?', ustekinumab);
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.citations[0]?.quote).toMatch(/Janssen Pharmaceuticals/);
  });
});
