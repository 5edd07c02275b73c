import { describe, expect, it } from 'vitest';
import { pointsOf, type Answer, type Article, type FindEvidence } from '../domain/index.js';
import { composeAnswer, pointText } from './compose-answer.js';
import { allFixtureArticles, caseReportArticles, pubmedqaDecisions } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { overlap } from './select-sentences.js';
import { stemSet } from './content-terms.js';
import { verifyAnswer } from './verify-answer.js';

const corpus = { articles: allFixtureArticles.length, snapshot: 'fixtures' };
const byPmid = new Map(allFixtureArticles.map((a) => [a.pmid, a]));
const findEvidence = fakeFindEvidence(allFixtureArticles);
const ask = (question: string, find: FindEvidence = findEvidence) => composeAnswer(question, { findEvidence: find, corpus });

const FIXTURE_QUESTIONS = [
  'Does hypoglycaemia increase the risk of cardiovascular events?',
  'Is acupuncture efficacious for phonotraumatic vocal fold lesions?',
  'Does a colonoscopy after acute diverticulitis affect its management?',
  'Does diabetes mellitus reduce the accuracy of FDG-PET in cervical cancer?',
  'How is pain associated with deep endometriosis treated?',
  'How can the recurrence of endometriosis be prevented after conservative surgery?',
  'What is known about paternal transmission of congenital myotonic dystrophy?',
  'Is endometriosis a precursor of ovarian cancer?',
];

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('composeAnswer', () => {
  it.each(FIXTURE_QUESTIONS)('keeps every contract rule for "%s"', async (question) => {
    const answer = await ask(question);
    expect(answer.status).toBe('answered');
    expect(verifyAnswer(answer, byPmid)).toEqual({ ok: true, problems: [] });
  });

  it('quotes every cited sentence verbatim from the cited article', async () => {
    for (const question of FIXTURE_QUESTIONS) {
      const answer = await ask(question);
      for (const citation of pointsOf(answer).flatMap((p) => p.citations)) {
        const article = byPmid.get(citation.pmid) as Article;
        expect(squash(`${article.title} ${article.abstract}`)).toContain(squash(citation.quote));
      }
    }
  });

  it('says the evidence is insufficient when no article is about the question', async () => {
    const answer = await ask('What is the treatment of cardiac sarcoidosis?');
    expect(answer).toMatchObject({ status: 'insufficient_evidence', direct: null, sections: [], references: [] });
    expect(answer.evidenceSummary).toMatch(/^No article in the corpus of 14 records mentions .*sarcoidosis/);
  });

  it('says the evidence is insufficient when the retrieved articles cover too little of the question', async () => {
    const answer = await ask('Does endometriosis cause pulmonary hypertension in infants?', async () =>
      allFixtureArticles.filter((a) => /endometriosis/i.test(a.title)).map((article) => ({ article, score: 1 })),
    );
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('together');
  });

  it('says the evidence is insufficient when search returns nothing', async () => {
    const answer = await ask('Does hypoglycaemia cause cardiovascular events?', async () => []);
    expect(answer.status).toBe('insufficient_evidence');
    expect(verifyAnswer(answer, byPmid).ok).toBe(true);
  });

  it('numbers references 1..n in order of first citation, direct answer first', async () => {
    const answer = await ask('How is pain associated with deep endometriosis treated?');
    const firstCited: string[] = [];
    for (const c of pointsOf(answer).flatMap((p) => p.citations)) if (!firstCited.includes(c.pmid)) firstCited.push(c.pmid);
    expect(answer.references.map((r) => r.pmid)).toEqual(firstCited);
    expect(answer.references.map((r) => r.n)).toEqual(firstCited.map((_, i) => i + 1));
    expect(answer.direct?.citations[0]?.n).toBe(1);
    expect(answer.references.length).toBeGreaterThan(1);
  });

  it('fills references with journal, year, publication types, evidence level and PubMed URL', async () => {
    const answer = await ask('How is pain associated with deep endometriosis treated?');
    expect(answer.references[0]).toMatchObject({
      journal: 'Fertility and sterility',
      year: 2015,
      evidenceLevel: 'review',
      url: `https://pubmed.ncbi.nlm.nih.gov/${answer.references[0]?.pmid}/`,
    });
  });

  it.each([
    ['Does hypoglycaemia increase the risk of cardiovascular events?', '23999452'],
    ['Is acupuncture efficacious for phonotraumatic vocal fold lesions?', '26298839'],
    ['Does a colonoscopy after acute diverticulitis affect its management?', '22186742'],
    ['Does diabetes mellitus reduce the accuracy of FDG-PET in cervical cancer?', '15703931'],
  ])('gives the verdict the evidence states for "%s"', async (question, pmid) => {
    const answer = await ask(question);
    expect(answer.verdict).toBe(pubmedqaDecisions[pmid]);
    expect(answer.direct?.citations[0]?.pmid).toBe(pmid);
  });

  it('gives no verdict to questions that are not yes/no', async () => {
    expect((await ask('How is pain associated with deep endometriosis treated?')).verdict).toBeUndefined();
  });

  it('answers directly with a finding, not a title or an aim', async () => {
    const answer = await ask('Does a colonoscopy after acute diverticulitis affect its management?');
    expect(answer.direct?.citations[0]?.quote).toMatch(/colonoscopy does not affect the management/);
  });

  it('never shows two points that are near-duplicates', async () => {
    for (const question of FIXTURE_QUESTIONS) {
      const points = pointsOf(await ask(question));
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          expect(overlap(stemSet(points[i]!.text), stemSet(points[j]!.text))).toBeLessThanOrEqual(0.6);
        }
      }
      expect(points.length).toBeLessThanOrEqual(10);
    }
  });

  it('groups points into titled sections with no empty section', async () => {
    const answer = await ask('How is pain associated with deep endometriosis treated?');
    expect(answer.sections.length).toBeGreaterThan(0);
    expect(answer.sections[0]?.kind).toBe('treatment');
    for (const s of answer.sections) expect(s.points.length).toBeGreaterThan(0);
    expect(new Set(answer.sections.map((s) => s.kind)).size).toBe(answer.sections.length);
  });

  it('notes rarity when a cited sentence reports how few cases exist', async () => {
    const answer = await ask('What is known about paternal transmission of congenital myotonic dystrophy?', fakeFindEvidence(caseReportArticles));
    expect(answer.evidenceSummary).toBe('Evidence is limited to a single case report; one reports six cases in the literature.');
  });

  it('drops and reports a citation whose quote is not in the article search returned', async () => {
    // Search hands back a record whose stored abstract differs from the text the sentences were cut from.
    const real = byPmid.get('22186742') as Article;
    const altered: Article = { ...real, abstractSections: [{ label: null, category: 'CONCLUSIONS', text: 'Colonoscopy does not affect the management of acute diverticulitis in this series.' }] };
    const dropped: string[] = [];
    const answer: Answer = await composeAnswer('Does a colonoscopy after acute diverticulitis affect its management?', {
      findEvidence: async () => [{ article: altered, score: 1 }],
      corpus,
      onDrop: (d) => dropped.push(d.pmid),
    });
    expect(dropped).toEqual(['22186742']);
    expect(answer.status).toBe('insufficient_evidence');
  });

  it('records the audience and corpus it was asked for', async () => {
    const answer = await composeAnswer('How is pain associated with deep endometriosis treated?', {
      findEvidence,
      corpus: { articles: 5, snapshot: 's1' },
      audience: 'nurse',
    });
    expect(answer).toMatchObject({ audience: 'nurse', corpus: { articles: 5, snapshot: 's1' } });
  });
});

describe('composeAnswer by question type', () => {
  it('for a list question gathers items from several articles', async () => {
    const answer = await ask('List the complications of endometriosis in pregnancy');
    expect(new Set(pointsOf(answer).flatMap((p) => p.citations.map((c) => c.pmid))).size).toBeGreaterThan(1);
    expect(pointsOf(answer).length).toBeGreaterThanOrEqual(4);
  });

  it('for a which-question answers with the sentence that names something', async () => {
    // Both sentences cover the question equally; only one names the drug class asked for.
    const article: Article = {
      ...(byPmid.get('26363387') as Article),
      pmid: '1',
      abstract: 'Agonists are used in deep endometriosis. Gonadotropin-releasing hormone agonists such as Leuprolide are used in deep endometriosis.',
      abstractSections: [],
    };
    const answer = await ask('Which agonists are used in deep endometriosis?', async () => [{ article, score: 1 }]);
    expect(answer.direct?.text).toMatch(/Leuprolide/);
  });

  it('for a yes/no question starts with the sentence that decides the verdict', async () => {
    const answer = await ask('Does diabetes mellitus reduce the accuracy of FDG-PET in cervical cancer?');
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.citations[0]?.quote).toMatch(/not significantly reduced/);
  });
});

describe('composeAnswer with corpus-wide word counts', () => {
  const colchicine: Article = {
    ...(allFixtureArticles[0] as Article),
    pmid: '990001',
    title: 'Colchicine in breast milk of patients with familial Mediterranean fever',
    abstract: 'Colchicine concentrations in breast milk were low in four women. The amount of colchicine ingested by the infant is small and did not reduce milk production.',
    abstractSections: [],
    meshHeadings: [],
    keywords: [],
  };
  const pool = [...allFixtureArticles, colchicine];
  const stems = pool.map((a) => stemSet(`${a.title} ${a.abstract}`));
  const documentFrequencies = async (wanted: readonly string[]) =>
    new Map(wanted.map((s) => [s, stems.filter((set) => set.has(s)).length]));
  const askWithCounts = (question: string, articles: readonly Article[] = pool) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      documentFrequencies,
      // The fixture corpus is tiny: a word in one of its 15 articles already counts as rare.
      rareShare: 0.1,
    });

  it('says the evidence is insufficient when a subject word is in no article of the corpus', async () => {
    const answer = await askWithCounts('Does allopurinol reduce cardiovascular events?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/mentions allopurinol\.$/);
  });

  it('does not answer about the common words when the rare topic word appears only in unrelated articles', async () => {
    const answer = await askWithCounts('Does colchicine reduce cardiovascular events?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('colchicine');
  });

  it('does not refuse over a missing word the vocabulary does not name (phrasing, not a topic)', async () => {
    const question = 'Does hypoglycaemia increase the risk of cardiovascular events, worthwhilely?';
    const answer = await composeAnswer(question, {
      findEvidence: fakeFindEvidence(pool),
      corpus: { articles: pool.length, snapshot: 'fixtures' },
      documentFrequencies,
      isNamedConcept: (word) => word !== 'worthwhilely',
    });
    expect(answer.status).toBe('answered');
  });

  it('refuses when a named topic shares a stem with other words but no article found names it', async () => {
    // Porter stems "appendicitis" and "appended" alike; the stem counts cannot tell them apart.
    const appended = { ...colchicine, pmid: '990002', title: 'Surgery outcomes', abstract: 'Laparoscopic surgery was safe; details are appended. Surgery was safe in most patients.' };
    const answer = await composeAnswer('Is laparoscopic surgery safe for appendicitis?', {
      findEvidence: fakeFindEvidence([appended]),
      corpus: { articles: 1, snapshot: 'fixtures' },
      documentFrequencies: async (wanted) => new Map(wanted.map((s) => [s, 1])),
      isNamedConcept: (word) => word === 'appendicitis',
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/mentions appendicitis\.$/);
  });

  it('does not take a relation word the vocabulary names ("work") for a missing topic', async () => {
    const article = { ...colchicine, pmid: '990003', title: 'Phlebotomy in hemochromatosis', abstract: 'Phlebotomy therapy removes iron in hemochromatosis. Phlebotomy treatment lowered ferritin in hemochromatosis.' };
    const answer = await composeAnswer('How does phlebotomy work in hemochromatosis?', {
      findEvidence: fakeFindEvidence([article]),
      corpus: { articles: 1, snapshot: 'fixtures' },
      documentFrequencies: async (wanted) => new Map(wanted.map((s) => [s, 1])),
      isNamedConcept: (word) => ['work', 'phlebotomy', 'hemochromatosis'].includes(word),
    });
    expect(answer.evidenceSummary).not.toMatch(/mentions work/);
  });

  // A stand-in for general English: the words of these tests' questions, graded like SCOWL (10 = commonest).
  const ENGLISH = new Map([['makes', 10], ['super', 20], ['sleepy', 35], ['take', 10], ['day', 10], ['increase', 10], ['risk', 10], ['events', 10], ['cardiovascular', 50], ['hypoglycaemia', 70]]);
  const askPlainly = (question: string) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence(pool),
      corpus: { articles: pool.length, snapshot: 'fixtures' },
      documentFrequencies,
      isNamedConcept: () => false,
      englishLevel: (word) => ENGLISH.get(word),
    });

  it('refuses, naming them as the question writes them, when question words are in no article and are no English word (brand names)', async () => {
    const answer = await askPlainly('Benadryl makes me super sleepy can I take like Claritin during the day?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toBe(
      `No article in the corpus of ${pool.length} records mentions Benadryl or Claritin; "benadryl" and "claritin" are in none of clinq's vocabularies: if it is a brand name, ask with the medicine's generic name.`,
    );
  });

  it('names a misspelt topic word so the reader can correct it', async () => {
    const answer = await askPlainly('Does allopurinal increase the risk?');
    expect(answer.evidenceSummary).toMatch(/mentions allopurinal; "allopurinal" is in none of clinq's vocabularies/);
  });

  it('reads a typing slip of a word the retrieved articles use as that word, not as a missing topic', async () => {
    const answer = await askPlainly('Does hypoglycaemia increase the risk of cardiovascular evants?');
    expect(answer.status).toBe('answered');
  });

  it('does not take a short named topic inside a longer word for a mention ("flu" in "influenza")', async () => {
    const influenza = { ...colchicine, pmid: '990003', title: 'Rapid influenza tests', abstract: 'Rapid influenza tests detect influenza A and B. Fluoroquinolones do not treat influenza.' };
    const answer = await composeAnswer('Is a flu test the same as an influenza test?', {
      findEvidence: fakeFindEvidence([influenza]),
      corpus: { articles: 1, snapshot: 'fixtures' },
      documentFrequencies: async (wanted) => new Map(wanted.map((s) => [s, 1])),
      isNamedConcept: (word) => word === 'flu',
    });
    expect(answer.evidenceSummary).toMatch(/mentions flu\.$/);
  });

  it('still answers when the articles that mention the rare word cover the question', async () => {
    const answer = await askWithCounts('Does hypoglycaemia increase the risk of cardiovascular events?');
    expect(answer.status).toBe('answered');
    for (const citation of pointsOf(answer).flatMap((p) => p.citations)) expect(citation.pmid).not.toBe('990001');
  });
});

describe('pointText', () => {
  it('shows a decimal the source spaced out whole, but not a year followed by a number', () => {
    expect(pointText('In white adults, 0. 5 percent were homozygous for the C282Y mutation.')).toBe('In white adults, 0.5 percent were homozygous for the C282Y mutation.');
    expect(pointText('The HFE gene lies 4. 5 Mb telomeric to HLA-A.')).toBe('The HFE gene lies 4.5 Mb telomeric to HLA-A.');
    expect(pointText('The registry opened in 1999. 5 patients were enrolled that year.')).toBe('The registry opened in 1999. 5 patients were enrolled that year.');
  });

  it("drops the paper's own reference pointers, not clinq's citations (PMIDs 10724175, 8589723), and keeps an interval", () => {
    expect(pointText('Mutations in the BRCA1 (ref. 1) tumour suppressor gene account for most inherited breast cancer.')).toBe(
      'Mutations in the BRCA1 tumour suppressor gene account for most inherited breast cancer.',
    );
    expect(pointText('CONCLUSIONS Carriers have a 40% risk of ovarian cancer by the age of 70 (ref. 1).')).toBe('Carriers have a 40% risk of ovarian cancer by the age of 70.');
    expect(pointText('My nan was told knee pain after a fall is common [3, 4].')).toBe('My nan was told knee pain after a fall is common.');
    expect(pointText('Survival was 24 months [15-34] with the new drug.')).toBe('Survival was 24 months [15-34] with the new drug.');
  });

  it('drops the number of a list item split out of its list, but keeps a number that is part of the sentence', () => {
    expect(pointText('(3) The DEP is recommended for patients with a low ankle-brachial index.')).toBe('The DEP is recommended for patients with a low ankle-brachial index.');
    expect(pointText('ii) Serum ferritin was raised in all patients.')).toBe('Serum ferritin was raised in all patients.');
    expect(pointText('(1) and (2) were both confirmed by sequencing.')).toBe('(1) and (2) were both confirmed by sequencing.');
  });

  it('drops a two-word structured-abstract label and shows a doubled full stop once', () => {
    expect(pointText('STUDY DESIGN One hundred patients were identified through two surveys.')).toBe('One hundred patients were identified through two surveys.');
    expect(pointText('The results improve genetic counselling..')).toBe('The results improve genetic counselling.');
    expect(pointText('The list goes on and on...')).toBe('The list goes on and on...');
  });

  it('drops a structured-abstract label left at the start of a sentence', () => {
    expect(pointText('BACKGROUND/AIMS The development of fibrosis is slow in most patients.')).toBe('The development of fibrosis is slow in most patients.');
    expect(pointText('<b>RESULTS</b>: Six participants were enrolled in the trial.')).toBe('Six participants were enrolled in the trial.');
    expect(pointText('MATERIALS AND METHODS We enrolled forty patients with gout.')).toBe('We enrolled forty patients with gout.');
    expect(pointText('CLINICAL RELEVANCE Identification of mutations in the XLRS1 gene will facilitate early diagnosis.')).toBe('Identification of mutations in the XLRS1 gene will facilitate early diagnosis.');
    expect(pointText('MAIN OUTCOME MEASURES Visual acuity was measured at 12 months.')).toBe('Visual acuity was measured at 12 months.');
  });

  it('trims a preamble that states, and keeps one that hedges', () => {
    expect(pointText('These results show that renal failure occurs in most patients.')).toBe('Renal failure occurs in most patients.');
    expect(pointText('These results suggest that renal failure occurs in most patients.')).toBe('These results suggest that renal failure occurs in most patients.');
    expect(pointText('We suggest that renal failure occurs in most patients.')).toBe('We suggest that renal failure occurs in most patients.');
  });

  it('keeps an acronym that starts the sentence', () => {
    expect(pointText('HIV infection remains a major cause of death.')).toBe('HIV infection remains a major cause of death.');
    expect(pointText('wt-VHL protein inhibited VEGF promoter activity.')).toBe('wt-VHL protein inhibited VEGF promoter activity.');
    expect(pointText('mRNA expression of the creatine synthesising enzymes was assessed.')).toBe('mRNA expression of the creatine synthesising enzymes was assessed.');
    expect(pointText('in most patients the disease was mild.')).toBe('In most patients the disease was mild.');
  });
});

describe('composeAnswer on names qualified by a letter or number', () => {
  const paper = (pmid: string, title: string, abstract: string): Article => ({
    ...(allFixtureArticles[0] as Article),
    pmid,
    title,
    abstract,
    abstractSections: [],
    meshHeadings: [],
    keywords: [],
  });
  const vitaminK = paper('880001', 'Vitamin K deficiency bleeding in newborns', 'Vitamin K deficiency causes bleeding in newborns. Vitamin K prophylaxis at birth prevents deficiency bleeding in newborns.');
  const vitaminD = paper('880002', 'Vitamin D deficiency and rickets', 'Vitamin D deficiency causes nutritional rickets in infants. Vitamin D supplements prevent rickets in breastfed infants.');
  // The vocabulary names "vitamin d" (a MeSH heading): the evidence must name it, qualifier and all.
  const ask = (question: string, articles: Article[]) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      isNamedConcept: (word) => word === 'vitamin d',
    });

  it('does not answer a vitamin D question from a vitamin K paper', async () => {
    const answer = await ask('Does vitamin D deficiency cause bleeding in newborns?', [vitaminK]);
    expect(answer.status).toBe('insufficient_evidence');
  });

  it('answers it from the vitamin D paper when the corpus has one', async () => {
    const answer = await ask('Does vitamin D deficiency cause rickets?', [vitaminK, vitaminD]);
    expect(answer.status).toBe('answered');
    expect(answer.references.map((r) => r.pmid)).toEqual(['880002']);
  });
});
