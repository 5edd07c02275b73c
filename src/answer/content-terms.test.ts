import { describe, expect, it } from 'vitest';
import { completeSuspended, contentTerms, greekLetterOf, indexStem, mentions, qualifiedTerms, stemOf, stemSet, stemsMatch, withNamesCapitalised } from './content-terms.js';

describe('qualifiedTerms', () => {
  it('reads "I" before a verb as the reader, not as a Roman one', () => {
    expect(qualifiedTerms('is there any way I can get some medicine').map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms('type I interferon and phase I trials').map((t) => t.stem)).toEqual(['type 1', 'phase 1']);
  });

  it('reads "I" with a contraction written onto it as the reader ("they say I\'ve got", "by the time I\'m 40")', () => {
    expect(qualifiedTerms("now they say I've got metabolic syndrome on top").map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms('by the time I’m 40 will my knees be worn out').map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms("what are the odds I'll need a transplant for type I diabetes").map((t) => t.stem)).toEqual(['type 1']);
    // A Roman one before a word stays a name ("class I molecules", "type I collagen").
    expect(qualifiedTerms('class I molecules and type I collagen').map((t) => t.stem)).toEqual(['class 1', 'type 1']);
  });

  it('reads "I" before a past form, a plain verb or an adverb as the reader ("a study I joined found I carry")', () => {
    expect(qualifiedTerms('a research study I joined found I carry the CYP2D6*4 gene variant').map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms('the inhaler I tried last winter and the tablets I take now').map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms('the clinic I recently saw said the test I had was normal').map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms('is the rash I also get on my hands eczema').map((t) => t.stem)).toEqual([]);
    // Roman ones before a noun, at the end, or before a conjunction are still names.
    expect(qualifiedTerms('Is complex I deficiency treated with riboflavin in stage I or stage II').map((t) => t.stem)).toEqual(['complex i', 'stage 1', 'stage 2']);
  });

  it('reads a Roman numeral after a noun of numbered kinds as its number, "type II" as the "type 2" asked about', () => {
    // Shipped corpus (PMID 7857677): the three types of Gaucher disease written in Roman numerals.
    const gaucher = stemSet('In type I GD, the CNS is not involved (nonneuronopathic), whereas in type II GD (acute neuronopathic) CNS involvement is early and rapidly progressive, while in type III GD (subacute neuronopathic) CNS involvement occurs later and is slowly progressive.');
    for (const asked of ['type 1', 'type 2', 'type 3']) expect(mentions(gaucher, stemSet(asked).values().next().value as string)).toBe(true);
    expect(mentions(gaucher, 'type 4')).toBe(false);
    // Of my own making: a stage, a grade, a phase and a list sharing its noun.
    expect(qualifiedTerms('stage IV melanoma, grade III glioma and phase II trials').map((t) => t.stem)).toEqual(['stage 4', 'grade 3', 'phase 2']);
    // A numeral after another noun is a name of its own: factor VIII is never written "factor 8".
    expect(qualifiedTerms('factor VIII and vitamin B12').map((t) => t.stem)).toEqual(['factor viii', 'vitamin b12']);
  });

  it('reads a verb right after the word asking as the verb, not as the head of a name with the code after it', () => {
    // Shipped corpus: "Deficiency of the murine fifth complement component (C5)" (PMID 2303408).
    expect(qualifiedTerms('what causes C5 deficiency in mice?').map((t) => t.stem)).toEqual([]);
    expect(qualifiedTerms('What blocks IL-6, and what raised C3 in that trial?').map((t) => t.stem)).toEqual(['il 6']);
    expect(qualifiedTerms('my GP says it lowers B12 levels, is that true?').map((t) => t.stem)).toEqual([]);
    // A noun after a possessive or an article keeps its code, as does a name the question asks about.
    expect(qualifiedTerms('what is the role of factor V? does my vitamin D help?').map((t) => t.stem)).toEqual(['factor v', 'vitamin d']);
  });

  it('joins a word with the letter, number or Roman numeral after it', () => {
    expect(qualifiedTerms('Vitamin D and factor VIII in type 2 diabetes; IL-6 after COVID-19').map((t) => t.stem)).toEqual([
      'vitamin d',
      'factor viii',
      'type 2',
      'il 6',
      'covid 19',
    ]);
  });
});

describe('stemSet and stemsMatch on qualified names', () => {
  it('tells vitamin K from vitamin D, while a plain "vitamin" question still matches both', () => {
    const vitaminK = stemSet('Vitamin K antagonists prevent thrombosis.');
    expect(mentions(vitaminK, 'vitamin d')).toBe(false);
    expect(mentions(vitaminK, 'vitamin')).toBe(true);
  });

  it('takes a longer qualifier of the same letter as the same name ("vitamin D3")', () => {
    expect(stemsMatch('vitamin d', 'vitamin d3')).toBe(true);
    expect(stemsMatch('vitamin', 'vitamin d')).toBe(false);
    expect(stemsMatch('chromosome 1', 'chromosome 17')).toBe(false);
  });
});

describe('stemsMatch on inflammations ("-itis") and their organs', () => {
  const stem = (word: string) => contentTerms(word)[0]!.stem;

  it('keeps an inflammation apart from the other words of its organ, which Porter cuts to the same stem', () => {
    // Shipped corpus (PMID 2862466): "Impaired hepatic synthesis ... was unlikely" in an article on "autoimmune chronic
    // active hepatitis"; the liver's word is not the disease.
    const hepatic = stemSet('Impaired hepatic synthesis and immune-consumption were unlikely since transferrin levels were normal in all patients');
    expect(mentions(hepatic, stem('hepatitis'))).toBe(false);
    expect(mentions(stemSet('Of 26 patients with autoimmune chronic active hepatitis (CAH) starting in childhood'), stem('hepatitis'))).toBe(true);
    // Of my own making: the skin, the meninges, the pancreas, the heart muscle and the brain are not their inflammations.
    expect(stemsMatch(stem('dermatitis'), stem('dermatological'))).toBe(false);
    expect(stemsMatch(stem('dermatitis'), stem('dermatology'))).toBe(false);
    expect(stemsMatch(stem('meningitis'), stem('meningeal'))).toBe(false);
    expect(stemsMatch(stem('pancreatitis'), stem('pancreatic'))).toBe(false);
    expect(stemsMatch(stem('myocarditis'), stem('myocardial'))).toBe(false);
    expect(stemsMatch(stem('encephalitis'), stem('encephalopathy'))).toBe(false);
    expect(stemsMatch(stem('hepatitis b'), stem('hepatectomy'))).toBe(false);
  });

  it('still meets an inflammation in its plural, its capitals, its qualified names and its adjective', () => {
    expect(stem('Hepatitis')).toBe(stem('hepatitis'));
    expect(stem('hepatitides')).toBe(stem('hepatitis'));
    expect(stem('arthritides')).toBe(stem('arthritis'));
    expect(stemsMatch(stem('arthritis'), stem('arthritic'))).toBe(true);
    expect(stemsMatch(stem('meningitis'), stem('meningitic'))).toBe(true);
    expect(mentions(stemSet('Acute hepatitis C virus infection in the era of universal screening'), stem('hepatitis'))).toBe(true);
    expect([...stemSet('hepatitis B vaccine')]).toContain(`${stem('hepatitis')} b`);
    // Three letters at least before "-itis": a species name ("Streptococcus mitis") keeps Porter's stem.
    expect(stem('mitis')).not.toBe('mitis');
  });

  it('looks an inflammation up in the full-text index by the stem Porter gave it there', () => {
    // The index (FTS5 porter) holds "hepat" for "hepatitis" and "arthriti" for "arthritis"; other stems are its own.
    expect(indexStem(stem('hepatitis'))).toBe('hepat');
    expect(indexStem(stem('arthritides'))).toBe('arthriti');
    expect(indexStem(stem('psoriasis'))).toBe(stem('psoriasis'));
  });
});

describe('stemsMatch on adjectives of likeness', () => {
  it('tells an -iform or -oid adjective from the thing it resembles, and keeps a noun ending so with its own longer forms', () => {
    // Shipped corpus: "Levetiracetam induced psoriasiform drug eruption" (PMID 26702269), "Inhibin: a new circulating
    // marker of hydatidiform mole?" (PMID 2503176) beside "mimicking hydatid cyst" (PMID 26702290).
    expect(stemsMatch(stemOf('psoriasiform'), stemOf('psoriasis'))).toBe(false);
    expect(stemsMatch(stemOf('hydatidiform'), stemOf('hydatid'))).toBe(false);
    // Of my own making: rheumatoid arthritis is no rheumatic fever, a morbilliform rash no measles (morbilli).
    expect(stemsMatch(stemOf('rheumatoid'), stemOf('rheumatic'))).toBe(false);
    expect(stemsMatch(stemOf('morbilliform'), stemOf('morbilli'))).toBe(false);
    // A noun ending so begins its longer forms, and other adjectives stay their noun's.
    expect(stemsMatch(stemOf('sarcoid'), stemOf('sarcoidosis'))).toBe(true);
    expect(stemsMatch(stemOf('eczematous'), stemOf('eczema'))).toBe(true);
  });
});

describe('stemsMatch on forms the stemmer ends differently', () => {
  const stem = (word: string) => contentTerms(word)[0]!.stem;

  it('matches a Greek noun in -osis, -asis or -kinesis with its adjective, and not -esis words of other meaning', () => {
    for (const [noun, adjective] of [['apoptosis', 'apoptotic'], ['metastasis', 'metastatic'], ['cytokinesis', 'cytokinetic'], ['thrombosis', 'thrombotic'], ['psoriasis', 'psoriatic']]) {
      expect(stemsMatch(stem(noun as string), stem(adjective as string))).toBe(true);
    }
    expect(stemsMatch(stem('genesis'), stem('genetic'))).toBe(false);
    expect(stemsMatch(stem('synthesis'), stem('synthetic'))).toBe(false);
    expect(stemsMatch(stem('basis'), stem('basic'))).toBe(false);
  });

  it('matches forms of one word that differ in the last letter of their stems', () => {
    expect(stemsMatch(stem('pregnant'), stem('pregnancy'))).toBe(true);
    expect(stemsMatch(stem('transplantation'), stem('transplant'))).toBe(true);
  });

  it('matches a noun in -age with its verb', () => {
    for (const [noun, verb] of [['storage', 'stored'], ['dosage', 'doses'], ['passage', 'passed'], ['drainage', 'drain'], ['leakage', 'leaking'], ['blockage', 'blocked']]) {
      expect(stemsMatch(stem(noun as string), stem(verb as string))).toBe(true);
    }
    expect(stemsMatch(stem('damage'), stem('dam'))).toBe(false);
    expect(stemsMatch(stem('image'), stem('imaging'))).toBe(true);
    expect(stemsMatch(stem('manage'), stem('man'))).toBe(false);
  });

  it('keeps different words and differently qualified names apart', () => {
    expect(stemsMatch(stem('cardiomyopathy'), stem('cardiomyocyte'))).toBe(false);
    expect(stemsMatch(stem('hypertension'), stem('hypertrophy'))).toBe(false);
    expect(stemsMatch('vitamin d', 'vitamin k')).toBe(false);
  });
});

describe('contentTerms with Greek letters', () => {
  it('reads a Greek letter as its Latin name, as readers type it', () => {
    expect(contentTerms('There is no place for the use of β-blockers in sepsis.').map((t) => t.word)).toContain('beta');
    expect(stemSet('IFN-γ levels rose')).toEqual(stemSet('IFN-gamma levels rose'));
    // A letter joined to a name stays part of it.
    expect(contentTerms('p110α binds p85α').map((t) => t.word)).toEqual(['p110α', 'binds', 'p85α']);
  });

  it('gives the letter an index holds for a Latin name, and nothing for other words', () => {
    expect(greekLetterOf('beta')).toBe('β');
    expect(greekLetterOf('betamethasone')).toBeUndefined();
  });
});

describe('contentTerms on how readers write', () => {
  it('drops contractions of function words, typed with either apostrophe, as no subject ("I\'ve never" named in a refusal)', () => {
    expect(contentTerms("I've never had a yeast infection; I’m worried, what’s wrong?").map((t) => t.word)).toEqual(['never', 'yeast', 'infection', 'worried', 'wrong']);
  });

  it('keeps a possessive name without its "s"', () => {
    expect(contentTerms('Crohn’s disease').map((t) => t.word)).toEqual(['crohn', 'disease']);
  });
});

describe('contentTerms on British spellings', () => {
  it('stems a British spelling as the American one, so the question meets the article that spells it otherwise', () => {
    const article = stemSet('Factor H deficiency is the only complement deficiency associated with hemolytic uremic syndrome.');
    const question = contentTerms('How is complement factor H deficiency linked to haemolytic uraemic syndrome?');
    for (const word of ['haemolytic', 'uraemic']) expect(mentions(article, question.find((t) => t.word === word)?.stem ?? '')).toBe(true);
    const cesarean = stemSet('Ropivacaine is effective for epidural patient-controlled analgesia after cesarean section.');
    expect(mentions(cesarean, contentTerms('after caesarean section')[0]?.stem ?? '')).toBe(true);
  });

  it('keeps the word as the question writes it', () => {
    expect(contentTerms('caesarean section')[0]).toEqual({ word: 'caesarean', stem: 'cesarean' });
  });
});

describe('qualifiedTerms on a disease named by a stop word', () => {
  it('reads a capitalised or possessive stop word before a disease head as the name', () => {
    expect(qualifiedTerms("Down syndrome, Down's syndrome, down's syndrome and Still disease").map((t) => t.stem)).toEqual([
      'down syndrom',
      'down syndrom',
      'down syndrom',
      'still diseas',
    ]);
    expect(stemSet('Heart defects are common in Down syndrome.').has('down syndrom')).toBe(true);
  });

  it('leaves the stop word as wording elsewhere', () => {
    // A determiner or auxiliary stands before a noun ("Any disease", "Does disease"); a lower-case particle is a verb's.
    expect(qualifiedTerms('Any disease? Does disease go down? Exercise may slow down disease progression.')).toEqual([]);
    expect(qualifiedTerms('Did the swelling go down after surgery?')).toEqual([]);
    expect(qualifiedTerms('Once disease is diagnosed, what is the treatment? Even disease-free survival was longer.')).toEqual([]);
  });

  it('capitalises a lower-case name only where the vocabulary knows it', () => {
    const known = (phrase: string) => phrase === 'down syndrome';
    expect(withNamesCapitalised('does down syndrome cause heart problems?', known)).toBe('does Down syndrome cause heart problems?');
    expect(withNamesCapitalised('can exercise slow down disease progression?', known)).toBe('can exercise slow down disease progression?');
  });
});

describe('contentTerms on suspended hyphens', () => {
  const stems = (text: string) => contentTerms(text).map((t) => t.stem);
  it('completes an open word with the rest of the next one after its prefix', () => {
    expect(stems('The prevalence rates of micro- and macroalbuminuria were 14.2% and 5.7%, respectively.')).toContain(stemOf('microalbuminuria'));
    expect(stems('Both pre- and postoperative complications were recorded.')).toContain(stemOf('preoperative'));
    expect(stems('Changes in intra- and extracellular volume were measured.')).toContain(stemOf('intracellular'));
    expect(stems('Patients with hypo- or hyperthyroidism were excluded.')).toContain(stemOf('hypothyroidism'));
  });
  it('completes an open word with what follows the next word’s hyphen', () => {
    expect(completeSuspended('Patients who were HIV- and HCV-positive')).toBe('Patients who were HIV-positive and HCV-positive');
    expect(completeSuspended('short- and long-term outcomes')).toBe('short-term and long-term outcomes');
  });
  it('leaves a next word without a prefix or hyphen as it is', () => {
    expect(completeSuspended('well- and poorly differentiated tumours')).toBe('well- and poorly differentiated tumours');
  });
});

describe('stemsMatch on a degree of a finding in urine or blood', () => {
  const match = (a: string, b: string) => stemsMatch(stemOf(a), stemOf(b));
  it('reads a degree prefix before -uria or -emia as a kind of that finding', () => {
    expect(match('albuminuria', 'microalbuminuria')).toBe(true);
    expect(match('albuminuria', 'macroalbuminuric')).toBe(true);
    expect(match('hematuria', 'microhematuria')).toBe(true);
    expect(match('kalemia', 'hyperkalaemia')).toBe(true);
  });
  it('does not read the same prefixes elsewhere, nor one degree as another', () => {
    expect(match('tension', 'hypertension')).toBe(false);
    expect(match('phage', 'macrophage')).toBe(false);
    expect(match('sensitivity', 'hypersensitivity')).toBe(false);
    expect(match('system', 'microsystem')).toBe(false);
    expect(match('hypoglycemia', 'hyperglycemia')).toBe(false);
    expect(match('microalbuminuria', 'macroalbuminuria')).toBe(false);
  });
});

describe('qualifiedTerms on qualifiers sharing a head', () => {
  it('reads "type 1 and 2 diabetes" as naming type 2 too', () => {
    expect(stemSet('Patients with type 1 and 2 diabetes were enrolled.').has(`${stemOf('type')} 2`)).toBe(true);
    expect(stemSet('Serum vitamin D and E levels were low.').has('vitamin e')).toBe(true);
    expect(stemSet('Type 1 and a control group').has(`${stemOf('type')} 1`)).toBe(true);
  });
});

describe('contentTerms of contractions typed without the apostrophe', () => {
  it('reads "whats", "couldnt" and "doesnt" as the question wording they are', () => {
    expect(contentTerms('whats PWS').map((t) => t.word)).toEqual(['pws']);
    expect(contentTerms('they couldnt put my IUD in, doesnt that happen a lot').map((t) => t.word)).not.toContain('couldnt');
    expect(contentTerms('they couldnt put my IUD in, doesnt that happen a lot').map((t) => t.word)).not.toContain('doesnt');
  });
});

describe('mentions, asked again', () => {
  it('answers as the first time while the set is unchanged, and reads a set again once it has grown', () => {
    // An abstract's stems (PMID 26702277, vitamin D in chronic heart failure) asked about a question's words twice.
    const stems = stemSet('Vitamin D is an RAA inhibitor, and its deficiency frequently accompanies chronic heart failure.');
    const asked = ['deficient', 'inhibitors', 'kidney', 'failing', 'vitamin d3'].map((w) => stemOf(w));
    const first = asked.map((s) => mentions(stems, s));
    expect(first).toEqual([true, true, false, false, true]);
    expect(asked.map((s) => mentions(stems, s))).toEqual(first);
    // The question's forms are added to an article's set after it is read: a stem answered "no" before is found once
    // the set holds a word it matches without being that word ("apoptotic" of "apoptosis").
    expect(mentions(stems, stemOf('apoptotic'))).toBe(false);
    (stems as Set<string>).add(stemOf('apoptosis'));
    expect(stems.has(stemOf('apoptotic'))).toBe(false);
    expect(mentions(stems, stemOf('apoptotic'))).toBe(true);
  });

  it('answers a long question\'s words on many sets the same as comparing every stem', () => {
    const texts = [
      'My mum is 78 and has had type 2 diabetes for twenty years; her ankles swell and she gets dizzy when she stands.',
      'Metformin was continued in elderly patients with moderate renal impairment without lactic acidosis.',
      'Hypoglycaemia was commoner with sulfonylureas than with dipeptidyl peptidase-4 inhibitors in older adults.',
    ];
    const sets = texts.map((t) => stemSet(t));
    const words = contentTerms(texts.join(' ') + ' apoptotic metastatic microalbuminuria storage').map((t) => t.stem);
    const slow = (stems: ReadonlySet<string>, stem: string) => stems.has(stem) || [...stems].some((s) => stemsMatch(s, stem));
    for (let round = 0; round < 2; round++) {
      for (const stems of sets) for (const w of words) expect(mentions(stems, w), w).toBe(slow(stems, w));
    }
  });
});
