import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { leavesOpen, scorePassages, selectSentences, statesBelief } from './select-sentences.js';
import { isAimOrMethod } from './states-aim.js';
import { questionSynonyms } from './expand-abbreviations.js';

describe('isAimOrMethod', () => {
  it('recognises sentences that announce an aim or a method', () => {
    expect(isAimOrMethod('To analyze prevalence and risk factors for retinopathy in preterm infants.')).toBe(true);
    expect(isAimOrMethod('We screened eight kindreds for mutations in the gene.')).toBe(true);
    expect(isAimOrMethod('In this study, we investigated the role of CADM1 in MDS.')).toBe(true);
    expect(isAimOrMethod('A total of 120 patients were enrolled.')).toBe(true);
    expect(isAimOrMethod('The aim of this study was to assess outcomes.')).toBe(true);
  });

  it('leaves findings alone', () => {
    expect(isAimOrMethod('We found that low birth weight was a risk factor for retinopathy.')).toBe(false);
    expect(isAimOrMethod('Low birth weight was the main risk factor for retinopathy.')).toBe(false);
  });
});

describe('scorePassages of a background hypothesis', () => {
  // PMID 17562682 (abridged): the background's doubt names the question's subjects as fully as the conclusion.
  const pvl = (conclusion: string): Article => ({
    ...(allFixtureArticles[0] as Article),
    pmid: '17562682',
    title: 'Is Panton-Valentine leucocidin associated with the pathogenesis of Staphylococcus aureus bacteraemia in the UK?',
    abstract: '',
    abstractSections: [
      { label: 'BACKGROUND', category: 'BACKGROUND', text: 'Nevertheless, the importance of PVL in the pathogenesis of primary bacteraemia caused by S. aureus is uncertain.' },
      { label: 'RESULTS', category: 'RESULTS', text: 'Four out of 244 isolates (1.6%) were PVL-positive.' },
      { label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: conclusion },
    ],
  });
  const question = analyzeQuestion('Is Panton-Valentine leucocidin an important cause of Staphylococcus aureus bacteraemia?');
  const background = (article: Article) => scorePassages(question, [{ article, score: 1 }]).find((p) => p.section === 'BACKGROUND');

  it('reads it as what the study set out to test when the article states a finding on the question', () => {
    const article = pvl('This low incidence suggests that PVL-positive S. aureus are of no particular significance as causative agents of S. aureus bacteraemia.');
    expect(background(article)?.aim).toBe(true);
  });

  it('keeps it when the article says nothing else on the question', () => {
    const article = pvl('Genotypic analyses showed that the four isolates represented three distinct strains.');
    expect(background(article)?.aim).toBe(false);
  });
});

describe('scorePassages of an opening motive', () => {
  // PMID 25359771: the opening says what is unknown, the study then says what it found.
  const ostm1 = (tail: string): Article => ({
    ...(allFixtureArticles[0] as Article),
    pmid: '25359771',
    title: 'Secretion of a truncated osteopetrosis-associated transmembrane protein 1 (OSTM1) mutant inhibits osteoclastogenesis.',
    abstract:
      'Genetic defects in OSTM1 (osteopetrosis-associated transmembrane protein 1) cause autosomal recessive osteopetrosis in humans. ' +
      'However, the precise role of the secreted form of truncated OSTM1 remains unknown. ' +
      'In this study, we analyzed the functional role of truncated OSTM1 in osteoclastogenesis. ' +
      tail,
    abstractSections: [],
  });
  const question = analyzeQuestion('How does a truncated OSTM1 cause osteopetrosis?');
  const unknown = (article: Article) => scorePassages(question, [{ article, score: 1 }]).find((p) => /remains unknown/.test(p.text));

  it('reads the unknown the study set out to settle as an aim when the article states a finding after it', () => {
    const article = ostm1(
      'Truncated OSTM1 significantly inhibited the expression of OC marker genes. Thus, these findings suggest that osteopetrosis patients with an OSTM1 gene mutation lacking the transmembrane domain produce a secreted form of truncated OSTM1 that inhibits osteoclastogenesis.',
    );
    expect(unknown(article)?.aim).toBe(true);
  });

  it('keeps it when nothing after the aim speaks of the question', () => {
    expect(unknown(ostm1('Cells were cultured for five days.'))?.aim).toBe(false);
  });
});

describe('scorePassages', () => {
  const article: Article = {
    ...(allFixtureArticles[0] as Article),
    pmid: '5',
    title: 'Is low birth weight a risk factor for retinopathy of prematurity?',
    abstract:
      'To analyze prevalence and risk factors for retinopathy of prematurity in low birth weight infants. Low birth weight was the strongest risk factor for retinopathy of prematurity.',
    abstractSections: [],
  };

  it('ranks a finding above an aim that covers the question as well', () => {
    const scored = scorePassages(analyzeQuestion('What are the risk factors for retinopathy of prematurity?'), [{ article, score: 1 }]);
    expect(scored[0]?.text).toMatch(/^Low birth weight was the strongest/);
    expect(scored.find((p) => p.text.startsWith('To analyze'))?.aim).toBe(true);
  });

  it('marks an aim in a passive wording as an aim and scores it at half', () => {
    const passive = { ...article, abstract: 'This study was aimed to explore risk factors for retinopathy of prematurity in low birth weight infants. Low birth weight was the strongest risk factor for retinopathy of prematurity.' };
    const scored = scorePassages(analyzeQuestion('What are the risk factors for retinopathy of prematurity?'), [{ article: passive, score: 1 }]);
    expect(scored[0]?.text).toMatch(/^Low birth weight was the strongest/);
    expect(scored.find((p) => p.text.startsWith('This study was aimed'))?.aim).toBe(true);
  });

  it('never quotes a title that is a question', async () => {
    const answer = await composeAnswer('Is low birth weight a risk factor for retinopathy of prematurity?', {
      findEvidence: async () => [{ article, score: 1 }],
      corpus: { articles: 1, snapshot: 't' },
    });
    expect(answer.direct?.citations[0]?.quote).toMatch(/^Low birth weight was the strongest/);
    expect(answer.verdict).toBe('yes');
  });
});

describe('scorePassages with a short form led by a symbol', () => {
  it('reads "%EBWL" as the excess body weight loss its article defines', () => {
    const base = allFixtureArticles[0] as Article;
    const sleeve = { ...base, pmid: '24827404', title: 'Resected stomach volume and sleeve gastrectomy', abstract: 'The mean percentage excess body weight loss (%EBWL) rose over two years. Mean %EBWL after LSG was not significantly different among three groups divided according to resected stomach volume.', abstractSections: [] };
    const scored = scorePassages(analyzeQuestion('Does removing more stomach lead to more weight loss?'), [{ article: sleeve, score: 1 }]);
    expect(scored.find((p) => p.text.startsWith('Mean %EBWL'))?.stems.has('loss')).toBe(true);
  });
});

describe('selectSentences on sentences of one article that share its abbreviations', () => {
  it('keeps two sentences that say different things about the abbreviated subject', () => {
    const base = allFixtureArticles[0] as Article;
    const pppd = { ...base, pmid: '10473855', title: 'Delayed gastric emptying after pylorus-preserving pancreaticoduodenectomy', abstract: 'Delayed gastric emptying (DGE) is the most frequent postoperative complication after pylorus-preserving pancreaticoduodenectomy (PPPD). In our experience, DGE is linked to the occurrence of other postoperative complications rather than to pylorus preservation.', abstractSections: [] };
    const question = analyzeQuestion('Is delayed gastric emptying after pylorus-preserving pancreaticoduodenectomy caused by keeping the pylorus?');
    const texts = selectSentences(scorePassages(question, [{ article: pppd, score: 1 }])).map((s) => s.passage.text);
    expect(texts.some((t) => t.startsWith('In our experience'))).toBe(true);
  });

  it('reads a numbered form of a defined short form as naming its long form', () => {
    const base = allFixtureArticles[0] as Article;
    const spg = { ...base, pmid: '8012387', title: 'Spastic paraplegia and Pelizaeus-Merzbacher disease', abstract: 'Three forms of X-linked spastic paraplegia (SPG) have been defined. It appears, therefore, that SPG2 and PMD are allelic disorders.', abstractSections: [] };
    const scored = scorePassages(analyzeQuestion('Is spastic paraplegia type 2 allelic to Pelizaeus-Merzbacher disease?'), [{ article: spg, score: 1 }]);
    expect(scored.find((p) => p.text.startsWith('It appears'))?.stems.has('spastic')).toBe(true);
  });
});

describe('isAimOrMethod with a structured label left in the sentence', () => {
  it('reads past the label', () => {
    expect(isAimOrMethod('OBJECTIVE To define the mutation causing galactosemia in patients of black American origin who have no galactose-1-phosphate uridyltransferase (GALT) activity in erythrocytes but good clinical outcome.')).toBe(true);
    expect(isAimOrMethod('We have analysed 60 families with a history of breast and/or ovarian cancer for germline mutations in BRCA1.')).toBe(true);
    expect(isAimOrMethod('CONCLUSIONS The S135L mutation in the GALT gene is a prevalent cause of galactosemia among black patients.')).toBe(false);
  });
});

describe('statesBelief on earlier reports', () => {
  it('reads what was recently reported before the study as its background, and the study\'s own report as a finding', () => {
    expect(statesBelief('A variable effect of inflammation on alloimmunization to transfused red blood cells (RBCs) in mice has been recently reported.')).toBe(true);
    expect(statesBelief('The alloimmunization rate among recipients in the FTR group was higher than in the control group.')).toBe(false);
  });
});

describe('statesBelief on what was known or proposed before the study', () => {
  it('reads "it has been empirically known that", "have been proposed to" and "Recently, we discovered that" as background', () => {
    expect(statesBelief('Japan has four seasons and many chances of low atmospheric pressure or approaches of typhoon, therefore it has been empirically known that the fluctuation of weather induces migraine in people.')).toBe(true);
    expect(statesBelief('The proteins encoded by these four USH genes have been proposed to form a multiprotein complex, the USH2 complex, due to interactions found among some of these proteins in vitro.')).toBe(true);
    expect(statesBelief('Recently, we discovered that transgenic mice expressing an activated beta-catenin are predisposed to developing skin tumours resembling pilomatricomas.')).toBe(true);
  });

  it('leaves the study\'s own finding a finding', () => {
    expect(statesBelief('Small decreases of 6-10 hPa relative to the standard atmospheric pressure of 1013 hPa induced migraine attacks most frequently in patients with migraine.')).toBe(false);
    expect(statesBelief('Both WHRN and PDZD7 are required for the complex formation with USH2A and GPR98.')).toBe(false);
    expect(statesBelief('We found nuclear LEF-1 in the dividing tumour cells, providing biochemical evidence that pilomatricomas are derived from hair matrix cells.')).toBe(false);
  });
});

describe('statesBelief on what the study wondered or hypothesised', () => {
  it('reads "we wondered whether" and "we hypothesized that" as the question a study set out with', () => {
    expect(statesBelief('Given that the skin of these adult mice also exhibits signs of de novo hair-follicle morphogenesis, we wondered whether human pilomatricomas might originate from hair matrix cells and whether they might possess beta-catenin-stabilizing mutations.')).toBe(true);
    expect(statesBelief('We hypothesized that elevated ACE activity is associated with the progression of chronic kidney disease.')).toBe(true);
    expect(statesBelief('We postulate that these overexpression mechanisms ensure a critical level of gene product for the oncogenic effects of these fusions.')).toBe(true);
    expect(statesBelief('However, evidence showing the formation of the USH2 complex is missing, and details on how this complex is formed remain elusive.')).toBe(true);
  });

  it('leaves "we asked" about the patients a method', () => {
    expect(statesBelief('We asked patients to rate their pain on a visual analogue scale.')).toBe(false);
  });
});

describe('statesBelief', () => {
  it('reads speculation and concerns as what was believed, not found', () => {
    expect(statesBelief('There has been a lot of speculation that patients with COVID-19 who are receiving ACE inhibitors may be at increased risk for adverse outcomes.')).toBe(true);
    expect(statesBelief('Concerns have been raised that these drugs increase the risk.')).toBe(true);
    expect(statesBelief('Use of ACE-I or ARB medications was not associated with increased risk of hospitalization.')).toBe(false);
  });

  it('tells the belief a study starts from from its finding', () => {
    expect(statesBelief('Acute hepatitis C virus infection in the era of universal screening of blood products has not disappeared, and is thought to be transmitted primarily via injecting drug use.')).toBe(true);
    expect(statesBelief('Treatment delays in breast cancer are generally thought to affect prognosis but the impact on survival remains unclear.')).toBe(true);
    expect(statesBelief('Acute hepatitis C in the post universal blood products screening era was found to be predominantly an iatrogenic disease in the investigated localities.')).toBe(false);
  });
});

describe('methods and aims in the points', () => {
  const base = allFixtureArticles[0] as Article;
  const fmf = (pmid: string, abstract: string): Article => ({ ...base, pmid, title: 'Familial Mediterranean fever and colchicine', abstract, abstractSections: [] });
  const question = analyzeQuestion('Is familial Mediterranean fever treated with colchicine?');

  it('marks how a study was done as a method, and every sentence of an inline methods section but its results', () => {
    const abstract =
      'BACKGROUND: Familial Mediterranean fever is treated with colchicine. METHODS: The control group consisted of 40 consecutive patients with familial Mediterranean fever taking colchicine. Patients with familial Mediterranean fever given colchicine had fewer attacks than those given placebo (P < .01). Colchicine doses for familial Mediterranean fever followed the clinic protocol. RESULTS: Colchicine prevented attacks of familial Mediterranean fever.';
    const scored = scorePassages(question, [{ article: fmf('1', abstract), score: 1 }]);
    const aim = (start: string) => scored.find((p) => p.text.startsWith(start))?.aim;
    expect(aim('METHODS: The control group')).toBe(true);
    expect(aim('Colchicine doses')).toBe(true);
    expect(aim('Patients with familial Mediterranean fever given colchicine had fewer')).toBe(false);
    expect(aim('RESULTS: Colchicine prevented')).toBe(false);
  });

  it('lets an article speak by its finding rather than its method, and by its method only when it states nothing else', () => {
    const withFinding = fmf('1', 'Mutational analysis of familial Mediterranean fever patients treated with colchicine was performed using a commercial kit. Colchicine treatment of familial Mediterranean fever prevented renal amyloidosis in most patients.');
    const methodOnly = fmf('2', 'The study evaluated 4 patients with familial Mediterranean fever who had been taking colchicine on a long-term basis.');
    const texts = selectSentences(scorePassages(question, [{ article: withFinding, score: 1 }])).map((s) => s.passage.text);
    expect(texts).toEqual(['Colchicine treatment of familial Mediterranean fever prevented renal amyloidosis in most patients.']);
    const alone = selectSentences(scorePassages(question, [{ article: methodOnly, score: 1 }])).map((s) => s.passage.text);
    expect(alone).toEqual(['The study evaluated 4 patients with familial Mediterranean fever who had been taking colchicine on a long-term basis.']);
  });

  it('counts what studies used as a finding when the question asks what is used', () => {
    const pain = { ...base, pmid: '3', title: 'Pain scales in children', abstract: 'Postoperative pain in children was assessed using the Wong-Baker Faces Pain Rating Scale and the FLACC scale.', abstractSections: [] };
    const scored = scorePassages(analyzeQuestion('What is the most commonly used pain scale for children?'), [{ article: pain, score: 1 }]);
    expect(scored.find((p) => p.text.startsWith('Postoperative pain'))?.aim).toBe(false);
    const other = scorePassages(analyzeQuestion('Do children feel pain after surgery?'), [{ article: pain, score: 1 }]);
    expect(other.find((p) => p.text.startsWith('Postoperative pain'))?.aim).toBe(true);
  });

  it('reads a case report\'s patient as no finding, unless the question asks how the condition presents', () => {
    const abstract = 'A 45-year-old woman presented with orthostatic headache from spontaneous intracranial hypotension. MRI showed pachymeningeal enhancement. A leak was found at the thoracic spine. An epidural blood patch relieved the headache of spontaneous intracranial hypotension.';
    const sih = { ...base, pmid: '4', title: 'Spontaneous intracranial hypotension', abstract, abstractSections: [] };
    const aimOf = (question: string, article = sih) => scorePassages(analyzeQuestion(question), [{ article, score: 1 }]).find((p) => p.text.startsWith('A 45-year-old'))?.aim;
    expect(aimOf('How is spontaneous intracranial hypotension treated?')).toBe(true);
    expect(aimOf('What are the symptoms of spontaneous intracranial hypotension?')).toBe(false);
    // A record of a few snippets says what it has to say by its case.
    const snippet = { ...sih, abstract: 'A 45-year-old woman presented with orthostatic headache from spontaneous intracranial hypotension.' };
    expect(aimOf('How is spontaneous intracranial hypotension treated?', snippet)).toBe(false);
  });
});

describe('scorePassages with the question\'s lay synonyms', () => {
  // PMID 9745063 (abridged), retrieved for the question because search reads "ultrasound" as "ultrasonography" too
  // (NCI: ultrasound ↔ ultrasonography).
  const lus: Article = {
    ...(allFixtureArticles[0] as Article),
    pmid: '9745063',
    title: 'Is laparoscopic sonography a reliable and sensitive procedure for staging colorectal cancer?',
    abstract:
      'Laparoscopic ultrasonography (LUS) represents the only real alternative to manual palpation during laparoscopic surgery. ' +
      'LUS obtained good results in the evaluation of hepatic metastases, with a sensitivity of 100% versus 62.5% and 75% by preoperative diagnostic means and laparoscopy, respectively.',
    abstractSections: [],
  };
  const question = 'Does ultrasound screening for liver cancer improve survival?';
  const alternativesOf = (phrase: string) => (phrase === 'ultrasound' ? ['ultrasonography'] : undefined);
  const analysis = { ...analyzeQuestion(question), synonyms: questionSynonyms(question, alternativesOf) };
  const sentence = (start: string) => scorePassages(analysis, [{ article: lus, score: 1 }]).find((p) => p.text.startsWith(start));

  it('reads the medical name a sentence writes as the question\'s lay word', () => {
    expect(sentence('Laparoscopic ultrasonography')?.stems.has('ultrasound')).toBe(true);
  });

  it('reads a short form standing for exactly that medical name as the question\'s lay word', () => {
    // PMID 15539888 (abridged): "AD" is atopic dermatitis, which the NCI dictionary also calls eczema.
    const atopy: Article = {
      ...lus,
      pmid: '15539888',
      title: 'Atopy patch test with house dust mite in atopic dermatitis',
      abstract: 'The atopy patch test is seen as specific for patients with atopic dermatitis (AD). But it is probably more specific for AD.',
    };
    const eczema = 'Is this dermatitis or eczema again?';
    const asked = { ...analyzeQuestion(eczema), synonyms: questionSynonyms(eczema, (p) => (p === 'eczema' ? ['atopic dermatitis'] : undefined)) };
    const specific = scorePassages(asked, [{ article: atopy, score: 1 }]).find((p) => p.text.startsWith('But it is'));
    expect(specific?.stems.has('eczema')).toBe(true);
  });

  it('does not read an abbreviation spelled out into that medical name as the question\'s word', () => {
    const staging = sentence('LUS obtained');
    expect(staging?.stems.has('ultrasonographi')).toBe(true);
    expect(staging?.stems.has('ultrasound')).toBe(false);
  });
});

describe('scorePassages for a question asking for a disease', () => {
  it('counts a sentence naming a disease as giving the kind asked, without the word "disease"', () => {
    const analysis = analyzeQuestion('Sweat sodium testing is used for which disease?');
    const article: Article = {
      ...(allFixtureArticles[0] as Article),
      pmid: '1',
      title: 'Sweat testing',
      abstract: 'The sweat sodium test remains the gold standard for confirmatory diagnosis of cystic fibrosis in newborn screening programs.',
      abstractSections: [{ label: null, category: null, text: 'The sweat sodium test remains the gold standard for confirmatory diagnosis of cystic fibrosis in newborn screening programs.' }],
    };
    const [scored] = scorePassages(analysis, [{ article, score: 1 }]).filter((p) => p.section !== 'title');
    const kind = analysis.concepts.find((c) => c.stem === 'diseas');
    const total = analysis.concepts.reduce((sum, c) => sum + c.weight, 0);
    const others = analysis.concepts.filter((c) => c !== kind && ['sweat', 'sodium', 'test'].includes(c.stem)).reduce((sum, c) => sum + c.weight, 0);
    expect(scored?.coverage).toBeCloseTo((others + (kind?.weight ?? 0)) / total);
  });
});

describe('leavesOpen', () => {
  it('reads sentences that only say a question is open', () => {
    expect(leavesOpen('However, attempts to confirm that G6PD deficiency is protective in case-control studies of malaria have yielded conflicting results.')).toBe(true);
    expect(leavesOpen('The optimal number of needles is still a matter of debate.')).toBe(true);
    expect(leavesOpen('This association warrants further investigation in larger cohorts.')).toBe(true);
    expect(leavesOpen('Larger randomized controlled trials are needed to confirm these results.')).toBe(true);
    expect(leavesOpen('The role of surgery remains to be determined.')).toBe(true);
    // PMID 20101129 of the shipped corpus, and one of our own: a call for study.
    expect(leavesOpen('The study supports the need for basic science and clinical trials investigating the effectiveness of prophylactic fixation for patient populations at higher lifetime risk for contralateral hip fracture.')).toBe(true);
    expect(leavesOpen('These results underline the need for randomized controlled trials of early mobilisation.')).toBe(true);
  });

  it('does not read findings as open', () => {
    expect(leavesOpen('G6PD deficiency was associated with a 46-58% reduction in risk of severe malaria.')).toBe(false);
    expect(leavesOpen('Further surgery was needed in 12 of 40 patients.')).toBe(false);
    expect(leavesOpen('Early surgery reduced the need for dialysis in patients with acute kidney injury.')).toBe(false);
    expect(leavesOpen('Both groups obtained a good therapeutic effect without clinically relevant differences.')).toBe(false);
  });
});

describe('scorePassages on a sentence naming things of the kind asked', () => {
  // PMID 1248000 of the shipped corpus (abridged): its answer names the cancers without the word "cancers".
  const article: Article = {
    ...(allFixtureArticles[0] as Article),
    pmid: '1248000',
    title: 'Cancer incidence in families with ataxia-telangiectasia.',
    abstract:
      'Ataxia-telangiectasia (A-T) is an autosomal recessive syndrome. The incidence of ovarian, gastric, and biliary system carcinomas and of leukemia and lymphoma was increased in these A-T families. The incidence of cancers was raised in the A-T families.',
    abstractSections: [],
  };
  const coverageOf = (question: string, text: string) =>
    scorePassages(analyzeQuestion(question), [{ article, score: 1 }]).find((p) => p.text.startsWith(text))?.coverage ?? 0;

  it('counts the named carcinomas and lymphoma as speaking of the "cancers" asked for', () => {
    const asked = 'Which cancers turn up more often in families with A-T?';
    // The last sentence (of our own making) says "cancers" in so many words; the real one names them.
    expect(coverageOf(asked, 'The incidence of ovarian')).toBeCloseTo(coverageOf(asked, 'The incidence of cancers'));
    expect(coverageOf(asked, 'The incidence of ovarian')).toBeGreaterThan(coverageOf(asked, 'Ataxia-telangiectasia (A-T) is'));
  });
});
