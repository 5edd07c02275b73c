import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import { speaksOfGroup, subjectGroups, subjectsHeldTo, subjectsSpoken, subjectUnit } from './subject-groups.js';

const groups = (question: string) => subjectGroups(analyzeQuestion(question)).map((g) => g.text);

describe('subjectGroups', () => {
  it('reads a run of adjacent subject words as one subject', () => {
    expect(groups('Does smoking increase the risk of colorectal cancer?')).toEqual(['smoking', 'colorectal cancer']);
    expect(groups('Is obesity a risk factor for kidney stones?')).toEqual(['obesity', 'kidney stones']);
  });

  it('leaves out words that relate the subjects or frame the question', () => {
    expect(groups('Is breastfeeding protective against breast cancer?')).toEqual(['breastfeeding', 'breast cancer']);
    expect(groups('Does exercise help with back pain?')).toEqual(['exercise', 'back pain']);
    expect(groups('Should I take aspirin every day?')).toEqual(['aspirin']);
    // A comparative ("less severe", "more common") says how the subjects relate; an article writes "severity reduced".
    expect(groups('Does treating a migraine early make the headache less severe?')).toEqual(['migraine early', 'headache', 'severe']);
    // An adverb of time or manner places what is asked; no article need write it.
    expect(groups('Is low cholesterol before surgery a risk factor for wound infection afterwards?')).toEqual(['low cholesterol', 'surgery', 'wound infection']);
  });

  it('reads the closing adjective of "Is X hereditary?" as a subject of its own', () => {
    expect(groups('Is a heart attack hereditary?')).toEqual(['heart attack', 'hereditary']);
    expect(groups('Is obesity hereditary?')).toEqual(['obesity', 'hereditary']);
    expect(groups('Is the protein ABCG2 transmembrane?')).toEqual(['protein ABCG2 transmembrane']);
  });

  it('takes no lone past participle for a subject', () => {
    expect(groups('What medication were tested in the TRICOTEL trial?')).toEqual(['medication', 'TRICOTEL trial']);
    const asked = subjectGroups(analyzeQuestion('Which chromosome carries the Huntington disease gene?'), (word) => word === 'chromosome');
    expect(asked.map((g) => g.text)).toEqual(['Huntington disease gene']);
  });

  it('takes no lone word an object pronoun follows for a subject: it is the verb acting on it', () => {
    // Questions of our own making: "slows", "calms" and "helps" act on what "it" and "me" stand for.
    expect(groups("Is there any treatment for Friedreich's ataxia that slows it down?")).toEqual(["Friedreich's ataxia"]);
    expect(groups('My eczema flares at night, is there a cream that calms it?')).toEqual(['eczema flares', 'night', 'cream']);
    // A noun before a particle is kept ("sunscreen on my baby"), and so is one an object pronoun does not follow.
    expect(groups('Can I put sunscreen on it?')).toEqual(['put sunscreen']);
    expect(groups('Does the treatment slow Friedreich ataxia down?')).toContain('slow Friedreich ataxia');
  });

  it('keeps a qualified name whole and a generic word inside a name', () => {
    expect(groups('Is vitamin D deficiency associated with type 2 diabetes?')).toEqual(['vitamin D deficiency', 'type 2 diabetes']);
    expect(groups('Are there genetic tests for Huntington disease?')).toEqual(['genetic tests', 'Huntington']);
  });

  it('takes a thread topic bracketed after the question for a subject of its own, not a name of the one before', () => {
    const [colchicine, gout, ...rest] = subjectGroups(analyzeQuestion('What about colchicine? (gout)'));
    expect(colchicine?.text).toBe('colchicine');
    expect(colchicine?.alternatives).toEqual([]);
    expect(gout?.text).toBe('gout');
    expect(rest).toEqual([]);
    expect(speaksOfGroup(stemSet('Gout flares were frequent.'), colchicine!)).toBe(false);
  });

  it('takes a bracketed short form as another name of the subject before it', () => {
    const [, mds] = subjectGroups(analyzeQuestion('Is there a role for CADM1 in Myelodysplastic syndrome (MDS)?'));
    expect(mds?.text).toBe('Myelodysplastic');
    expect(speaksOfGroup(stemSet('MDS with del(11q) was studied.'), mds!)).toBe(true);
  });

  it('counts a subject asked twice once', () => {
    expect(groups('Is aspirin safe, and is aspirin effective for migraine?')).toEqual(['aspirin', 'migraine']);
  });
});

describe('subjectGroups on alternatives joined by "or"', () => {
  it('reads outcomes joined by "or" as one subject said by either, and subjects joined otherwise as their own', () => {
    const units = (question: string) => subjectGroups(analyzeQuestion(question)).map(subjectUnit);
    expect(units('Does smoking increase the risk of heart attack or stroke?')).toEqual(['smoking', 'heart attack', 'heart attack']);
    expect(units('Does smoking increase the risk of heart attack and stroke?')).toEqual(['smoking', 'heart attack', 'stroke']);
  });
});

describe('speaksOfGroup', () => {
  const [smoking, colorectal] = subjectGroups(analyzeQuestion('Does smoking increase the risk of colorectal cancer?'));

  it('hears a subject named by any of its words or their inflections', () => {
    expect(speaksOfGroup(stemSet('Smokers had more adenomas.'), smoking!)).toBe(true);
    expect(speaksOfGroup(stemSet('The APC variant raises the risk of colorectal cancer.'), smoking!)).toBe(false);
    expect(subjectsSpoken(stemSet('The APC variant raises the risk of colorectal cancer.'), [smoking!, colorectal!])).toBe(1);
  });

  it('needs half the words of a subject', () => {
    const [tests] = subjectGroups(analyzeQuestion('Are there genetic tests for Huntington disease?'));
    expect(speaksOfGroup(stemSet('Direct tests for the HD mutation were offered.'), tests!)).toBe(true);
    const [drip] = subjectGroups(analyzeQuestion('How do I prevent post nasal drip?'));
    expect(drip?.text).toBe('post nasal drip');
    expect(speaksOfGroup(stemSet('Closed reduction treats nasal fractures.'), drip!)).toBe(false);
    expect(speaksOfGroup(stemSet('Nasal drip after colds was common.'), drip!)).toBe(true);
  });

  it('hears people asked about by their sex in the words of that sex (PMID 1468459, then our own)', () => {
    const sides = subjectGroups(analyzeQuestion('Is craniofrontonasal dysplasia usually more severe in girls than in boys?'));
    const [girls, boys] = [sides.find((g) => g.text === 'girls'), sides.find((g) => g.text === 'boys')];
    const cfnd = stemSet('Clinical expression in CFND is generally much more severe in females than in males.');
    expect(speaksOfGroup(cfnd, girls!)).toBe(true);
    expect(speaksOfGroup(cfnd, boys!)).toBe(true);
    const [women] = subjectGroups(analyzeQuestion('Do women get migraine more often?'));
    expect(speaksOfGroup(stemSet('Migraine was three times as common in females.'), women!)).toBe(true);
    expect(speaksOfGroup(stemSet('Migraine was three times as common in males.'), women!)).toBe(false);
  });

  it('does not take the first part of a compound word for the word', () => {
    const [breastfeeding] = subjectGroups(analyzeQuestion('Is breastfeeding protective against breast cancer?'));
    expect(speaksOfGroup(stemSet('Breast cancer is common.'), breastfeeding!)).toBe(false);
    expect(speaksOfGroup(stemSet('Breastfed infants were followed.'), breastfeeding!)).toBe(true);
  });

  it('does not take the class word of a name alone for the name ("inhibitor" of "ACE inhibitors")', () => {
    const ace = subjectGroups(analyzeQuestion('What are the side effects of ACE inhibitors?')).find((g) => g.text === 'ACE inhibitors');
    const daclizumab = 'Daclizumab, an interleukin-2 inhibitor, has evidence of good efficacy but is associated with unfavorable side effects.';
    expect(speaksOfGroup(stemSet(daclizumab), ace!)).toBe(false);
    expect(speaksOfGroup(stemSet('Masitinib is a mast-cell inhibitor that also has shown efficacy in Alzheimer\'s disease.'), ace!)).toBe(false);
    expect(speaksOfGroup(stemSet('There was a poor knowledge of the side effects of ACE-I.'), ace!)).toBe(true);
  });
});

describe('speaksOfGroup on a word asking about heredity', () => {
  it('hears "genetic" in a sentence on the mutated gene, which does not write the adjective', () => {
    const genetic = subjectGroups(analyzeQuestion('What is the genetic cause of familial expansile osteolysis?')).find((g) => g.text === 'genetic');
    const finding = 'We identified two heterozygous insertion mutations in exon 1 of TNFRSF11A in affected members of four families with FEO or familial Paget disease of bone (PDB).';
    expect(speaksOfGroup(stemSet(finding), genetic!)).toBe(true);
    expect(speaksOfGroup(stemSet('The osteolytic lesions, which develop usually in the long bones during early adulthood, show increased osteoblast and osteoclast activity.'), genetic!)).toBe(false);
  });
});

describe('subjectsHeldTo', () => {
  const [pan, away] = subjectGroups(analyzeQuestion('Can polyarteritis nodosa go away on its own?'));
  const wording = { ...away!, wording: true };

  it('does not hold an article to a run of mere wording it does not say', () => {
    const stems = stemSet('This case shows that spontaneous remission of renal polyarteritis nodosa can occur.');
    expect(subjectsHeldTo(stems, [pan!, wording])).toEqual([pan]);
  });

  it('holds it to the wording it does say, and to every real subject', () => {
    const stems = stemSet('The rash faded away within days.');
    expect(subjectsHeldTo(stems, [pan!, wording])).toEqual([pan, wording]);
    expect(subjectsHeldTo(stems, [pan!, away!])).toEqual([pan, away]);
  });

  it('holds an article naming only half a subject to the wording too', () => {
    // "What would indicate a sinus infection?" against a sentence on normal sinus rhythm (K-QA, shipped corpus).
    const [indicate, sinusInfection] = subjectGroups(analyzeQuestion('What would indicate a sinus infection?'));
    const phrasing = { ...indicate!, wording: true };
    const stems = stemSet('GP ablation did not prove to be beneficial for postoperative stable normal sinus rhythm.');
    expect(subjectsHeldTo(stems, [phrasing, sinusInfection!])).toEqual([phrasing, sinusInfection]);
  });
});

describe('speaksOfGroup on a run holding a qualified name', () => {
  it('does not take vitamin K supplementation for vitamin D supplementation', () => {
    const [vitaminD] = subjectGroups(analyzeQuestion('Does vitamin D supplementation prevent fractures in older people?'));
    const vitaminK = stemSet('The evidence for vitamin K supplementation in older adults is mixed.');
    expect(speaksOfGroup(vitaminK, vitaminD!)).toBe(false);
    expect(speaksOfGroup(stemSet('Vitamin D supplementation did not lower the rate of hip fracture.'), vitaminD!)).toBe(true);
  });
});

describe('subjectGroups on a disease named by a stop word', () => {
  it('makes the name one subject that another syndrome does not speak of', () => {
    const groups = subjectGroups(analyzeQuestion("Do children with Down's syndrome have heart defects?"));
    expect(groups.map((g) => g.text)).toEqual(['children', "Down's syndrome", 'heart defects']);
    const down = groups[1]!;
    expect(speaksOfGroup(stemSet('Hypoplastic left heart syndrome is a congenital heart defect.'), down)).toBe(false);
    expect(speaksOfGroup(stemSet('Heart defects are found in half of children with Down syndrome.'), down)).toBe(true);
  });
});
