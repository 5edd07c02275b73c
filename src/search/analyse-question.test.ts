import { describe, expect, it } from 'vitest';
import { analyseQuestion, MAX_QUESTION_WORDS, type ConceptLexicon } from './analyse-question.js';

const texts = (question: string, lexicon?: ConceptLexicon) => analyseQuestion(question, lexicon).concepts.map((c) => c.text);

describe('analyseQuestion', () => {
  it('drops stop words and question words but keeps clinical words such as patients', () => {
    expect(texts('What is the role of aspirin in patients with diabetes?')).toEqual(['role', 'aspirin', 'patients', 'diabetes']);
    expect(texts('Which drugs does the guideline recommend?')).toEqual(['drugs', 'guideline', 'recommend']);
  });

  it('drops contractions typed without their apostrophe ("whats", "couldnt")', () => {
    expect(texts('whats PKU')).toEqual(['pku']);
    expect(texts('they couldnt put the IUD in, doesnt that happen often')).toEqual(['put', 'iud', 'happen']);
  });

  it('keeps hyphenated and alphanumeric tokens whole', () => {
    expect(texts('Is IL-6 raised in COVID-19 and does BRCA1 matter?')).toEqual(['il-6', 'raised', 'covid-19', 'brca1', 'matter']);
  });

  it('joins numbers and single letters to the word they qualify', () => {
    expect(texts('Does vitamin D prevent type 2 diabetes?')).toEqual(['vitamin d', 'prevent', 'type 2', 'diabetes']);
    expect(texts('Hepatitis B vaccination')).toEqual(['hepatitis b', 'vaccination']);
  });

  it('drops a number that counts what is asked for instead of joining it to the next word', () => {
    expect(texts('List 3 NK3R antagonists.')).toEqual(['nk3r', 'antagonists']);
    expect(texts('What are the 4 histological types of lung cancer?')).toEqual(['histological', 'types', 'lung', 'cancer']);
    expect(texts('Is protamine 2 expressed in sperm?')).toEqual(['protamine 2', 'expressed', 'sperm']);
  });

  it('reads a counting word as framing, not as a subject the papers must contain', () => {
    const { concepts } = analyseQuestion('Which two genes guide warfarin dosing?');
    expect(concepts.filter((c) => c.weak).map((c) => c.text)).toEqual(['two']);
  });

  it('marks framing words such as role and associated as weak concepts', () => {
    const { concepts } = analyseQuestion('Is obesity associated with asthma? What is the role of leptin?');
    expect(concepts.filter((c) => c.weak).map((c) => c.text)).toEqual(['associated', 'role']);
  });

  it('keeps possessives, with the eponym form as an alternative, and drops repeated concepts', () => {
    expect(texts("Is Parkinson’s disease linked to Parkinson's genes?")).toEqual(["parkinson's", 'disease', 'linked', 'genes']);
    expect(analyseQuestion("Parkinson's")?.concepts[0]?.alternatives).toEqual(["parkinson's", 'parkinson']);
  });

  it('finds no concept in a question made only of stop words or punctuation', () => {
    expect(texts('What is it? ... "" ** NEAR(')).toEqual(['near']);
    expect(texts('what is it and how?')).toEqual([]);
    expect(texts('')).toEqual([]);
  });

  it('reads only the first words of a huge question', () => {
    const question = Array.from({ length: 20_000 }, (_, i) => `term${i}`).join(' ');
    const analysis = analyseQuestion(question);
    expect(analysis.concepts).toHaveLength(MAX_QUESTION_WORDS);
    expect(analysis.concepts[0]?.text).toBe('term0');
  });

  it('joins the longest run of words a lexicon knows into one concept with its alternatives', () => {
    const lexicon: ConceptLexicon = {
      maxWords: 3,
      alternativesOf: (phrase) =>
        ({ 'heart attack': ['myocardial infarction'], 'heart attack risk': undefined, 'blood pressure': ['hypertension'] })[phrase],
    };
    const { concepts } = analyseQuestion('Does high blood pressure raise heart attack risk?', lexicon);
    expect(concepts).toEqual([
      { text: 'high', alternatives: ['high'], weak: false },
      { text: 'blood pressure', alternatives: ['blood pressure', 'hypertension'], weak: false },
      { text: 'raise', alternatives: ['raise'], weak: true },
      { text: 'heart attack', alternatives: ['heart attack', 'myocardial infarction'], weak: false },
      { text: 'risk', alternatives: ['risk'], weak: false },
    ]);
  });
});

describe('analyseQuestion on how a condition is inherited', () => {
  it('searches the modes of inheritance beside the word "inherited"', () => {
    const inherited = analyseQuestion('How is Pendred syndrome inherited?').concepts.find((c) => c.text === 'inherited');
    expect(inherited?.alternatives).toEqual(expect.arrayContaining(['inherited', 'autosomal', 'x-linked', 'recessive', 'dominant']));
  });

  it('searches them too for everyday words of inheriting, in place of "passed down" or beside "run in the family"', () => {
    const words = (question: string) => analyseQuestion(question).concepts.map((c) => c.text);
    expect(words('my husband has myotonic dystrophy, how is it passed down to the kids?')).toEqual(['husband', 'myotonic', 'dystrophy', 'inherited']);
    expect(words('does familial mediterranean fever run in the family?')).toEqual(['familial', 'mediterranean', 'fever', 'family', 'inherited']);
    expect(words('Did she get it from her grandad? She has haemophilia')).toEqual(['inherited', 'grandad', 'haemophilia']);
    const inherited = analyseQuestion('Piebaldism - how is it handed down to children?').concepts.find((c) => c.text === 'inherited');
    expect(inherited?.alternatives).toContain('autosomal');
    expect(words('can hepatitis B be passed on to the baby?')).not.toContain('inherited');
  });

  it('searches the words stating features beside "symptoms", and not beside other words', () => {
    const symptoms = analyseQuestion('What are the symptoms of ataxia-telangiectasia?').concepts.find((c) => c.text === 'symptoms');
    expect(symptoms?.alternatives).toEqual(expect.arrayContaining(['symptoms', 'characterized', 'features']));
    const scurvy = analyseQuestion('How is scurvy treated?').concepts.find((c) => c.text === 'scurvy');
    expect(scurvy?.alternatives).not.toContain('characterized');
  });
});

describe('analyseQuestion on everyday idioms', () => {
  it('requires no "running" of a trait running in a family, nor the "level" of "at the molecular level"', () => {
    const words = (question: string) => analyseQuestion(question).concepts.map((c) => c.text);
    expect(words('Is clubfoot running in my family inherited?')).toEqual(['clubfoot', 'family', 'inherited']);
    expect(words('How does sickle cell disease arise at the molecular level?')).toEqual(['sickle', 'cell', 'disease', 'arise']);
    expect(words('Does running in the cold cause asthma?')).toContain('running');
  });
});

describe('analyseQuestion on a name restated in a bracket', () => {
  const lexicon: ConceptLexicon = {
    maxWords: 3,
    alternativesOf: (phrase) => ({ 'infantile hemangioma': ['hemangioma capillary'], 'port wine stain': [] })[phrase],
  };

  it('searches the reader\'s own name and the bracketed medical name as one concept met by either', () => {
    const { concepts } = analyseQuestion('Is propranolol used for a strawberry mark (infantile hemangioma) on the face?', lexicon);
    expect(concepts.map((c) => c.text)).toEqual(['propranolol', 'strawberry mark', 'face']);
    expect(concepts[1]?.alternatives).toEqual(['strawberry mark', 'infantile hemangioma', 'hemangioma capillary']);
  });

  it('reads the medical name first and the lay name in the bracket the same way', () => {
    const { concepts } = analyseQuestion('Does laser treatment fade a port wine stain (birthmark) in children?', lexicon);
    expect(concepts.find((c) => c.text === 'port wine stain')?.alternatives).toEqual(['port wine stain', 'birthmark']);
    expect(concepts.map((c) => c.text)).not.toContain('birthmark');
  });

  it('leaves a bracket that qualifies rather than renames as concepts of its own', () => {
    expect(texts('Is fever dangerous (in babies)?', lexicon)).toEqual(['fever', 'dangerous', 'babies']);
    expect(texts('Can a child take painkillers (for example ibuprofen)?', lexicon)).toEqual(['child', 'painkillers', 'example', 'ibuprofen']);
    // A thread's follow-up names the thread's topic in a bracket after the question mark.
    expect(texts('What about propranolol? (strawberry mark)', lexicon)).toEqual(['propranolol', 'strawberry', 'mark']);
  });
});

describe('analyseQuestion on an abbreviation in a bracket', () => {
  it('keeps the abbreviation a concept of its own for the abbreviation stage rather than a restated name', () => {
    expect(texts('Can cytomegalovirus (CMV) pass into breast milk?')).toEqual(['cytomegalovirus', 'cmv', 'pass', 'breast', 'milk']);
  });
});

describe('analyseQuestion on an eponym written without its apostrophe', () => {
  const lexicon: ConceptLexicon = {
    maxWords: 3,
    alternativesOf: (phrase) =>
      ({ "down's syndrome": ['down syndrome'], "alzheimer's": ['dementia'], 'bell palsy': [], kidney: ['renal'] })[phrase],
  };

  it('reads the possessive the vocabulary knows, alone or with the words after it', () => {
    expect(analyseQuestion('Do babies with downs syndrome need a heart scan?', lexicon).concepts[1]).toEqual({
      text: "down's syndrome",
      alternatives: ["down's syndrome", 'down syndrome'],
      weak: false,
    });
    expect(texts('Can alzheimers be slowed?', lexicon)[0]).toBe("alzheimer's");
    // MeSH writes the eponym without the possessive ("Bell Palsy").
    expect(texts('Does bells palsy go away?', lexicon)).toContain("bell's");
  });

  it('leaves plurals as written', () => {
    expect(texts('Are my kidneys and tonsils swollen?', lexicon)).toEqual(['kidneys', 'tonsils', 'swollen']);
  });
});

describe('analyseQuestion on a disease named by a stop word', () => {
  const lexicon: ConceptLexicon = {
    maxWords: 3,
    alternativesOf: (phrase) => ({ 'down syndrome': ['trisomy 21'], 'down regulation': [], heart: ['cardiac'] })[phrase],
  };

  it('keeps the stop word that opens a disease name the lexicon knows', () => {
    expect(texts('Do children with Down syndrome have heart defects?', lexicon)).toEqual(['children', 'down syndrome', 'heart', 'defects']);
  });

  it('drops it elsewhere, before a known phrase that names no disease too', () => {
    expect(texts('Does the fever go down after paracetamol?', lexicon)).toEqual(['fever', 'go', 'paracetamol']);
    expect(texts('Is down regulation of p53 seen in the heart?', lexicon)).toEqual(['regulation', 'p53', 'seen', 'heart']);
  });
});

describe('analyseQuestion on a name ending in a capital letter', () => {
  const lexicon: ConceptLexicon = { maxWords: 3, alternativesOf: (phrase) => ({ 'hepatitis a': ['hav infection'], 'vitamin a': [] })[phrase] };

  it('keeps the letter of a name the lexicon knows when written as a capital', () => {
    expect(texts('Is the hepatitis A vaccine effective?', lexicon)).toEqual(['hepatitis a', 'vaccine', 'effective']);
    expect(texts('Should I take vitamin A?', lexicon)).toEqual(['vitamin a']);
  });

  it('reads a lower-case "a" as the article', () => {
    expect(texts('Is hepatitis a risk in pregnancy?', lexicon)).toEqual(['hepatitis', 'risk', 'pregnancy']);
  });
});
