import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { askedNoun, asksForSeveral, asksForThing, describesGiven, listsSeveral, namesThingOfKind } from './names-asked.js';

describe('askedNoun', () => {
  it('reads the kind of thing asked for after "which" or "what"', () => {
    expect(askedNoun('Mutations in which gene have been found in patients with the CLAPO syndrome?')).toBe('gene');
    expect(askedNoun('Herpes viruses have what type of genome?')).toBe('genome');
    expect(askedNoun('What is the target of galcanezumab?')).toBe('target');
    expect(askedNoun('Which company developed opdivo?')).toBe('company');
  });

  it('finds none when the question asks what happens or what something is', () => {
    expect(askedNoun('What causes ocular thelaziasis?')).toBeNull();
    expect(askedNoun('What is granzyme B?')).toBeNull();
  });
});

describe('describesGiven', () => {
  it('takes a sentence saying what the given drug is, naming a thing of the kind asked', () => {
    const q = analyzeQuestion('Which phosphatase is inhibited by LB-100?');
    expect(describesGiven(q, 'To assess the safety of LB-100, a first-in-class small-molecule inhibitor of protein phosphatase 2A (PP2A) in adult patients, we ran a trial.')).toBe(true);
    expect(describesGiven(q, 'Sotorasib is a small molecule that selectively targets KRASG12C.')).toBe(false);
  });

  it('takes "X is a ..." naming something new', () => {
    const q = analyzeQuestion('Which mutation is targeted by Sotorasib?');
    expect(describesGiven(q, 'Sotorasib is a small molecule that selectively and irreversibly targets KRASG12C')).toBe(true);
    expect(describesGiven(q, 'Sotorasib showed encouraging anticancer activity in patients with advanced solid tumors.')).toBe(false);
  });

  it('does not take a definition that names the asked kind only vaguely', () => {
    const q = analyzeQuestion('Which organ is most often affected in systemic lupus erythematosus?');
    expect(describesGiven(q, 'Systemic lupus erythematosus is a systemic autoimmune disease which affects multiple organs.')).toBe(false);
    expect(describesGiven(q, 'Systemic lupus erythematosus is a systemic autoimmune disease which affects the kidney organ.')).toBe(true);
  });

  it('does not apply to a definition question', () => {
    const q = analyzeQuestion('What is granzyme B?');
    expect(describesGiven(q, 'Granzyme B is a serine protease secreted by NK cells.')).toBe(false);
  });
});

describe('describesGiven inside a sentence', () => {
  it('does not take an apposition on a side entity that names nothing of the kind asked', () => {
    const q = analyzeQuestion('Which Armenian FMF genotype has the worst kidney outlook?');
    expect(describesGiven(q, 'Renal amyloidosis, prevented by colchicine, is the most severe complication of FMF, a disorder associated with mutations in the MEFV gene.')).toBe(false);
  });
});

describe('describesGiven after a section label', () => {
  it('reads the sentence after "BACKGROUND:" as opening with the drug', () => {
    const q = analyzeQuestion('Which cancer can be treated with darolutamide?');
    expect(describesGiven(q, 'BACKGROUND: Darolutamide, an oral androgen receptor inhibitor, has been approved for treating nonmetastatic castration-resistant prostate cancer (nmCRPC).')).toBe(true);
  });
});

describe('asksForThing', () => {
  it('takes a question asking "which N" after other words as asking for a thing', () => {
    expect(asksForThing(analyzeQuestion('Mutations in which gene have been found in patients with the CLAPO syndrome?'))).toBe(true);
    expect(asksForThing(analyzeQuestion('Sweat chloride testing is used for which disease?'))).toBe(true);
  });

  it('does not take "What is X?" or "What is the function of X?" as asking for a thing', () => {
    expect(asksForThing(analyzeQuestion('What is granzyme B?'))).toBe(false);
    expect(asksForThing(analyzeQuestion('What is the function of the protein PIEZO1?'))).toBe(false);
  });
});

describe('asksForSeveral and listsSeveral', () => {
  it('takes a list question or a plural "which N are" question as asking for several things', () => {
    expect(asksForSeveral(analyzeQuestion('Which databases are devoted to 3D genome interactions?'))).toBe(true);
    expect(asksForSeveral(analyzeQuestion('Which gene is mutated in CLAPO syndrome?'))).toBe(false);
    expect(asksForSeveral(analyzeQuestion('Is the ALS gene mutated in CLAPO?'))).toBe(false);
  });

  it('recognises a sentence listing several things', () => {
    expect(listsSeveral('Mutations in TRIM8 cause developmental delay, intellectual disability and epilepsy.')).toBe(true);
    expect(listsSeveral('We highlight the need for proteinuria screening in patients with TRIM8 mutations.')).toBe(false);
  });
});

describe('namesThingOfKind', () => {
  const wolfram = analyzeQuestion('Which gene is mutated in Wolfram syndrome?');

  it('hears a sentence naming a gene beside the word gene', () => {
    const finding = 'Mutations in a novel gene (WFS1) encoding a putative transmembrane protein were found in all affected individuals in six WFS families, and these mutations were associated with the disease phenotype.';
    expect(namesThingOfKind(wolfram, finding)).toBe(true);
  });

  it('does not hear a definition that names the syndrome and its catalogue number but no gene', () => {
    const definition = 'Wolfram syndrome (WFS; OMIM 222300) is an autosomal recessive neurodegenerative disorder defined by young-onset non-immune insulin-dependent diabetes mellitus and progressive optic atrophy.';
    expect(namesThingOfKind(wolfram, definition)).toBe(false);
  });

  it('asks nothing of a question that asks for no thing', () => {
    const finding = 'Mutations in a novel gene (WFS1) encoding a putative transmembrane protein were found in all affected individuals.';
    expect(namesThingOfKind(analyzeQuestion('Is Wolfram syndrome inherited?'), finding)).toBe(false);
  });
});

describe('namesThingOfKind on names that are not of the kind asked', () => {
  it('takes no capitalised name the question gives for the kind ("the drug Aduhelm")', () => {
    const aduhelm = analyzeQuestion('What is the drug Aduhelm approved for?');
    expect(namesThingOfKind(aduhelm, 'According to the FDA, aducanumab (Aduhelm), the recently approved anti-Alzheimer drug, reduces the level of cerebral amyloid plaques.')).toBe(false);
  });

  it('takes no variant of the question\'s own name, nor a name after a preposition', () => {
    const organs = analyzeQuestion('Which organs are mostly affected in Systemic Lupus Erythematosus (SLE)?');
    expect(namesThingOfKind(organs, 'Other affected organs in SLE-AAC included kidney (11, 84.6%) and hematologic system (11, 84.6%).')).toBe(false);
  });
});
