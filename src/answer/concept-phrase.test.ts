import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { everydayTest, inflectionRoot, meetsAsConcept, namedOnlyWithin, writesForm, writesPair } from './concept-phrase.js';
import { stemSet } from './content-terms.js';
import { subjectGroups } from './subject-groups.js';
import { plainArticle } from './fixtures/plain-article.js';

const everyday = (word: string) => ['sinus', 'infection', 'muscle', 'relax', 'reflex', 'culture', 'reside', 'loose', 'healthy', 'knee', 'kidney', 'coding', 'variants'].includes(word);
const isCommon = everydayTest((word) => (everyday(word) ? 20 : undefined));
const groupOf = (question: string) => subjectGroups(analyzeQuestion(question)).at(-1)!;
const meets = (question: string, abstract: string) => {
  const article = plainArticle('1', 'A study', abstract);
  return meetsAsConcept(article, groupOf(question), stemSet(`A study ${abstract}`), { isCommon });
};

describe('writesPair', () => {
  it('finds two words written side by side, hyphened or the other way round with "of"', () => {
    expect(writesPair('Acute sinus infections in children', 'sinu', 'infect')).toBe(true);
    expect(writesPair('beta-blockers in sepsis', 'beta', 'blocker')).toBe(true);
    expect(writesPair('an infection of the kidney', 'kidnei', 'infect')).toBe(true);
    expect(writesPair('Quality of Life (QoL) assessment', 'life', 'assess')).toBe(true);
  });

  it('does not join words a comma or other words stand between', () => {
    expect(writesPair('normal sinus rhythm after infection', 'sinu', 'infect')).toBe(false);
    expect(writesPair('the sinus, and an infection', 'sinu', 'infect')).toBe(false);
  });
});

describe('inflectionRoot and writesForm', () => {
  it('reads inflections as one word and derivations as others', () => {
    expect(inflectionRoot('infections')).toBe(inflectionRoot('infection'));
    expect(inflectionRoot('resided')).toBe(inflectionRoot('reside'));
    expect(inflectionRoot('residency')).not.toBe(inflectionRoot('reside'));
    expect(inflectionRoot('sinus')).toBe('sinus');
  });

  it('finds a British spelling written the American way', () => {
    // The title of PMID 21276532 of the shipped corpus.
    expect(writesForm('Does preoperative anemia adversely affect colon and rectal surgery outcomes?', 'anaemia')).toBe(true);
    expect(writesForm('Most of the children had esophageal candidiasis.', 'oesophageal')).toBe(true);
    expect(writesForm('Oedema of the ankles was common.', 'oedema')).toBe(true);
    expect(writesForm('Leukemia was diagnosed in two children.', 'anaemia')).toBe(false);
  });

  it('finds a word in its own forms only, or one sharing its first seven letters, or six and then parting from it', () => {
    expect(writesForm('The residency training sites', 'reside')).toBe(false);
    expect(writesForm('Symptoms resided after a week', 'reside')).toBe(true);
    expect(writesForm('Pregnant women were studied', 'pregnancy')).toBe(true);
    expect(writesForm('Patient satisfaction was high', 'satisfying')).toBe(true);
    expect(writesForm('Classic galactosemia', 'classical')).toBe(true);
    expect(writesForm('Sepsis after burns of the skin', 'burning')).toBe(false);
    expect(writesForm('A burning pain', 'burning')).toBe(true);
  });
});

describe('meetsAsConcept', () => {
  it('does not take one everyday word of a subject in another sense for the subject', () => {
    expect(meets('What would indicate a sinus infection?', 'Ablation did not restore normal sinus rhythm; no infection was seen.')).toBe(false);
    expect(meets('What is a reflex culture?', 'We characterised the trunk muscle reflex in cultured cells.')).toBe(false);
  });

  it('takes the words written together, in either order', () => {
    expect(meets('What would indicate a sinus infection?', 'Acute sinus infections are common in winter.')).toBe(true);
    expect(meets('What would indicate a sinus infection?', 'An infection of the sinus was treated.')).toBe(true);
  });

  it('takes a subject of three words written out word by word', () => {
    expect(meets('Do eyelid parotid masses metastasise?', 'An eyelid tumour may spread to the parotid as a mass.')).toBe(true);
  });

  it('takes a word that is no everyday English wherever it stands', () => {
    expect(meets('Does everyone homozygous for C282Y develop hemochromatosis?', 'Most C282Y homozygotes did not show clinical hemochromatosis.')).toBe(true);
  });

  it('takes a name the question writes in capitals as a name, whatever English word it spells', () => {
    const isCommonToo = everydayTest(() => 20);
    const question = 'Is the PINES framework in use?';
    const article = plainArticle('1', 'PINES', 'PINES scores noncoding variants.');
    expect(meetsAsConcept(article, groupOf(question), stemSet('PINES PINES scores noncoding variants.'), { isCommon: isCommonToo })).toBe(true);
  });

  it('holds an everyday word standing alone to its own forms ("reside" is not "residency")', () => {
    expect(meets('How long do symptoms reside?', 'The residency training sites give care.')).toBe(false);
  });

  it('takes a medical name the vocabulary gives the phrase', () => {
    const question = 'How is a yeast infection treated?';
    const article = plainArticle('1', 'Vaginal candidiasis', 'Candidiasis was common.');
    const synonyms = [{ stems: ['yeast', 'infect'], names: [['candidiasi']] }];
    expect(meetsAsConcept(article, groupOf(question), stemSet('Vaginal candidiasis Candidiasis was common.'), { isCommon: () => true, synonyms })).toBe(true);
  });
});


describe('namedOnlyWithin', () => {
  const question = 'Can UTIs turn into a kidney infection?';
  const groups = subjectGroups(analyzeQuestion(question));
  const kidneyInfection = groups.find((g) => g.text === 'kidney infection')!;
  const within = (abstract: string) => namedOnlyWithin(plainArticle('1', 'A study', abstract), kidneyInfection, groups);

  it('finds a subject written only inside the long form of another subject the article abbreviates', () => {
    expect(within('Doctors who treat urinary tract infection (UTI) empirically should prefer other drugs. UTI is common.')).toBe(true);
  });

  it('does not when the article writes the subject elsewhere too', () => {
    expect(within('Urinary tract infection (UTI) may spread: a kidney infection followed UTI in 3%.')).toBe(false);
    expect(within('A kidney infection was treated.')).toBe(false);
  });
});

describe('meetsAsConcept with the vocabulary at hand', () => {
  const alternativesOf = (phrase: string) => (phrase === 'sinus infection' ? ['sinusitis'] : undefined);
  const meetsWith = (abstract: string) =>
    meetsAsConcept(plainArticle('1', 'A study', abstract), groupOf('What would indicate a sinus infection?'), stemSet(`A study ${abstract}`), { isCommon, alternativesOf });

  it('takes the medical name written as it is spelled', () => {
    expect(meetsWith('Chronic sinusitis was treated with saline.')).toBe(true);
  });

  it('does not take a word Porter reads alike ("sinuses" for "sinusitis")', () => {
    expect(meetsWith('Pits and sinuses of the lower lip mark the syndrome; wound infection was rare.')).toBe(false);
  });

  it('takes a name in -y or -ia written as its adjective ("laparoscopic" for "laparoscopy")', () => {
    const lay = (phrase: string) => (phrase === 'keyhole surgery' ? ['laparoscopy'] : undefined);
    const meetsKeyhole = (abstract: string) =>
      meetsAsConcept(plainArticle('1', 'A study', abstract), groupOf('Is keyhole surgery safe?'), stemSet(`A study ${abstract}`), { isCommon: everydayTest(() => 20), alternativesOf: lay });
    expect(meetsKeyhole('Laparoscopic cholecystectomy was done as a day case in 80 patients.')).toBe(true);
    expect(meetsKeyhole('Open cholecystectomy was done as a day case in 80 patients.')).toBe(false);
  });
});

describe('meetsAsConcept on an everyday word the article writes as a name', () => {
  it('takes "Bartender" with a capital inside a sentence as a name', () => {
    const abstract = 'Here, we developed Bartender, an accurate clustering algorithm for barcodes.';
    const isCommonToo = everydayTest(() => 20);
    const group = groupOf('Describe the bartender algorithm');
    expect(meetsAsConcept(plainArticle('1', 'Barcodes', abstract), group, stemSet(`Barcodes ${abstract}`), { isCommon: isCommonToo })).toBe(true);
  });
});
