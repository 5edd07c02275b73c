import { describe, expect, it } from 'vitest';
import { plainArticle } from './fixtures/plain-article.js';
import { contentTerms } from './content-terms.js';
import { organRootSynonyms } from './organ-roots.js';
import {
  definedByAim,
  definedByAmount,
  inCircumstance,
  leavesOutAge,
  leavesOutDuration,
  missesMainTopic,
  phrasesMetApart,
  rareWordsUnsaid,
  vagueSoleSubject,
  writesPhrase,
} from './main-topic.js';
import type { SubjectGroup } from './subject-groups.js';

const group = (text: string, wording = false): SubjectGroup => {
  const terms = contentTerms(text);
  return { text, words: terms.map((t) => t.word), stems: terms.map((t) => t.stem), alternatives: [], ...(wording ? { wording } : {}) };
};
const stemsOf = (text: string) => new Set(contentTerms(text).map((t) => t.stem));

// SCOWL sizes as the general-English list gives them; the rarer words are 50 or none.
const LEVELS: Record<string, number> = {
  high: 10, heart: 10, rate: 10, overweight: 35, pink: 20, eye: 10, indicate: 10, outer: 10, ear: 20, infection: 20,
  hearing: 10, standard: 10, detect: 10, kidney: 20, stones: 10, stone: 10, breast: 35, chills: 35, engorged: 50,
  stomach: 20, cancer: 20, large: 10, vessels: 20, urinalysis: 50, dialysis: 50, pregabalin: 70, itching: 35, body: 10, temperature: 10, memory: 10, loss: 10, depression: 20, blood: 20, pressure: 10, suppression: 20, migraine: 35, hep: 50, igm: 50, mage: 60, breasts: 35, fever: 20, usual: 10, show: 10, toxicities: 55, muscle: 10, unpigmented: 55, patch: 10, swollen: 20,
};
const NAMES: Record<string, readonly string[]> = {
  'heart rate': [],
  'pink eye': ['conjunctivitis'],
  'ear infection': ['otitis media'],
  'kidney stones': ['kidney calculi', 'nephrolithiasis'],
  'memory loss': ['memory disorders', 'amnesia'],
  'blood pressure': [],
  'body temperature': [],
  'stomach cancer': ['stomach neoplasms'],
  stomach: ['gastric'],
  heart: ['cardiac'],
};
const options = {
  englishLevel: (word: string) => LEVELS[word],
  isNamedConcept: (word: string) => ['heart', 'overweight', 'eye', 'ear', 'infection', 'kidney', 'breast', 'chills', 'urinalysis', 'memory', 'depression', 'temperature', 'dialysis'].includes(word),
  alternativesOf: (phrase: string) => NAMES[phrase],
};

// Methods wording that makes a record a full abstract (60 words or more) without naming any subject asked about.
const METHODS =
  ' We reviewed the records of all patients treated at two centres over ten years, recorded their sex, stage and' +
  ' treatment, and followed them every three months for the first two years and every six months after that.' +
  ' Outcomes were compared with the log-rank test and a Cox model adjusted for stage.';
const full = (pmid: string, title: string, abstract: string) => plainArticle(pmid, title, `${abstract}${METHODS}`);

// Shortened from PMID 26702345 of the shipped corpus: "high" prevalence, the "rate" of metabolic syndrome, no heart.
const syndrome = full(
  '26702345',
  'Prevalence of Metabolic Syndrome in Elementary School Children in East of Iran.',
  'MS tracks into adulthood increasing the risk for cardiovascular diseases. This study was designed to verify the rate of MS in elementary school students. Height, weight, waist circumference and blood pressure of children were measured by standard methods. MS prevalence was 0.9% in normal weight, 11.3% in overweight and 36.2% in obese children. Regarding the high prevalence of MS in elementary school children in our region, screening is recommended.',
);

describe('writesPhrase', () => {
  it('reads the words side by side, hyphened, inverted or joined with a neighbour as the phrase', () => {
    const stems = contentTerms('heart rate').map((t) => t.stem);
    expect(writesPhrase('Resting heart rate fell by 5 beats per minute.', stems)).toBe(true);
    expect(writesPhrase('Heart-rate variability was lower.', stems)).toBe(true);
    expect(writesPhrase('Heart and respiratory rates were recorded every hour.', stems)).toBe(true);
    expect(writesPhrase('Infection of the ear was common.', contentTerms('ear infection').map((t) => t.stem))).toBe(true);
  });

  it('does not read the words apart in other senses as the phrase', () => {
    const stems = contentTerms('heart rate').map((t) => t.stem);
    expect(writesPhrase('The rate of heart disease rose; the heart was enlarged.', stems)).toBe(false);
    expect(writesPhrase('Heartburn rates were high.', stems)).toBe(false);
  });
});

describe('phrasesMetApart', () => {
  it('finds a known everyday phrase of which the article writes only some words', () => {
    expect(phrasesMetApart([group('high heart rate'), group('overweight')], syndrome, options)).toEqual(['heart rate']);
  });

  it('counts the phrase written out, every word of it written in another way, or a name the vocabulary gives it', () => {
    const written = full('2', 'Resting heart rate in obese children', 'Obese and overweight children had a higher resting heart rate than children of normal weight.');
    expect(phrasesMetApart([group('high heart rate'), group('overweight')], written, options)).toEqual([]);
    const apart = full('3', 'Heart function in obese children', 'The heart was enlarged; the rate of hypertension was high in overweight children.');
    expect(phrasesMetApart([group('high heart rate')], apart, options)).toEqual([]);
    // From PMID 27078715: the article says nephrolithiasis, the vocabulary's name for kidney stones.
    const renamed = full('27078715', 'Digital Tomosynthesis for the Follow-Up of Nephrolithiasis?', 'DT and NCCT demonstrated similar detection rates in patients with nephrolithiasis.');
    expect(phrasesMetApart([group('kidney stones')], renamed, options)).toEqual([]);
  });

  it('reads a plural vocabulary name written in the singular ("ureteric stones" by "a single ureteric stone")', () => {
    const lay = { ...options, alternativesOf: (p: string) => (p === 'kidney stones' ? ['kidney calculi', 'ureteric stones'] : undefined) };
    // Shaped like PMID 25998582 of the shipped corpus: stones of the ureter, never of the kidney, one stone per person.
    const colic = full('31', 'Expulsive therapy in adults with ureteric colic', 'We recruited adults managed expectantly for a single ureteric stone seen on CT. Nifedipine did not speed stone clearance.');
    expect(phrasesMetApart([group('kidney stones')], colic, lay)).toEqual([]);
    const gall = full('32', 'Gallstone disease in adults', 'We recruited adults with a single gallstone seen on ultrasound. Ursodiol did not speed stone clearance.');
    expect(phrasesMetApart([group('kidney stones')], gall, lay)).toEqual(['kidney stones']);
  });

  it('reads a vocabulary name given as a noun in its adjective ("laparoscopy" as "laparoscopic"), but no other word on the same root', () => {
    const lay = { ...options, englishLevel: () => 10, alternativesOf: (p: string) => ({ 'keyhole surgery': ['laparoscopy', 'minimally invasive surgical procedures'], 'pink eye': ['conjunctivitis'] } as Record<string, string[]>)[p] };
    const appendix = full('11', 'Outpatient laparoscopic appendectomy in adults', 'Laparoscopic appendectomy with discharge on the day of surgery was safe in selected adults.');
    expect(phrasesMetApart([group('keyhole surgery')], appendix, lay)).toEqual([]);
    const open = full('12', 'Outpatient open appendectomy in adults', 'Open appendectomy with discharge on the day of surgery was safe in selected adults.');
    expect(phrasesMetApart([group('keyhole surgery')], open, lay)).toEqual(['keyhole surgery']);
    const graft = full('13', 'Conjunctival autograft after pterygium excision', 'A conjunctival autograft lowered the rate of pterygium recurrence in the eye.');
    expect(phrasesMetApart([group('pink eye')], graft, lay)).toEqual(['pink eye']);
    // Porter reads "conjunctivitis" and "conjunction" alike ("conjunct"): a stem alone is no name written.
    const linkage = full('14', 'Linkage of an eye disease to Xp', 'In conjunction with data from two families, the gene lies on proximal Xp.');
    expect(phrasesMetApart([group('pink eye')], linkage, lay)).toEqual(['pink eye']);
  });

  it('finds "pink eye" in a gene-mapping article that never names it or conjunctivitis, and "ear infection" beside the inner ear', () => {
    // From PMID 1733838 and 10602116 of the shipped corpus.
    const norrie = full('1733838', 'Localisation of the gene for Norrie disease to between DXS7 and DXS426 on Xp.', 'Our data indicate that the NDP gene lies between DXS7 and DXS426 on proximal Xp.');
    expect(phrasesMetApart([group('indicate pink eye')], norrie, options)).toEqual(['pink eye']);
    const pendred = full(
      '10602116',
      'Pendred syndrome: phenotypic variability in two families carrying the same PDS missense mutation.',
      'A widened vestibular aqueduct was found in all patients who underwent CT exploration of the inner ear. Molecular analysis is supported in individuals with profound congenital hearing loss associated with inner ear anomaly.',
    );
    expect(phrasesMetApart([group('hearing'), group('outer ear infection')], pendred, options)).toEqual(['ear infection']);
  });

  it('reads a word by the one-word name the vocabulary gives it ("gastric" for "stomach"), not by a longer word', () => {
    const cdh1 = full('8', 'Germline E-cadherin mutations in familial gastric cancer', 'Germline mutations in the CDH1 gene cause familial gastric cancer.');
    expect(phrasesMetApart([group('stomach cancer')], cdh1, options)).toEqual([]);
    // "cardiovascular" is not "cardiac": the metabolic syndrome article still never speaks of the heart.
    expect(phrasesMetApart([group('high heart rate')], syndrome, options)).toEqual(['heart rate']);
  });

  it('lets the head stand for a phrase that is a heading of its own when the article never uses the other words', () => {
    // From PMID 8209890 of the shipped corpus: "temperature", never "body", in a study of thermoregulation.
    const thermo = full(
      '8209890',
      'Investigation of thermoregulatory characteristics in patients with Prader-Willi syndrome.',
      'Significant differences were found between PWS patients and controls in the prevalence of febrile convulsions, fever-associated symptoms, and temperature less than 94 degrees F.',
    );
    expect(phrasesMetApart([group('very low body temperature')], thermo, options)).toEqual([]);
    const vessels = full('9', 'Cryoglobulinemic vasculitis', 'Cryoglobulinemic vasculitis is a systemic vasculitis that affects small and medium-sized vessels.');
    expect(phrasesMetApart([group('large blood vessels')], vessels, { ...options, alternativesOf: (p: string) => (p === 'blood vessels' ? [] : undefined) })).toEqual([]);
  });

  it('does not let the head stand for the phrase when the article sets it in a circumstance of its own', () => {
    // Shortened from PMID 26702203 of the shipped corpus: pain after a caesarean, never labour pain.
    const caesarean = full(
      '26702203',
      'Ropivacaine 0.025% mixed with fentanyl 3.0 μg/ml and epinephrine 0.5 μg/ml is effective for epidural patient-controlled analgesia after cesarean section.',
      'Pain scores at rest were lower for Group IV than Groups I-III (P < 0.001). 0.025% ropivacaine PCEA combined with fentanyl and epinephrine provided effective pain relief after cesarean section with early ambulation and without sensory loss, urinary retention, or increase of side-effects.',
    );
    // The vocabulary knows the phrase in American spelling only: the British one is looked up that way.
    const labour = { ...options, englishLevel: (word: string) => ({ labour: 10, labor: 10, pain: 10, back: 10 } as Record<string, number>)[word] ?? LEVELS[word], alternativesOf: (p: string) => (p === 'labor pain' || p === 'back pain' ? [] : undefined) };
    expect(phrasesMetApart([group('labour pain')], caesarean, labour)).toEqual(['labour pain']);
    expect(phrasesMetApart([group('labor pain')], caesarean, labour)).toEqual(['labor pain']);
    // Of our own making: a study of pain after hernia repair does not speak of back pain.
    const hernia = full('10', 'Local anaesthetic infiltration in hernia repair', 'Postoperative pain was lower with bupivacaine infiltration at 6 and 24 hours.');
    expect(phrasesMetApart([group('back pain')], hernia, labour)).toEqual(['back pain']);
    // Pain said with no circumstance still stands for the phrase the article's other words never contradict.
    const plainPain = full('11', 'Acupuncture trial', 'Pain scores fell by half with acupuncture compared with sham needling.');
    expect(phrasesMetApart([group('back pain')], plainPain, labour)).toEqual([]);
  });

  it('reads a word set after, during or following an event, or after an operation', () => {
    expect(inCircumstance('0.025% ropivacaine PCEA provided effective pain relief after cesarean section.', 'pain')).toBe(true);
    expect(inCircumstance('Postoperative pain was lower with bupivacaine infiltration.', 'pain')).toBe(true);
    expect(inCircumstance('Fever following vaccination was reported by a third of parents.', 'fever')).toBe(true);
    expect(inCircumstance('Significant differences were found in temperature less than 94 degrees F.', 'temperature')).toBe(false);
    expect(inCircumstance('Pain scores at rest were lower for Group IV than Groups I-III.', 'pain')).toBe(false);
    expect(inCircumstance('Painful swelling after injury is common.', 'pain')).toBe(false);
  });

  it('reads initials, and holds neither a short record nor a head naming a kind, nor words apart in the question', () => {
    const names = { ...options, alternativesOf: (phrase: string) => ({ 'lung cancer': ['lung neoplasms'], 'surgical methods': ['cordotomy'], 'killer cells': [] } as Record<string, string[]>)[phrase] };
    const levels = { ...names, englishLevel: () => 10 };
    const nsclc = full('4', 'MAGE-A3 immunotherapeutic in resected NSCLC', 'The MAGE-A3 immunotherapeutic did not increase disease-free survival in resected NSCLC.');
    expect(phrasesMetApart([group('non-small-cell lung cancer')], nsclc, levels)).toEqual([]);
    expect(phrasesMetApart([group('lung cancer')], plainArticle('5', 'Adjuvant vaccine', 'The vaccine did not increase disease-free survival.'), levels)).toEqual([]);
    const razor = full('6', 'Robotic versus open radical cystectomy', 'Robotic-assisted radical cystectomy was non-inferior to open surgical cystectomy.');
    expect(phrasesMetApart([group('surgical methods')], razor, levels)).toEqual([]);
    const inkt = full('7', 'TET proteins in iNKT cells', 'TET proteins control the fate of invariant natural killer T cells.');
    expect(phrasesMetApart([group('natural killer T cells')], inkt, levels)).toEqual([]);
  });

  it('holds only phrases the vocabulary itself names, not those named by a guess from a definition', () => {
    const vessels = full('9', 'Cryoglobulinemic vasculitis', 'Cryoglobulinemic vasculitis is a systemic vasculitis that affects small and medium-sized vessels.');
    const guessed = { ...options, englishLevel: () => 10, alternativesOf: (p: string) => (p === 'large blood' ? ['hypervascular'] : undefined) };
    expect(phrasesMetApart([group('large blood')], vessels, guessed)).toEqual(['large blood']);
    expect(phrasesMetApart([group('large blood')], vessels, { ...guessed, namesOf: () => undefined })).toEqual([]);
  });

  it('leaves phrases with a word rarer than everyday English, and phrases the vocabulary does not know, to other checks', () => {
    expect(phrasesMetApart([group('high heart rate')], syndrome, { ...options, alternativesOf: () => undefined })).toEqual([]);
    expect(phrasesMetApart([group('high heart rate')], syndrome, { ...options, englishLevel: () => 60 })).toEqual([]);
  });
});

describe('leavesOutDuration', () => {
  it('refuses a sentence on time to peak for how long something lasts', () => {
    // From PMID 18005142 of the shipped corpus.
    const peak = 'In multivariate analysis, early treatment, use of triptans, and mild migraine headache in the past 3 months were significantly associated with shorter time from onset to headache peak.';
    expect(leavesOutDuration('Does a migraine last for days at a time?', peak)).toMatch(/how long it lasts/);
    expect(leavesOutDuration('Can the rash last several weeks?', 'The rash appeared on the trunk in most patients.')).not.toBeNull();
  });

  it('accepts a sentence that gives a duration, and asks nothing of other questions', () => {
    expect(leavesOutDuration('Does a migraine last for days at a time?', 'Untreated attacks lasted 4 to 72 hours.')).toBeNull();
    expect(leavesOutDuration('Does a migraine last for days at a time?', 'Headache persisted for more than 3 days in 12% of attacks.')).toBeNull();
    expect(leavesOutDuration('What was the last dose of aspirin?', 'Aspirin was given daily.')).toBeNull();
  });

  it('reads "last year", "last week" and "in the last months" as when, not as how long something lasts', () => {
    const finding = 'Home blood pressure readings recorded by patients agreed closely with those taken in the clinic.';
    expect(leavesOutDuration('Dad had a heart attack last year. Can his home readings be trusted?', finding)).toBeNull();
    expect(leavesOutDuration('My knee swelled up last week and my GP took fluid off. Is the fluid test reliable?', finding)).toBeNull();
    expect(leavesOutDuration('Has the rash in the last days of treatment been seen before?', finding)).toBeNull();
    // The verb still asks, with an article or a number before the span.
    expect(leavesOutDuration('Can a frozen shoulder last a year?', finding)).toMatch(/how long it lasts/);
    expect(leavesOutDuration('Does the fatigue after glandular fever last 6 months?', finding)).toMatch(/how long it lasts/);
  });

  it('reads how long is asked from the sentence that asks, not from the story before it', () => {
    const finding = 'Ibuprofen relieved the pain better than paracetamol.';
    expect(leavesOutDuration('My headaches last for days. Is ibuprofen better than paracetamol for them?', finding)).toBeNull();
  });
});

describe('leavesOutAge', () => {
  it('refuses a sentence with no age for whether one is too young for a condition', () => {
    // From PMID 23792130 of the shipped corpus.
    const biopsy = 'Magnetic resonance-ultrasound fusion biopsy represents a promising solution for patients with suspicion of prostate cancer and an enlarged prostate.';
    expect(leavesOutAge('I am only 22 so am I not a bit young to have an enlarged prostate?', biopsy)).toMatch(/age/);
  });

  it('accepts a sentence on age, and asks nothing of other questions', () => {
    expect(leavesOutAge('Am I too young to have an enlarged prostate?', 'Prostate volume increased with age in men over 40 years.')).toBeNull();
    expect(leavesOutAge('Is an enlarged prostate cancer?', 'An enlarged prostate is usually benign.')).toBeNull();
  });
});

describe('definedByAmount', () => {
  // Shaped like PMID 8670333 of the shipped corpus (colchicine in breast milk).
  const amount = (text: string) => ({ text, stems: new Set<string>() });

  it('refuses a sentence that names the thing asked only as an amount of it', () => {
    const milk = amount('The extensive peripheral tissue binding and relatively low concentration of colchicine in breast milk suggests that the amount ingested by the infant is small.');
    expect(definedByAmount('But what is colchicine', milk)).toMatch(/gives an amount of colchicine, not what it is/);
    expect(definedByAmount('What is colchicine?', amount('Serum colchicine levels were measured at 2, 4 and 6 hours.'))).toMatch(/amount of colchicine/);
  });

  it('leaves a sentence that names the thing otherwise, and other questions, alone', () => {
    expect(definedByAmount('What is colchicine?', amount('Renal amyloidosis, prevented by colchicine, is the most severe complication of FMF.'))).toBeNull();
    expect(definedByAmount('What is colchicine?', amount('Colchicine was found in breast milk, but the concentration of colchicine there was low.'))).toBeNull();
    expect(definedByAmount('What is the concentration of colchicine in breast milk?', amount('The concentration of colchicine in breast milk was low.'))).toBeNull();
    expect(definedByAmount('Is colchicine safe in breastfeeding?', amount('The concentration of colchicine in breast milk was low.'))).toBeNull();
  });
});

describe('definedByAim', () => {
  const aim = { text: 'To investigate the presence of inflammatory cytokines in persons undergoing surgical treatment for cervical radiculopathy caused by disk herniation.', stems: new Set<string>(), aim: true };

  it('refuses a study aim for what a thing is', () => {
    expect(definedByAim('What exactly is cervical radiculopathy?', [group('cervical radiculopathy')], aim)).toMatch(/set out to do, not what cervical radiculopathy is/);
  });

  it('leaves a finding, and questions of other kinds, alone', () => {
    expect(definedByAim('What exactly is cervical radiculopathy?', [group('cervical radiculopathy')], { ...aim, aim: false })).toBeNull();
    expect(definedByAim('Does cervical radiculopathy cause arm pain?', [group('cervical radiculopathy')], aim)).toBeNull();
    // "What is the association between ...", "What is another name for ...": something else is asked of the thing.
    expect(definedByAim('What is the association between maternal alloantigens and RANTES production?', [group('RANTES production')], aim)).toBeNull();
    expect(definedByAim('What is another name for AZD0530?', [group('AZD0530')], aim)).toBeNull();
  });
});

describe('vagueSoleSubject', () => {
  it('refuses an action named alone, without what it acts on', () => {
    expect(vagueSoleSubject('Can you explain the suppression to me please?', [group('suppression')])).toMatch(/"the suppression"/);
  });

  it('leaves an action with its object, a concept the vocabulary names, or a question with other subjects alone', () => {
    expect(vagueSoleSubject('Can you explain the suppression of gastric acid?', [group('suppression')])).toBeNull();
    expect(vagueSoleSubject('What is the inflammation?', [group('inflammation')], (w) => w === 'inflammation')).toBeNull();
    expect(vagueSoleSubject('Does the suppression help reflux?', [group('suppression'), group('reflux')])).toBeNull();
  });
});

describe('missesMainTopic', () => {
  it('refuses the metabolic syndrome prevalence for whether being overweight causes a high heart rate', () => {
    const subjects = [group('high heart rate'), group('overweight')];
    const direct = { text: 'MS prevalence was 0.9% in normal weight, 11.3% in overweight and 36.2% in obese children.', stems: stemsOf('MS prevalence normal weight overweight obese children') };
    const reason = missesMainTopic('Would high heart rate be caused by being overweight at all?', subjects, direct, syndrome, options);
    expect(reason).toBe('The article that comes closest to an answer does not speak of heart rate, by those words together or by another name, so it answers another question.');
  });

  it('answers when the article speaks of the question as asked', () => {
    // Shortened from PMID 26560509 of the shipped corpus.
    const alzheimer = plainArticle('26560509', 'Self-awareness and well-being in Alzheimer disease', 'However, depressed mood does not appear to reflect the direct psychological reaction to awareness of memory loss.');
    const direct = { text: alzheimer.abstract, stems: stemsOf(alzheimer.abstract) };
    expect(missesMainTopic('Depression has relation with memory loss?', [group('Depression'), group('memory loss')], direct, alzheimer, options)).toBeNull();
  });
});

describe('rareWordsUnsaid', () => {
  it('reads a rare organ word as written by a word on its root, as the question synonyms give it', () => {
    const surgery = full('15', 'Cholecystectomy in children with sickle cell disease', 'Elective laparoscopic cholecystectomy was safe in children with sickle cell disease and gallstones.');
    const rare = { ...options, englishLevel: () => 50 };
    expect(rareWordsUnsaid([group('gallbladder')], surgery, rare)).toEqual(['gallbladder']);
    expect(rareWordsUnsaid([group('gallbladder')], surgery, { ...rare, synonyms: organRootSynonyms('When should the gallbladder come out?') })).toEqual([]);
  });

  // Shortened from PMID 26702392 of the shipped corpus: breast cancer and chills, never an engorged breast.
  const trastuzumab = full(
    '26702392',
    'A phase I dose-escalation study of a biosimilar trastuzumab in metastatic breast cancer patients.',
    'Trastuzumab has been widely used among breast cancer patients with HER2 overexpression. The most frequently drug-related adverse events were fever (59.3 %), transaminase increased (22.2 %), chills (18.5 %) and arrhythmia (18.5 %).',
  );
  // Shortened from PMID 27078715: kidney stones followed by tomosynthesis and CT, never a urine test.
  const tomosynthesis = full(
    '27078715',
    'Digital tomosynthesis for the follow-up of nephrolithiasis',
    'DT and NCCT demonstrated similar stone detection rates in terms of stone counts and stone area. DT appears to be an ideal alternative for following patients with kidney stones due to its acceptable stone detection rates.',
  );

  it('finds the rare word that names what is asked when the article writes only the everyday ones', () => {
    expect(rareWordsUnsaid([group('engorged breasts'), group('fever')], trastuzumab, options)).toEqual(['engorged']);
    expect(rareWordsUnsaid([group('usual urinalysis show kidney stones')], tomosynthesis, options)).toEqual(['urinalysis']);
  });

  it('finds a whole subject left out when it is half of what the question names', () => {
    // "hep" (hepatitis) is nowhere in a record on cytomegalovirus IgM, which writes the other half, "IgM".
    const cmv = full('20130378', 'Is low birth weight a risk indicator for congenital cytomegalovirus infection?', 'CMV-IgM and IgG antibodies assessment was not a potential discriminative test to identify congenitally infected newborns.');
    expect(rareWordsUnsaid([group('hep'), group('igm')], cmv, options)).toEqual(['hep']);
  });

  it('leaves a rare detail among several rare words the article writes, and words written in another form or by a name', () => {
    const myopathy = full('1', 'Statin myopathy', 'Statins may cause muscle pain, myositis and rhabdomyolysis.');
    expect(rareWordsUnsaid([group('muscle toxicities'), group('rhabdomyolysis')], myopathy, { ...options, isNamedConcept: (w) => w === 'rhabdomyolysis' })).toEqual([]);
    const engorgement = full('2', 'Breast engorgement after delivery', 'Breast engorgement was common on the third day after delivery and was relieved by cabbage leaves.');
    expect(rareWordsUnsaid([group('engorged breasts'), group('fever')], engorgement, options)).toEqual([]);
    const urine = full('3', 'Urine tests for stones', 'Urinalyses detected hematuria in most patients with kidney stones.');
    expect(rareWordsUnsaid([group('usual urinalysis show kidney stones')], urine, options)).toEqual([]);
    // A prefixed word is said by its base.
    const statins = full('9', 'Statins and stroke outcome', 'We explored whether clinical outcome is improved in patients who are on treatment with statins when stroke occurs.');
    expect(rareWordsUnsaid([group('pretreatment'), group('statins'), group('stroke')], statins, { ...options, englishLevel: (w) => ({ pretreatment: 60, stroke: 20 })[w] ?? LEVELS[w] })).toEqual([]);
    // A prefixed form ("haemodialysis") writes the word.
    const uraemic = full('6', 'Pregabalin for uraemic pruritus', 'Pregabalin reduced itching in patients on haemodialysis; somnolence and dizziness were the most frequent adverse events.');
    expect(rareWordsUnsaid([group('pregabalin'), group('itching'), group('dialysis')], uraemic, options)).toEqual([]);
    // A hyphened name ("MAGE-A3") is written by its own words.
    const mage = full('4', 'MAGE-A3 immunotherapeutic in NSCLC', 'Adjuvant treatment with the MAGE-A3 immunotherapeutic did not increase disease-free survival.');
    expect(rareWordsUnsaid([{ text: 'MAGE-A3', words: ['mage'], stems: ['mage a3'], alternatives: [] }], mage, options)).toEqual([]);
  });

  it('leaves half the rare words left out when the subject left out has everyday words too', () => {
    // A place's name from a title ("the autonomic city of Melilla") beside rare words the article writes.
    const melilla = full('7', 'Group B streptococcus in pregnant women of Melilla', 'The prevalence of colonisation by Streptococcus agalactiae in pregnant women from Melilla differed by culture.');
    const levels = (w: string) => ({ autonomic: 50, city: 10, determinant: 55, culture: 20 })[w] ?? LEVELS[w];
    expect(rareWordsUnsaid([group('agalactiae'), group('autonomic city'), group('melilla'), group('culture determinant')], melilla, { ...options, englishLevel: levels })).toEqual([]);
  });

  it('holds only a full abstract, and needs general English to tell rare words', () => {
    const short = plainArticle('5', 'Breast cancer', 'Chills were frequent.');
    expect(rareWordsUnsaid([group('engorged breasts')], short, options)).toEqual([]);
    expect(rareWordsUnsaid([group('engorged breasts')], trastuzumab, { ...options, englishLevel: undefined })).toEqual([]);
  });

  it('refuses through missesMainTopic in words the lay refusal can repeat', () => {
    const direct = { text: 'The most frequently drug-related adverse events were fever, chills and arrhythmia.', stems: stemsOf('adverse events fever chills arrhythmia') };
    expect(missesMainTopic('Do engorged breasts give you a fever?', [group('engorged breasts'), group('fever')], direct, trastuzumab, options)).toBe(
      'The article that comes closest to an answer does not speak of engorged, so it answers another question.',
    );
    // Another article the answer cites that writes the word speaks of it.
    const engorgement = plainArticle('8', 'Breast engorgement and fever', 'Breast engorgement may cause a low fever.');
    expect(missesMainTopic('Do engorged breasts give you a fever?', [group('engorged breasts'), group('fever')], direct, trastuzumab, { ...options, citedArticles: [trastuzumab, engorgement] })).toBeNull();
  });
});
