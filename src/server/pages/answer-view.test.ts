import { describe, expect, it } from 'vitest';
import type { Answer, Reference } from '../../domain/index.js';
import { AnswerView, ReferenceList, referenceFacts } from './answer-view.js';

const ref = (over: Partial<Reference>): Reference => ({
  n: 1,
  pmid: '10364518',
  title: 'Characterization of a germline mosaicism in families with Lowe syndrome.',
  journal: 'Am J Hum Genet',
  year: 1999,
  publicationTypes: ['Journal Article'],
  evidenceLevel: 'other',
  url: 'https://pubmed.ncbi.nlm.nih.gov/10364518/',
  ...over,
});

describe('a reference’s facts', () => {
  it('give journal, year and study type when the record has them', () => {
    expect(referenceFacts(ref({ publicationTypes: ['Randomized Controlled Trial', 'Journal Article'] }))).toBe('Am J Hum Genet · 1999 · Randomized Controlled Trial');
  });

  it('say that the source record gives no journal or year, for a record without them, rather than leave a gap', () => {
    expect(referenceFacts(ref({ journal: '', year: null, publicationTypes: [] }))).toBe('Journal and year not given in the source record');
    expect(referenceFacts(ref({ journal: '', year: 2005, publicationTypes: [] }))).toBe('2005 · journal not given in the source record');
    expect(referenceFacts(ref({ journal: 'J Test', year: null, publicationTypes: [] }))).toBe('J Test');
  });

  it('never print undefined, null, a zero year or a dangling separator in the list', async () => {
    const html = String(await ReferenceList({ references: [ref({ journal: '  ', year: 0, publicationTypes: [] })] }));
    expect(html).toContain('<span class="ref-facts">Journal and year not given in the source record</span>');
    expect(html).not.toMatch(/undefined|null|\(0\)|· ·|· <|>\s*·/);
  });
});

describe('a citation marker', () => {
  it('stays on the line of the last word it follows (a no-break space), never alone on the next line', async () => {
    const citations = [{ n: 1, pmid: '10364518', quote: 'Gout is common.' }];
    const answer = {
      question: 'What is gout?',
      audience: 'physician',
      status: 'answered',
      direct: { text: 'Gout is common.', citations },
      sections: [{ title: 'Overview', points: [{ text: 'Gout is an arthritis.', citations }] }],
      references: [ref({})],
      evidenceSummary: 'Based on 1 article.',
    } as unknown as Answer;
    const html = String(await AnswerView({ answer, withReferences: false }));
    expect(html).toContain('Gout is common.\u00a0<span class="cite">');
    expect(html).toContain('Gout is an arthritis.\u00a0<span class="cite">');
    expect(html).not.toMatch(/\. <span class="cite">/);
  });
});

describe('an enumerated short answer', () => {
  const citations = [{ n: 1, pmid: '1324223', quote: 'The results reported here indicate that (1) FAP is heterogeneous; (2) all are chain terminating; and (3) DGGE is rapid.' }];
  const answerWith = (text: string) =>
    ({
      question: 'What causes FAP?',
      audience: 'physician',
      status: 'answered',
      direct: { text, citations },
      sections: [],
      references: [ref({ pmid: '1324223' })],
      evidenceSummary: 'Based on 1 article.',
    }) as unknown as Answer;

  it('is drawn as its lead and a numbered list, the citation after the last part, and the stored text left as it is', async () => {
    const text = 'The results reported here indicate that (1) FAP is heterogeneous; (2) all are chain terminating; and (3) DGGE is rapid.';
    const answer = answerWith(text);
    const html = String(await AnswerView({ answer, withReferences: false }));
    expect(html).toContain(
      '<div class="direct-text"><p class="direct-lead">The results reported here indicate that</p><ol class="direct-parts" type="1">' +
        '<li>FAP is heterogeneous</li><li>all are chain terminating</li><li>DGGE is rapid.\u00a0<span class="cite">',
    );
    // The source sentence in the citation's tip stays verbatim, markers and all.
    expect(html).toContain('(1) FAP is heterogeneous; (2) all are chain terminating; and (3) DGGE is rapid.”');
    expect(answer.direct?.text).toBe(text);
  });

  it('stays one paragraph when it enumerates nothing', async () => {
    const html = String(await AnswerView({ answer: answerWith('Gout is common.'), withReferences: false }));
    expect(html).toContain('<p class="direct-text">Gout is common.\u00a0<span class="cite">');
    expect(html).not.toContain('<ol class="direct-parts"');
  });
});

describe('a word no article has', () => {
  const corpus = { articles: 10, snapshot: 's' };
  it('is refused with the nearest corpus words as links that ask the corrected question, for the same reader', async () => {
    const answer: Answer = {
      question: 'Does spanich cause kidney stones?', audience: 'patient', status: 'insufficient_evidence', direct: null, sections: [], references: [],
      evidenceSummary: 'No study mentions spanich.', corpus,
      spelling: { wrote: 'spanich', searched: null, suggestions: [{ word: 'spinach', question: 'Does spinach cause kidney stones?' }] },
    };
    const html = String(await AnswerView({ answer }));
    expect(html).toContain('Ask it with that spelling:');
    expect(html).toContain('<a href="/?q=Does%20spinach%20cause%20kidney%20stones%3F&amp;audience=patient">Does spinach cause kidney stones?</a>');
  });

  it('answered as corrected says which word was searched for', async () => {
    const quote = 'Spinach raised the risk of kidney stones.';
    const answer: Answer = {
      question: 'Does spanich cause kidney stones?', audience: 'physician', status: 'answered', sections: [], corpus,
      direct: { text: quote, citations: [{ n: 1, pmid: '10364518', quote }] }, references: [ref({})], evidenceSummary: 'Based on 1 article.',
      spelling: { wrote: 'spanich', searched: 'spinach', suggestions: [{ word: 'spinach', question: 'Does spinach cause kidney stones?' }] },
    };
    const html = String(await AnswerView({ answer }));
    expect(html).toContain('Searched for “spinach” (you wrote “spanich”).');
  });
});

describe('a reference whose study type was read from its text', () => {
  it('shows the type with a note that it was read from the title or abstract; one MEDLINE gives shows none', async () => {
    const html = String(await ReferenceList({ references: [ref({ evidenceLevel: 'case-report' }), ref({ n: 2, evidenceLevel: 'case-report', publicationTypes: ['Case Reports'] })] }));
    expect(html.match(/<span class="tag">Case report<\/span>/g)).toHaveLength(2);
    expect(html.match(/study type read from the title or abstract/g)).toHaveLength(1);
  });
});

describe('the reference list', () => {
  const quote1 = 'Allopurinol lowered serum urate in most patients.';
  const quote2 = 'Gout flares were fewer after six months of treatment.';
  const answer = {
    question: 'Does allopurinol help gout?',
    audience: 'physician',
    status: 'answered',
    direct: { text: 'Yes: allopurinol lowered serum urate.', citations: [{ n: 1, pmid: '10364518', quote: quote1 }] },
    sections: [
      { title: 'Treatment', points: [
        { text: 'Flares were fewer after six months.', citations: [{ n: 1, pmid: '10364518', quote: quote2 }] },
        { text: 'Serum urate fell.', citations: [{ n: 1, pmid: '10364518', quote: quote1 }, { n: 2, pmid: '2', quote: 'Urate fell by a third.' }] },
      ] },
    ],
    references: [ref({}), ref({ n: 2, pmid: '2', title: '' })],
    evidenceSummary: 'Based on 2 articles.',
  } as unknown as Answer;

  it('shows under each reference the sentences the answer quotes from it, each once, so [n] leads to what was taken', async () => {
    const html = String(await AnswerView({ answer }));
    const first = /<li id="ref-1">(.*?)<\/li><li id="ref-2">/s.exec(html)?.[1] ?? '';
    expect(first).toContain(`<li>“${quote1}”</li><li>“${quote2}”</li>`);
    expect(first.split(quote1)).toHaveLength(2);
    expect(first).toContain('Sentences quoted in this answer:');
    const second = /<li id="ref-2">(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
    expect(second).toContain('Sentence quoted in this answer:');
    expect(second).toContain('“Urate fell by a third.”');
  });

  it('says a record gave no title rather than leave the reference without one', async () => {
    const html = String(await ReferenceList({ references: [ref({ title: '' })] }));
    expect(html).toContain('<span class="ref-title">Title not given in the source record</span>');
  });
});

describe('a quoted source sentence', () => {
  // PMID 8500791 and 10471457 as the tokenised corpora store them: the splitter left the closing mark of
  // '" autosomal hemophilia. "' opening the next sentence, and the decimal spaced out.
  const quotes = [
    '" We conclude that vWF mutation may be an under recognized cause of hemophilia.',
    'CONCLUSIONS In white adults, 0. 5 percent were homozygous for the C282Y mutation..',
  ];
  const answer = {
    question: 'What is autosomal hemophilia?',
    audience: 'physician',
    status: 'answered',
    direct: { text: 'vWF mutation may be an under recognized cause of hemophilia.', citations: [{ n: 1, pmid: '8500791', quote: quotes[0] }] },
    sections: [{ title: 'Other Findings', points: [{ text: 'In white adults, 0.5 percent were homozygous.', citations: [{ n: 1, pmid: '8500791', quote: quotes[1] }] }] }],
    references: [ref({ pmid: '8500791' })],
    evidenceSummary: 'Based on 1 article.',
  } as unknown as Answer;

  it('is shown in the tip and the reference list without the tokeniser\'s stray mark, spaced decimal or doubled stop', async () => {
    const html = String(await AnswerView({ answer }));
    expect(html).toContain('reference 1:</span> “We conclude that vWF mutation may be an under recognized cause of hemophilia.”');
    expect(html).toContain('<li>“We conclude that vWF mutation');
    expect(html).toContain('“In white adults, 0.5 percent were homozygous for the C282Y mutation.”');
    expect(html).not.toMatch(/“&quot;|“"|0\. 5|\.\.”/);
  });

  it('is shown without the structured-abstract label its record left at its start (PMID 9700175), a short one kept whole', async () => {
    const labelled = 'BACKGROUND Women with mutations in either the BRCA1 or the BRCA2 gene have a high lifetime risk of ovarian cancer.';
    const mine = 'RESULTS/CONCLUSIONS My grandad\'s nurse said the ulcer healed within six weeks.';
    const short = 'CONCLUSIONS None found.';
    const html = String(await ReferenceList({ references: [ref({})], quotes: new Map([[1, [labelled, mine, short]]]) }));
    expect(html).toContain('<li>“Women with mutations in either the BRCA1');
    expect(html).toContain('<li>“My grandad&#39;s nurse said');
    expect(html).toContain('<li>“CONCLUSIONS None found.”');
    expect(html).not.toMatch(/BACKGROUND|RESULTS/);
  });

  it('keeps a sentence without such marks exactly as stored', async () => {
    const plain = 'Parents called the spells "bad turns" and sought help late.';
    const html = String(await ReferenceList({ references: [ref({})], quotes: new Map([[1, [plain]]]) }));
    expect(html).toContain('“Parents called the spells &quot;bad turns&quot; and sought help late.”');
  });
});
