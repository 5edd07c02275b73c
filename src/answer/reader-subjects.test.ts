import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import { plainArticle } from './fixtures/plain-article.js';
import { directLeavesOut } from './reader-subjects.js';
import { subjectGroups } from './subject-groups.js';

// The reader's everyday wording, which compose marks as such (SCOWL's commonest words).
const isWording = (word: string) => ['anything', 'measure', 'time'].includes(word);
const check = (question: string, sentence: string, abstract: string) => {
  const article = plainArticle('1', 'A study', abstract);
  return directLeavesOut(question, subjectGroups(analyzeQuestion(question), isWording), { text: sentence, stems: stemSet(sentence) }, article, stemSet(`A study ${abstract}`));
};

describe('directLeavesOut', () => {
  it('refuses a sentence whose article never speaks of one of the reader\'s subjects, naming it', () => {
    const sentence = 'Early treatment and use of triptans may shorten migraine headache.';
    expect(check('Anything for my abdominal pain and migraines?', sentence, `${sentence} Triptans were used in 200 patients.`)).toBe(
      'The sentence that comes closest to an answer does not speak of abdominal pain, so it answers another question.',
    );
  });

  it('accepts a sentence naming every subject of the question', () => {
    const sentence = 'Triptans eased migraine but not abdominal pain.';
    expect(check('Anything for my abdominal pain and migraines?', sentence, sentence)).toBeNull();
  });

  it('accepts a subject the sentence leaves out when its article speaks of it', () => {
    const sentence = 'Vaginal pH should be measured with the strip in contact with fresh vaginal fluid.';
    const abstract = `${sentence} Readings taken from the wet mount slide after adding saline were higher.`;
    expect(check('Can I measure vaginal pH from the wet mount slide?', sentence, abstract)).toBeNull();
  });

  it('leaves a question not in the reader\'s voice to the other checks', () => {
    const sentence = 'Early treatment and use of triptans may shorten migraine headache.';
    expect(check('Do triptans relieve abdominal pain and migraines?', sentence, sentence)).toBeNull();
  });
});

describe('directLeavesOut of a cause asked in everyday words', () => {
  // From PMID 26702375 of the shipped corpus and a K-QA question of the tuning part.
  const sentence = 'Nightmares are dreams of negative content that trigger an awakening associated with a rapid return to a full state of alert.';
  const question = 'Does hearing loss cause nightmares?';
  const leavesOut = (everydayCause: boolean) =>
    directLeavesOut(question, subjectGroups(analyzeQuestion(question), isWording), { text: sentence, stems: stemSet(sentence) }, plainArticle('1', 'Nightmares', sentence), stemSet(`Nightmares ${sentence}`), {}, () => false, everydayCause);

  it('holds the sentence to both the cause and the effect asked about', () => {
    expect(leavesOut(true)).toBe('The sentence that comes closest to an answer does not speak of hearing loss, so it answers another question.');
  });

  it('leaves the question to the other checks when it is not marked as such', () => {
    expect(leavesOut(false)).toBeNull();
  });
});

describe('directLeavesOut of a question asked for someone else', () => {
  it('does not hold the sentence to the person the reader speaks for ("my dad")', () => {
    const sentence = 'The macular add-on IOL has the potential of improving near vision and reading ability in patients with advanced age-related macular degeneration.';
    const abstract = `We evaluate the outcomes in the first 8 patients who had implantation of the macular add-on intraocular lens (IOL). Near vision improved in 7 eyes and was stable in 1 eye. ${sentence}`;
    const question = 'My dad has advanced macular degeneration; is there a lens for his eye to help him read?';
    expect(check(question, sentence, abstract)).toBeNull();
  });

  it('does not hold it to "the virus" when it names a papillomavirus after "HPV"', () => {
    const sentence = 'Presence of human papillomavirus in semen of healthy men is firmly associated with HPV infections of the penile epithelium.';
    expect(check('My husband has HPV; can the virus be in his semen too?', sentence, sentence)).toBeNull();
  });
});

describe('directLeavesOut in a question asking whether something may happen', () => {
  it('reads "Is it possible to have ...?" as the reader\'s voice', () => {
    const sentence = 'Known or suspected UTI was the commonest reason for the exams.';
    expect(check('Is it possible to have a yeast infection at the same time as a uti?', sentence, sentence)).toMatch(/does not speak of yeast infection/);
  });
});

describe('directLeavesOut names what is left out', () => {
  it('by its specific words only: a run of everyday words is not shown', () => {
    const sentence = 'Tamsulosin and nifedipine assisted stone passage.';
    const isEveryday = (word: string) => ['least', 'alleviate', 'muscle', 'relaxer', 'pain'].includes(word);
    const question = 'Is there a muscle relaxer I can take to at least alleviate the pain?';
    const groups = subjectGroups(analyzeQuestion(question), (w) => ['take'].includes(w));
    const reason = directLeavesOut(question, groups, { text: sentence, stems: stemSet(sentence) }, plainArticle('1', 'A study', sentence), stemSet(`A study ${sentence}`), {}, isEveryday);
    expect(reason).toBe('The sentence that comes closest to an answer does not speak of what the question asks about, so it answers another question.');
  });
});

describe('directLeavesOut of a direct answer that only states an aim', () => {
  const aim = 'To evaluate the efficacy and safety of using sodium hyaluronate 0.1% and carboxymethylcellulose 0.5% artificial tears for ocular discomfort and tear-film stability in eyes after cataract surgery.';
  const direct = { text: aim, stems: stemSet(aim), aim: true };
  const ask = (question: string) => directLeavesOut(question, subjectGroups(analyzeQuestion(question), isWording), direct, plainArticle('1', 'Artificial tears after cataract surgery', aim), stemSet(aim));

  it('refuses it for a reader, who asked what helps, not what was studied (K-QA)', () => {
    expect(ask('Is there anything I can put on the eye for discomfort?')).toMatch(/set out to do, but not what they found/);
  });

  it('leaves it to the other checks for a question not in the reader\'s voice', () => {
    expect(ask('Do artificial tears relieve ocular discomfort after cataract surgery?')).toBeNull();
  });
});

describe('directLeavesOut of a question told with its circumstances', () => {
  // From PMID 10817650 of the shipped corpus; the questions are our own.
  const sentence = 'Mutations at the ataxia-telangiectasia (A-T) locus on chromosome band 11q22 cause a distinctive autosomal recessive syndrome in homozygotes and predispose heterozygotes to cancer, ischemic heart disease, and early mortality.';
  const article = plainArticle('1', 'Mutations at the ataxia-telangiectasia locus and clinical phenotypes of A-T patients.', sentence);
  const leavesOut = (question: string) =>
    directLeavesOut(question, subjectGroups(analyzeQuestion(question), isWording), { text: sentence, stems: stemSet(sentence) }, article, stemSet(`${article.title} ${sentence}`));

  it('lets the reader\'s story go unsaid when the sentence says what the asking sentence names', () => {
    expect(leavesOut('My best friend has ataxia telangiectasia and her mum is a nurse. Which chromosome band is the ataxia telangiectasia locus on?')).toBeNull();
    expect(leavesOut('revising for my genetics finals - which chromosome band is the ataxia telangiectasia gene on?')).toBeNull();
  });

  it('still holds the sentence to what the asking sentence names', () => {
    expect(leavesOut('My nephew has ataxia telangiectasia. Which chromosome band is the gene for fragile X on?')).toMatch(/does not speak of .*fragile X/);
  });

  it('holds the sentence to the story when the asking sentence says only one subject of its own', () => {
    // The story's "cystic fibrosis" may be what "Which chromosome band ...?" asks of.
    expect(leavesOut('My best friend has cystic fibrosis. Which chromosome band is affected?')).toMatch(/cystic fibrosis/);
  });

  it('holds the sentence to the story when the asking sentence points back to it and the sentence says none of it', () => {
    // "Will that ..." asks of the story ("scoliosis surgery"), which the sentence never names.
    expect(leavesOut('My sister had scoliosis surgery. Will that change which chromosome band the gene is on?')).toMatch(/scoliosis surgery/);
  });
});
