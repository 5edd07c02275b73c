import { describe, expect, it } from 'vitest';
import { analyzeQuestion, asksYesOrNo, withoutDescribedDiagnosis } from './analyze-question.js';

const typeOf = (q: string) => analyzeQuestion(q).type;

describe('analyzeQuestion', () => {
  it('does not look for the words of a trailing "yes or no"', () => {
    expect(analyzeQuestion('Tocilizumab is an anti-TNF antibody, yes or no?').concepts.map((c) => c.word)).not.toContain('yes');
  });

  it('keeps a name qualified by a letter or number whole, so evidence must name the qualifier', () => {
    const words = (q: string) => analyzeQuestion(q).concepts.map((c) => c.word);
    expect(words('Does vitamin D deficiency cause rickets?')).toEqual(['vitamin d', 'deficiency', 'cause', 'rickets']);
    expect(words('Is type 2 diabetes linked to factor V Leiden?')).toEqual(['type 2', 'diabetes', 'linked', 'factor v', 'leiden']);
    expect(words('Does IL-6 rise in COVID-19?')).toEqual(['il 6', 'rise', 'covid 19']);
    expect(words('Is vitamin B12 low in BRCA1 carriers?')).toEqual(['vitamin b12', 'low', 'brca1', 'carriers']);
  });

  it('does not take the article "a" or a number after a comma for a qualifier', () => {
    expect(analyzeQuestion('Should I take a pill, 2 times a day?').concepts.map((c) => c.word)).toEqual(['take', 'pill', 'times', 'day']);
  });

  it('keeps lower-cased, stemmed concept terms and drops stop words', () => {
    const { concepts } = analyzeQuestion('What are the symptoms of the Sclerotic skin lesions?');
    expect(concepts.map((c) => c.word)).toEqual(['symptoms', 'sclerotic', 'skin', 'lesions']);
    expect(concepts.find((c) => c.word === 'lesions')?.stem).toBe('lesion');
  });

  it('gives words that name the kind of question half the weight of its subject', () => {
    const { concepts } = analyzeQuestion('What is the treatment of cardiac sarcoidosis?');
    expect(concepts.find((c) => c.word === 'treatment')?.weight).toBe(0.5);
    expect(concepts.find((c) => c.word === 'sarcoidosis')?.weight).toBe(1);
  });

  it('recognises question types from their wording', () => {
    expect(typeOf('Does hypoglycaemia increase the risk of cardiovascular events?')).toBe('yesno');
    expect(typeOf('Double balloon enteroscopy: is it efficacious and safe?')).toBe('yesno');
    expect(typeOf('Tocilizumab is an anti-TNF antibody, yes or no?')).toBe('yesno');
    expect(typeOf('List the extracolonic tumors of PMS2 carriers')).toBe('list');
    expect(typeOf('How is cardiac sarcoidosis treated?')).toBe('treatment');
    expect(typeOf('How is Wilson disease diagnosed?')).toBe('diagnosis');
    expect(typeOf('how do i know if my child has autism')).toBe('diagnosis');
    expect(typeOf('What is the prognosis of glioblastoma?')).toBe('prognosis');
    expect(typeOf('What is the prevalence of celiac disease?')).toBe('epidemiology');
    expect(typeOf('What is the mechanism of action of metformin?')).toBe('mechanism');
    expect(typeOf('Where are sclerotic skin lesions located?')).toBe('location');
    expect(typeOf('What is the difference between type 1 and type 2 diabetes?')).toBe('comparison');
    expect(typeOf('What is POEMS syndrome?')).toBe('definition');
    expect(typeOf('Which gene is mutated in Wilson disease?')).toBe('factoid');
  });

  it('reads "how well does X work / help / prevent" as a treatment question, and of a test as a diagnosis one', () => {
    expect(typeOf('How well do bed nets work against malaria?')).toBe('treatment');
    expect(typeOf('how well does ginger help with morning sickness')).toBe('treatment');
    expect(typeOf('How effectively do face masks prevent the flu?')).toBe('treatment');
    expect(typeOf('How well does cranberry juice stop bladder infections coming back?')).toBe('treatment');
    expect(typeOf('How well does a faecal immunochemical test work for finding bowel cancer?')).toBe('diagnosis');
    // Without a verb of the good it does, "how well" asks nothing of a remedy; a verb's letters in a hyphened name are no verb.
    expect(typeOf('How well does the STOP-BANG questionnaire score sleep apnoea?')).not.toBe('treatment');
    expect(typeOf('How well do children sleep after a tonsillectomy?')).not.toBe('treatment');
    expect(analyzeQuestion('How well do bed nets work against malaria?').topics).toEqual(['treatment']);
  });

  it('reads "lead to" as wording, and "lead" alone as a subject', () => {
    const generic = (q: string) => analyzeQuestion(q).concepts.find((c) => c.word === 'lead')?.generic;
    expect(generic('Does estrogen lead to FoxA1 activation?')).toBe(true);
    expect(generic('Is lead exposure harmful to children?')).toBe(false);
  });

  it('reads "tablets" as the form a medicine takes, not a subject an article must name', () => {
    const { concepts } = analyzeQuestion('Is surgery better than hormone tablets for pain from adenomyosis?');
    expect(concepts.filter((c) => c.generic).map((c) => c.word)).toContain('tablets');
    expect(concepts.find((c) => c.word === 'hormone')?.generic).toBe(false);
  });

  it('reads a superlative of generic wording ("the commonest complications") as generic, as "the most common" is', () => {
    const generic = (q: string) => analyzeQuestion(q).concepts.filter((c) => c.generic).map((c) => c.word);
    expect(generic('What are the commonest complications with the POLCAS pulsatile heart pump?')).toEqual(['commonest', 'complications']);
    expect(generic("What's the commonest reason a hip replacement fails?")).toContain('commonest');
    // A superlative of a subject word stays a subject.
    expect(generic('Which is the largest salivary gland?')).toEqual([]);
  });

  it('marks generic wording apart from the subject', () => {
    const { concepts } = analyzeQuestion('What are the risk factors for rhabdomyolysis?');
    expect(concepts.filter((c) => c.generic).map((c) => c.word)).toEqual(['risk', 'factors']);
  });

  // "typical presentation" asks how the disease shows itself; it is no subject an article must name.
  it.each([
    ['What is the typical presentation of Wolfram syndrome?', ['typical', 'presentation', 'syndrome']],
    ['What are the usual manifestations of Behcet disease?', ['usual', 'manifestations', 'disease']],
    ['What are the characteristic features of Marfan syndrome?', ['characteristic', 'features', 'syndrome']],
  ])('marks the wording of a presentation question as generic in "%s"', (question, words) => {
    expect(analyzeQuestion(question).concepts.filter((c) => c.generic).map((c) => c.word)).toEqual(words);
  });

  it('marks "confirmed" as generic: it asks how a diagnosis or finding is made sure of, which no article need write', () => {
    expect(analyzeQuestion('How is Wilson disease confirmed in a teenager with tremor after hepatitis?').concepts.filter((c) => c.generic).map((c) => c.word)).toEqual(['disease', 'confirmed']);
  });

  it('marks "differential" of a differential diagnosis as generic: an article need not write it', () => {
    expect(analyzeQuestion('What is the differential diagnosis of Haim-Munk syndrome?').concepts.filter((c) => c.generic).map((c) => c.word)).toEqual(['differential', 'diagnosis', 'syndrome']);
  });

  it('keeps the topic of a yes/no question', () => {
    expect(analyzeQuestion('Is surgery an effective treatment for deep endometriosis?').topics).toContain('treatment');
  });
});

describe('asksYesOrNo', () => {
  it('reads auxiliary questions, questions after a colon and statements put as questions as yes/no', () => {
    expect(asksYesOrNo('Is rituximab effective for pemphigus?')).toBe(true);
    expect(asksYesOrNo('Substance use and sexual behaviors among students: are they related?')).toBe(true);
    expect(asksYesOrNo('Inhibin: a new circulating marker of hydatidiform mole?')).toBe(true);
    expect(asksYesOrNo('Storage of vaccines in the community: weak link in the cold chain?')).toBe(true);
  });

  it('reads a question after a title sentence, and alternatives inside a "whether" clause, as yes/no', () => {
    expect(asksYesOrNo('Metered-dose inhalers. Do health care providers know what to teach?')).toBe(true);
    expect(asksYesOrNo('Does blood pressure change depending on whether it is measured by a physician or a nurse?')).toBe(true);
    expect(asksYesOrNo('Is fingolimod a drug or a pro-drug?')).toBe(false);
    expect(asksYesOrNo('Is it dominant or recessive? (Duchenne muscular dystrophy)')).toBe(false);
    expect(asksYesOrNo('Is it contagious? (Duchenne muscular dystrophy)')).toBe(true);
    expect(asksYesOrNo('And the side effects? (colchicine familial Mediterranean fever)')).toBe(false);
    expect(asksYesOrNo('But is it safe in pregnancy? (colchicine)')).toBe(true);
    expect(asksYesOrNo('Metered-dose inhalers. What should providers teach?')).toBe(false);
  });

  it('reads the question a polite frame asks ("Can you define ...?", "Do you know how ...?")', () => {
    expect(typeOf('Can you define uncontrolled asthma')).toBe('definition');
    expect(typeOf('Can you summarize the function of CDK9?')).not.toBe('yesno');
    expect(typeOf('Do you know how it lowers uric acid?')).not.toBe('yesno');
    expect(typeOf('Do you know if statins cause muscle pain?')).toBe('yesno');
    expect(typeOf('Can you get pregnant while breastfeeding?')).toBe('yesno');
    expect(typeOf('Any thoughts on a mild muscle relaxant?')).not.toBe('yesno');
  });

  it('reads a claim stated to be checked, without a question mark, as yes/no, but not a topic or a request', () => {
    expect(asksYesOrNo('Pasteurization kills Mycobacterium tuberculosis from infected cattle.')).toBe(true);
    expect(asksYesOrNo('Without immunization, rabies is a lethal disease.')).toBe(true);
    expect(asksYesOrNo('Anemia is not associated with chronic kidney failure')).toBe(true);
    expect(asksYesOrNo('Impact of pollution on asthma.')).toBe(false);
    expect(asksYesOrNo('Burkitt lymphoma and Epstein-Barr virus.')).toBe(false);
    expect(asksYesOrNo('Please list the Janus Kinase inhibitors used to treat Inflammatory Bowel Disease(IBD)')).toBe(false);
    expect(asksYesOrNo('Human dihydroorotate dehydrogenase is a drug target and is involved in what biosynthetic pathway')).toBe(false);
  });

  it('reads an "or" inside a named thing as part of it, and a choice before a comparison as a choice', () => {
    expect(asksYesOrNo('Is poliosis circumscripta another term for a white or unpigmented patch of hair or skin?')).toBe(true);
    expect(asksYesOrNo('Are male or female persons more prone to autoimmunity?')).toBe(false);
    expect(asksYesOrNo('Is Tylenol or Advil ok to take for the pain?')).toBe(true);
    expect(asksYesOrNo("Ileocolic resections in Crohn's disease: are abscesses, phlegmons, or recurrent disease contraindications?")).toBe(true);
    expect(asksYesOrNo('Is METTL3 an m6A writer, reader or eraser?')).toBe(false);
    expect(asksYesOrNo('Right, so with gastroenteritis is there a drug remedy or just time?')).toBe(false);
  });

  it('reads an "or" joining outcomes of the asked effect as yes/no, and opposites or two forms of a word as a choice', () => {
    expect(asksYesOrNo('Does smoking increase the risk of heart attack or stroke?')).toBe(true);
    expect(asksYesOrNo('Is aspirin useful to prevent heart attack or stroke?')).toBe(true);
    expect(asksYesOrNo('Can zolpidem cause sleepwalking or other complex behaviours?')).toBe(true);
    expect(asksYesOrNo('Is ibuprofen linked to kidney injury or bleeding in older people?')).toBe(true);
    expect(asksYesOrNo('Does the mutation cause gain or loss of function?')).toBe(false);
    expect(asksYesOrNo('Does lithium increase or decrease thyroid hormone levels?')).toBe(false);
    expect(asksYesOrNo('Does the HercepTest use a polyclonal or monoclonal antibody?')).toBe(false);
    expect(asksYesOrNo('Does amiodarone cause hyperthyroidism or hypothyroidism?')).toBe(false);
  });

  it('reads a question naming by its rank the thing it asks for, with no verb, as asking which one', () => {
    expect(asksYesOrNo('first line Rx for pain from deep infiltrating endometriosis?')).toBe(false);
    expect(asksYesOrNo('Best treatment for acne in teenagers?')).toBe(false);
    expect(asksYesOrNo('Drug of choice for status epilepticus?')).toBe(false);
    expect(asksYesOrNo('Is the first-line treatment for gout colchicine?')).toBe(true);
    expect(asksYesOrNo('Statins for the elderly: a good idea?')).toBe(true);
  });

  it('reads "What drug, used to treat X, is a Y?" as asking for the drug', () => {
    expect(asksYesOrNo('What drug, used to treat rheumatoid arthritis, is an interleukin-1 receptor antagonist?')).toBe(false);
    expect(asksYesOrNo('what does a breast biopsy with 3D ultrasound show, is it reliable?')).toBe(true);
  });

  it('does not read questions with a question word, requests or a choice between alternatives as yes/no', () => {
    expect(asksYesOrNo('What is the mechanism of action of daridorexant?')).toBe(false);
    expect(asksYesOrNo('List the drugs approved for migraine?')).toBe(false);
    expect(asksYesOrNo('Is fingolimod a drug or a pro-drug?')).toBe(false);
    expect(asksYesOrNo('is prosopagnosia inherited or acquired?')).toBe(false);
    expect(asksYesOrNo('Can analgesics or antipyretics be taken for side effects following COVID-19 vaccination?')).toBe(true);
    expect(asksYesOrNo('Benadryl makes me sleepy, yes or no?')).toBe(true);
    expect(asksYesOrNo('Kawasaki disease?')).toBe(false);
  });
});

describe('analyzeQuestion on a question the reader announces first', () => {
  it('reads what follows "I do have one question," as the question, with its form', () => {
    const analysis = analyzeQuestion('I do have one question, are yeast infections more common around menstrual periods?');
    expect(analysis.concepts.map((c) => c.word)).not.toContain('question');
    expect(analysis.concepts.map((c) => c.word)).not.toContain('one');
    expect(analysis.concepts.map((c) => c.word)).toContain('yeast');
    expect(asksYesOrNo('I have a question, can you be diagnosed with shingles more than once?')).toBe(true);
  });
});

describe('analyzeQuestion on everyday idioms', () => {
  it('reads no concept in the verb of "running in a family" or in "at the molecular level"', () => {
    const words = (question: string) => analyzeQuestion(question).concepts.map((c) => c.word);
    expect(words('Which gene is behind the deafness running in this large family?')).not.toContain('running');
    expect(words('Which gene is behind the deafness running in this large family?')).toContain('family');
    expect(words('What goes wrong in cystinuria at the molecular level?')).toEqual(expect.not.arrayContaining(['molecular', 'level']));
    expect(words('What goes wrong in cystinuria at the molecular level?')).toContain('cystinuria');
  });
});

describe('analyzeQuestion on a name restated in a bracket', () => {
  it('gives each of the two names the other as a synonym', () => {
    const { restated } = analyzeQuestion('My baby has a strawberry mark (infantile hemangioma). Will it fade by itself?');
    expect(restated).toEqual([
      { stems: ['strawberri', 'mark'], names: [['infantil', 'hemangioma']] },
      { stems: ['infantil', 'hemangioma'], names: [['strawberri', 'mark']] },
    ]);
  });

  it('reads no restatement in a bracket that qualifies the words before it', () => {
    expect(analyzeQuestion('Is a high fever dangerous (in babies)?').restated).toBeUndefined();
    expect(analyzeQuestion('Does a rash last long (2 weeks)?').restated).toBeUndefined();
    expect(analyzeQuestion('What about colchicine? (gout)').restated).toBeUndefined();
  });
});

describe('analyzeQuestion on an abbreviation in a bracket', () => {
  it('reads no restatement in the abbreviation of the words before it', () => {
    expect(analyzeQuestion('Can cytomegalovirus (CMV) pass into breast milk?').restated).toBeUndefined();
    expect(analyzeQuestion('Is interleukin 6 (IL-6) raised in sepsis?').restated).toBeUndefined();
  });
});

describe('analyzeQuestion on what kind of answer a story-question asks for', () => {
  it('reads the kind from the sentence that asks, not from the story before it', () => {
    expect(typeOf('I was diagnosed with gout last year. What should I eat to keep it away?')).not.toBe('diagnosis');
    expect(typeOf('My son had a scan and a biopsy in March. What is the prognosis of Wilms tumour?')).toBe('prognosis');
    // The asked sentence keeps its own kind.
    expect(typeOf('My son has a limp. How is Perthes disease diagnosed?')).toBe('diagnosis');
  });

  it('reads a "diagnosed" that describes whom the question is about as no diagnosis question', () => {
    // Own question, and a BioASQ-style one: who is counted is described by when or with what they were diagnosed.
    expect(typeOf('How many women with breast and thyroid cancer diagnosed at the same time carry a PTEN mutation?')).toBe('epidemiology');
    expect(typeOf('What proportion of children who were diagnosed with coeliac disease before two have a sibling with it?')).not.toBe('diagnosis');
    expect(typeOf('How is coeliac disease diagnosed in young children?')).toBe('diagnosis');
    expect(typeOf('What test is used to diagnose coeliac disease?')).toBe('diagnosis');
  });
});

describe('withoutDescribedDiagnosis', () => {
  it('drops a participle or relative clause describing people by their diagnosis', () => {
    expect(withoutDescribedDiagnosis('How many patients diagnosed with sarcoidosis have eye disease?')).not.toMatch(/diagnos/);
    expect(withoutDescribedDiagnosis('What share of men who were diagnosed with prostate cancer die of it?')).not.toMatch(/diagnos/);
  });

  it('keeps a "diagnosed" that asks how, or that follows "be"', () => {
    expect(withoutDescribedDiagnosis('How can sarcoidosis be diagnosed in the eye?')).toMatch(/diagnosed/);
    expect(withoutDescribedDiagnosis('Can sarcoidosis be diagnosed with a blood test?')).toMatch(/diagnosed/);
    expect(withoutDescribedDiagnosis('Is lupus often diagnosed late?')).toMatch(/diagnosed/);
  });
});
