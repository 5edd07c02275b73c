import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import { plainArticle } from './fixtures/plain-article.js';
import { describedInEverydayWords, leavesOutOnlyDescriptions, type LayWords } from './lay-description.js';
import { directLeavesOut } from './reader-subjects.js';
import { subjectGroups, type SubjectGroup } from './subject-groups.js';

// SCOWL sizes and vocabulary names as the shipped word lists and lexicon give them for these words.
const LEVELS: Record<string, number> = {
  bigger: 10, egg: 20, collection: 10, bite: 10, curves: 20, steeper: 35, leakage: 35, teenager: 20, choking: 35, kid: 10,
  prostate: 50, cancer: 20, coffee: 10, coconut: 35, oil: 10, alcohol: 20, orthodontist: 35, extractions: 35, sleeve: 35,
};
const NAMED = new Set(['prostate', 'cancer', 'coffee', 'teenager', 'kid']);
const lay = (absent: readonly string[] = []): LayWords => ({
  englishLevel: (w) => LEVELS[w],
  isNamedConcept: (w) => NAMED.has(w),
  inCorpus: (stem) => !absent.some((w) => w.startsWith(stem)),
});
// The reader's commonest wording, which compose marks as such.
const isWording = (word: string) => ['friends', 'play', 'wants', 'daughter', 'kill', 'follow'].includes(word);
const groupsOf = (question: string) => subjectGroups(analyzeQuestion(question), isWording);
const group = (question: string, text: string) => groupsOf(question).find((g) => g.text.toLowerCase() === text) as SubjectGroup;

describe('describedInEverydayWords', () => {
  it('reads a phrase of ordinary words naming no thing as the reader\'s description', () => {
    const q = 'Does a bigger egg collection during IVF raise the chance of an ectopic pregnancy?';
    expect(describedInEverydayWords(q, group(q, 'bigger egg collection'), lay())).toBe(true);
  });

  it('does not read a named thing in everyday words as a description', () => {
    const q = 'I carry the BRCA2 mutation. Am I more likely to get prostate cancer?';
    expect(describedInEverydayWords(q, group(q, 'prostate cancer'), lay())).toBe(false);
  });

  it('does not read a thing no article writes as a description ("coconut oil")', () => {
    const q = 'Does coconut oil make my heart failure and diabetes worse?';
    expect(describedInEverydayWords(q, group(q, 'coconut oil'), lay(['coconut']))).toBe(false);
    expect(describedInEverydayWords(q, group(q, 'coconut oil'), lay())).toBe(true);
  });

  it('reads a lone word as a description only when the story before the question holds it', () => {
    const told = "I'm postmenopausal with some leakage. Are there oestrogen receptors in the anal sphincter?";
    expect(describedInEverydayWords(told, group(told, 'leakage'), lay())).toBe(true);
    const asked = 'Does leakage follow a tear of the anal sphincter?';
    expect(describedInEverydayWords(asked, group(asked, 'leakage'), lay())).toBe(false);
  });

  it('reads a word for people the vocabulary names ("teenager") as a description in the story', () => {
    const q = "My teenager's friends play the choking game. Can it kill a kid?";
    expect(describedInEverydayWords(q, group(q, "teenager's"), lay())).toBe(true);
  });
});

describe('leavesOutOnlyDescriptions', () => {
  const q = 'The orthodontist wants to do serial extractions on my daughter. Does that make the bite curves steeper?';
  const groups = groupsOf(q);
  const bite = groups.find((g) => g.text === 'bite curves steeper') as SubjectGroup;

  it('lets a description go unsaid beside two subjects said', () => {
    expect(leavesOutOnlyDescriptions(q, groups, [bite], lay())).toBe(true);
  });

  it('does not when fewer than two subjects are said', () => {
    expect(leavesOutOnlyDescriptions(q, groups.filter((g) => g.text !== 'orthodontist' && g.text !== 'serial extractions'), [bite], lay())).toBe(false);
  });
});

describe('directLeavesOut with the reader\'s descriptions', () => {
  // From PMID 26432319 of the shipped corpus.
  const sentence = 'Posttreatment (T2) occlusal curves in the patients with serial extractions are steeper than in the late premolar extraction patients and controls (except for the curve of Spee).';
  const abstract = `Variations in treatment times for serial extraction and late premolar extraction patients may be due to differences in the time needed to flatten the occlusal curves. ${sentence} After the serial extractions, orthodontic treatment included incisor and canine proclination.`;
  const q = 'The orthodontist wants to do serial extractions on my daughter. Does that make the bite curves steeper?';
  const check = (words?: LayWords) =>
    directLeavesOut(q, groupsOf(q), { text: sentence, stems: stemSet(sentence) }, plainArticle('1', 'Mandibular changes secondary to serial extractions', abstract), stemSet(`Mandibular changes ${abstract}`), { isCommon: (w) => (LEVELS[w] ?? Infinity) <= 35 }, () => false, false, words);

  it('answers from the article that says the described thing in its own terms', () => {
    expect(check(lay())).toBeNull();
  });

  it('still refuses without the word lists to tell a description', () => {
    expect(check()).toMatch(/does not speak of bite curves steeper/);
  });
});
