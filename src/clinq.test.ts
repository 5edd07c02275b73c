import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSettings } from './config.js';
import { openClinq, type Clinq, type ModelReport } from './clinq.js';
import { createFakeModel, renderAnswerText, type AnswerModel } from './answer/index.js';
import { ClinqError, type Answer, type Article } from './domain/index.js';
import { articlesCitedBy, fakeAnswer } from './server/test-harness.js';

const QUOTE = 'In this randomized trial, low-dose colchicine significantly reduced the frequency of acute gout flares compared with placebo.';
// Shorter sentences with every concept kept: passes the grounding, fidelity and plain-language checks.
const REWRITE = 'Low-dose colchicine clearly reduced the rate of sudden gout flares. This was compared with fake treatment. Colchicine is a drug used to treat gout.';

let dir: string;
let opened: Clinq[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clinq-open-'));
  opened = [];
});
afterEach(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await rm(dir, { recursive: true, force: true });
});

/** A clinq over an empty database (no model from the environment) holding the paper a stored answer cites. */
async function clinqWith(model: AnswerModel | undefined, stored: Answer, reports: ModelReport[] = []): Promise<Clinq> {
  const settings = loadSettings({ store: { dbPath: path.join(dir, 'clinq.db') } }, {});
  const clinq = await openClinq(settings, { ...(model ? { model } : {}), onModelReport: (r) => reports.push(r) });
  opened.push(clinq);
  await clinq.store.upsertArticles(articlesCitedBy(stored));
  return clinq;
}

describe('openClinq adaptForReader', () => {
  const stored = fakeAnswer('Does colchicine help gout?', { quote: QUOTE, text: 'Low-dose colchicine significantly reduced the frequency of acute gout flares compared with placebo.' });

  it('is absent without a model, so readers get the rule-based adapt', async () => {
    const clinq = await clinqWith(undefined, stored);
    expect(clinq.adaptForReader).toBeUndefined();
  });

  it("rewords the stored answer's plain text through the model, keeping quotes, citations and references", async () => {
    const model = createFakeModel((messages) => {
      const prompt = messages.map((m) => m.content).join('\n');
      // The model is given the rule-based plain text of the stored answer, not a recomposed one.
      expect(prompt).toContain('fake treatment');
      return `P1: ${REWRITE.replace(/\.(?= |$)/g, '. [1]').trim()}`;
    });
    const reports: ModelReport[] = [];
    const clinq = await clinqWith(model, stored, reports);

    const answer = await clinq.adaptForReader!(stored, 'patient');

    expect(model.calls).toHaveLength(1);
    expect(answer.audience).toBe('patient');
    expect(answer.direct?.text).toBe(REWRITE);
    expect(answer.direct?.citations).toEqual(stored.direct?.citations);
    expect(answer.references).toEqual(stored.references);
    // Point 2 got no rewrite, so it keeps the rule-based plain text.
    expect(answer.sections[0]?.points[0]?.text).toBe((await clinq.adapt(stored, 'patient')).sections[0]?.points[0]?.text);
    expect(reports).toMatchObject([{ audience: 'patient', points: 2, rewritten: 1 }]);
  });

  it('returns the stored physician answer unchanged for physicians, without calling the model', async () => {
    const model = createFakeModel();
    const clinq = await clinqWith(model, stored);
    expect(await clinq.adaptForReader!(stored, 'physician')).toEqual(stored);
    expect(model.calls).toHaveLength(0);
  });

  it('throws a model_error when the model fails, so the caller can show the rule-based wording and retry later', async () => {
    const model = createFakeModel(() => {
      throw new ClinqError('model_error', 'model: no answer within 10 ms');
    });
    const clinq = await clinqWith(model, stored);
    await expect(clinq.adaptForReader!(stored, 'patient')).rejects.toMatchObject({ code: 'model_error', message: /no answer within 10 ms/ });
  });
});

describe('openClinq ask: a word no article and no English word list has', () => {
  const record = (pmid: string, title: string, abstract: string): Article => ({
    pmid, version: 1, title, abstract, abstractSections: [], journal: { title: 'J Urol', isoAbbreviation: null }, year: 2020,
    authors: [], languages: ['eng'], publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
  });
  const corpus = [
    record('1', 'Dietary oxalate from spinach and the risk of kidney stones', 'High intake of spinach increased urinary oxalate excretion and the risk of calcium oxalate kidney stones in healthy adults.'),
    record('2', 'Spinach consumption and urinary oxalate', 'Eating boiled spinach raised urinary oxalate less than eating raw spinach.'),
    record('3', 'The Spanish influenza of 1918', 'The Spanish influenza pandemic killed young adults more often than older ones.'),
    record('4', 'Treatment of gout', 'Colchicine reduced the frequency of acute gout flares compared with placebo in adults with gout.'),
  ];
  async function clinqOver(): Promise<Clinq> {
    const clinq = await openClinq(loadSettings({ store: { dbPath: path.join(dir, 'clinq.db') } }, {}), {});
    opened.push(clinq);
    await clinq.store.upsertArticles(corpus);
    return clinq;
  }

  it('answers the question with the nearest corpus word that answers it, and says which word it searched for', async () => {
    const clinq = await clinqOver();
    const answer = await clinq.ask('Does spanich cause kidney stones?');
    expect(answer.status).toBe('answered');
    expect(answer.question).toBe('Does spanich cause kidney stones?');
    expect(answer.spelling).toMatchObject({ wrote: 'spanich', searched: 'spinach' });
    expect(answer.references.map((r) => r.pmid)).toContain('1');
    expect(renderAnswerText(answer)).toContain('Searched for "spinach" (you wrote "spanich").');
  });

  it('refuses with the nearest corpus words, each as the question to ask instead, when no correction answers', async () => {
    const clinq = await clinqOver();
    const answer = await clinq.ask('Does spinnach cause migraine?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.spelling?.searched).toBeNull();
    expect(answer.spelling?.suggestions[0]).toEqual({ word: 'spinach', question: 'Does spinach cause migraine?' });
    expect(answer.evidenceSummary).toBe('No article in the corpus of 4 records mentions spinnach; did you mean "spinach"?');
    const lay = await clinq.adapt(answer, 'patient');
    expect(lay.evidenceSummary).toMatch(/Did you mean "spinach"\? If so, please ask again with that spelling\./);
    expect(renderAnswerText(answer)).toContain('Ask it with that spelling:\n  Does spinach cause migraine?');
  });

  it('offers no spelling for a proper name typed in lower case that the vocabulary knows ("lyme disease" is no "lyse disease")', async () => {
    const clinq = await clinqOver();
    await clinq.store.upsertArticles([record('5', 'Complement and bacteria', 'Antibodies and complement lyse bacteria in the serum of healthy adults.')]);
    for (const question of ['what causes lyme disease?', 'What causes Lyme disease?']) {
      const answer = await clinq.ask(question);
      expect(answer.status).toBe('insufficient_evidence');
      expect(answer.spelling).toBeUndefined();
      expect(answer.evidenceSummary).toBe(`No article in the corpus of 5 records mentions ${question.includes('Lyme') ? 'Lyme' : 'lyme'} disease.`);
    }
    // A slip that makes no name the vocabulary knows is still offered the corpus word.
    expect((await clinq.ask('Does spinnach cause migraine?')).spelling?.suggestions[0]?.word).toBe('spinach');
  });

  it('lets other work run while several questions wait for their answers, and answers them in the order asked', async () => {
    const clinq = await clinqOver();
    await clinq.ask('Does spinach cause kidney stones?');
    const events: string[] = [];
    const questions = ['Does spinach cause kidney stones?', 'Does colchicine help gout?', 'Who died of Spanish influenza?'];
    const asked = questions.map((q) => clinq.ask(q).then((answer) => events.push(answer.question)));
    // Asked after the questions: a request that came in meanwhile, served before any answer is done.
    setImmediate(() => events.push('other request'));
    await Promise.all(asked);
    // ... and the questions are answered in the order asked, the first one first.
    expect(events).toEqual(['other request', ...questions]);
  });
});
