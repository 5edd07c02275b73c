import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer, speaksOfTooLittle } from './compose-answer.js';
import { scorePassages } from './select-sentences.js';
import { fitEvidence } from './weigh-concepts.js';
import { subjectGroups } from './subject-groups.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

const article = plainArticle;

describe('composeAnswer direct answer', () => {
  it('answers a treatment question with a sentence about treatment, even one that abbreviates the name', async () => {
    const articles = [
      article('1', 'Helicobacter pylori and gastric cancer', 'Colonization of the human stomach by Helicobacter pylori infection and its role in gastric cancer is a complex relationship of human cells and microbes. These microbes shape the human stomach.'),
      article('2', 'Eradication in primary care', 'Patients were treated with eradication therapy for H pylori infection in primary care. The eradication was underused in these patients.'),
    ];
    const answer = await composeAnswer('How is Helicobacter pylori infection treated?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/eradication/i);
  });
});

describe('composeAnswer direct answer to "What are the features of X?"', () => {
  it('opens with a sentence on what the condition is like, not one on why studying it is useful', async () => {
    const articles = [
      article('1', 'WT1 mutations in development', 'The analysis of diseases linked specifically with WT1 mutations, such as Denys-Drash syndrome, can provide valuable insight concerning the role of WT1 in development and disease.'),
      article('2', 'WT1 mutations in Denys-Drash syndrome', 'The Denys-Drash syndrome is characterised by a typical nephropathy, genital abnormalities and also predisposes to the development of Wilms tumor. WT1 mutations were found in the syndrome.'),
    ];
    const answer = await composeAnswer('What are the features of Denys-Drash syndrome?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/characterised by a typical nephropathy/);
  });
});

describe('composeAnswer on an answer resting on one study', () => {
  it('shows that study\'s findings beside its conclusion, not what it set out to do', async () => {
    const articles = [
      article('23147106', 'Is peak concentration needed in therapeutic drug monitoring of vancomycin?', 'We analyzed the pharmacokinetic-pharmacodynamic relationship of vancomycin to determine the drug exposure parameters that correlate with the efficacy and nephrotoxicity of vancomycin in patients with methicillin-resistant Staphylococcus aureus pneumonia and evaluated the need to use peak concentration in therapeutic drug monitoring (TDM). Serum drug concentrations of 31 hospitalized patients treated with vancomycin for methicillin-resistant S. aureus pneumonia were collected. Significant differences in trough concentration (Cmin)/minimum inhibitory concentration (MIC) and area under the serum concentration-time curve (AUC0-24)/MIC were observed between the response and non-response groups. Significant differences in Cmin and AUC0-24 were observed between the nephrotoxicity and non-nephrotoxicity groups. Receiver operating characteristic curves revealed high predictive values of Cmin/MIC and AUC0-24/MIC for efficacy and of Cmin and AUC0-24 for safety of vancomycin. These results suggest little need to use peak concentration in vancomycin TDM because Cmin/MIC and Cmin are sufficient to predict the efficacy and safety of vancomycin.'),
    ];
    const answer = await composeAnswer('Is peak concentration needed in therapeutic drug monitoring of vancomycin?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    const points = answer.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(answer.direct?.text).toMatch(/little need to use peak concentration/);
    expect(points.some((t) => /Receiver operating characteristic curves revealed/.test(t))).toBe(true);
    expect(points.some((t) => /We analyzed/.test(t))).toBe(false);
  });
});

describe('composeAnswer verdict on evidence about something else', () => {
  it('stays uncertain when the deciding article speaks of only one of the question\'s subjects', async () => {
    const articles = [
      article('1', 'Skin conditions in inflammatory bowel disease', 'Several skin conditions such as erythema nodosum and Sweet syndrome occur in Crohn disease. Sweet syndrome responds to steroids.'),
    ];
    const answer = await composeAnswer('Can diabetics eat sweets?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    if (answer.status === 'answered') expect(answer.verdict).toBe('uncertain');
  });

  it('still decides when the article speaks of the subjects together', async () => {
    const articles = [
      article('2', 'Sweets in diabetes', 'People with diabetes can eat sweets in small amounts as part of a healthy diet. Diabetics who ate sweets kept good glucose control.'),
    ];
    const answer = await composeAnswer('Can diabetics eat sweets?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.status).toBe('answered');
    expect(answer.verdict).toBe('yes');
  });
});

describe('composeAnswer on a yes/no question whose best article leaves out a subject', () => {
  it('refuses rather than answer yes from an article on the outcome alone', async () => {
    const filler = ' Families were followed for several years with colonoscopy at regular intervals in two centres.'.repeat(8);
    const articles = [plainArticle('21', 'APC I1307K and colorectal cancer', `The APC I1307K variant is associated with an increased risk of colorectal cancer.${filler}`)];
    const answer = await composeAnswer('Does smoking increase the risk of colorectal cancer?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/speaks of colorectal cancer but not of smoking/);
  });
});

describe('composeAnswer on a comparison', () => {
  it('leaves the verdict uncertain when the deciding sentence names only one of the things compared', async () => {
    const filler = ' Records of patients treated in two hospitals between 2010 and 2015 were reviewed in detail.'.repeat(8);
    const articles = [
      plainArticle('61', 'Laparoscopic and open surgery for appendicitis', `Patients with complications after surgery for appendicitis had a significantly higher open surgery rate.${filler} Laparoscopic surgery was used in most patients.`),
    ];
    const answer = await composeAnswer('Is laparoscopic surgery better than open surgery for appendicitis?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.verdict).toBe('uncertain');
  });
});

describe('composeAnswer on a treatment question', () => {
  const filler = ' The tumours of twelve children were studied by sequencing and staining in two laboratories.'.repeat(8);
  const ask = (abstract: string) => {
    const articles = [plainArticle('31', 'WT1 in Wilms tumor', `${abstract}${filler}`)];
    return composeAnswer('What is the treatment for Wilms tumor?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
  };

  it('says the evidence is insufficient when full abstracts on the subject never say how it is treated', async () => {
    const answer = await ask('The Wilms tumor suppressor gene WT1 is mutated in some Wilms tumors. Wilms tumor cells express WT1 protein.');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toBe('The article found on Wilms tumor does not say how it is treated or prevented.');
  });

  it('answers when the evidence says how it is treated', async () => {
    const answer = await ask('Wilms tumor is treated by nephrectomy and chemotherapy in most children. Wilms tumor cells express WT1 protein.');
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/nephrectomy/);
  });
});

describe('composeAnswer on a definition question', () => {
  it('answers with the sentence saying what the subject is, even when others score higher and no point took it', async () => {
    // Two real abstracts (PMIDs 8917548 and 10449794, shipped corpus): the mouse-model sentence scores a little higher.
    const articles = [
      plainArticle('8917548', 'Pleiotropic defects in ataxia-telangiectasia protein-deficient mice.', 'We have generated a mouse model for ataxia-telangiectasia by using gene targeting to generate mice that do not express the Atm protein. Atm-deficient mice are retarded in growth, do not produce mature sperm, and exhibit severe defects in T cell maturation while going on to develop thymomas. Atm-deficient fibroblasts grow poorly in culture and display a high level of double-stranded chromosome breaks. Atm-deficient thymocytes undergo spontaneous apoptosis in vitro significantly more than controls. Atm-deficient mice then exhibit many of the same symptoms found in ataxia-telangiectasia patients and in cells derived from them. Furthermore, we demonstrate that the Atm protein exists as two discrete molecular species, and that loss of one or of both of these can lead to the development of the disease.'),
      plainArticle('10449794', 'Loss of the ataxia-telangiectasia gene product causes oxidative damage in target organs.', 'Ataxia-telangiectasia (A-T) is characterized by a markedly increased sensitivity to ionizing radiation, increased incidence of cancer, and neurodegeneration, especially of the cerebellar Purkinje cells. Ionizing radiation oxidizes macromolecules and causes tissue damage through the generation of reactive oxygen species (ROS). We therefore hypothesized that A-T is due to oxidative damage resulting from loss of function of the A-T gene product. To assess this hypothesis, we employed an animal model of A-T, the mouse with a disrupted Atm gene. We show that organs which develop pathologic changes in the Atm-deficient mice are targets of oxidative damage, and that cerebellar Purkinje cells are particularly affected.'),
    ];
    const answer = await composeAnswer('What is ataxia telangiectasia?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 2, snapshot: 'fixtures' }, maxPoints: 2 });
    expect(answer.direct?.text).toMatch(/^Ataxia-telangiectasia \(A-T\) is characterized by/);
  });
});

describe('composeAnswer on a question in lay words', () => {
  const filler = ' Patients were followed for two years after discharge from three hospitals in the region.'.repeat(8);
  const articles = [plainArticle('51', 'Myocardial infarction', `Chest pain and breathlessness were the commonest presenting symptoms of acute myocardial infarction.${filler}`)];
  const ask = (alternativesOf?: (phrase: string) => readonly string[] | undefined) =>
    composeAnswer('What are the symptoms of a heart attack?', {
      // Search finds the article under the medical name, as the concept lexicon makes it do.
      findEvidence: async () => articles.map((article) => ({ article, score: 1 })),
      corpus: { articles: 1, snapshot: 'fixtures' },
      ...(alternativesOf ? { alternativesOf } : {}),
    });

  it('hears the medical name of the reader\'s words in the evidence', async () => {
    const answer = await ask((phrase) => (phrase === 'heart attack' ? ['myocardial infarction'] : undefined));
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/presenting symptoms of acute myocardial infarction/);
  });

  it('finds nothing on the reader\'s words without the vocabulary', async () => {
    expect((await ask()).status).toBe('insufficient_evidence');
  });
});

describe('composeAnswer refusing evidence that covers the question only piecemeal', () => {
  it('names the question\'s subjects as it writes them', async () => {
    const articles = [
      plainArticle('53', 'Heart disease', 'Heart disease was a common cause of death in the cohort.'),
      plainArticle('54', 'Attack rates', 'Attack rates of influenza were high.'),
      plainArticle('55', 'Memory', 'Memory was tested with word lists.'),
      plainArticle('56', 'Weight loss', 'Weight loss was seen in older adults.'),
    ];
    const answer = await composeAnswer('Can a heart attack cause memory loss?', {
      findEvidence: async () => articles.map((article) => ({ article, score: 1 })),
      corpus: { articles: 4, snapshot: 'fixtures' },
    });
    expect(answer.evidenceSummary).toMatch(/covers heart attack and memory loss together\.$/);
  });
});

describe('composeAnswer on a causes question', () => {
  it('says the evidence is insufficient when full abstracts on the subject never say what causes it', async () => {
    const filler = ' Stone size and body mass index were recorded for every patient at the first visit.'.repeat(8);
    const articles = [plainArticle('57', 'Imaging kidney stones', `Digital tomosynthesis detected kidney stones as well as CT did.${filler}`)];
    const answer = await composeAnswer('What causes kidney stones?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.evidenceSummary).toBe('The article found on kidney stones does not say what causes it.');
  });
});

describe('composeAnswer on a symptoms question', () => {
  it('says the evidence is insufficient when full abstracts on the subject never say how it shows itself', async () => {
    const filler = ' The families were studied by linkage analysis with twelve markers in two laboratories.'.repeat(8);
    const articles = [plainArticle('52', 'Hemochromatosis: a registry of symptoms', `The hemochromatosis gene maps to chromosome 6p. Hemochromatosis alleles were typed in the families.${filler}`)];
    const answer = await composeAnswer('What are the symptoms of hemochromatosis?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.evidenceSummary).toBe('The article found on hemochromatosis does not say what its symptoms or signs are.');
  });

  it('answers from a sentence saying what the condition is characterized by, though it names no symptom word', async () => {
    const filler = ' The families were studied by linkage analysis with twelve markers in two laboratories.'.repeat(8);
    const articles = [
      plainArticle('58', 'WT1 mutations in Denys-Drash syndrome', `Denys-Drash syndrome is a rare childhood disease characterized by a nephropathy involving mesangial sclerosis, XY pseudohermaphroditism and Wilms tumor. WT1 mutations were found in the syndrome.${filler}`),
    ];
    const answer = await composeAnswer('What are the symptoms of Denys-Drash syndrome?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/characterized by a nephropathy/);
  });
});

describe('speaksOfTooLittle', () => {
  const filler = ' The study enrolled patients at two centres and followed them for several years with regular visits.'.repeat(8);
  const check = (question: string, article: Article) => {
    const plain = analyzeQuestion(question);
    const evidence = [{ article, score: 1 }];
    const { analysis, fits } = fitEvidence(plain, evidence);
    const passage = scorePassages(analysis, evidence)[0]!;
    return speaksOfTooLittle(subjectGroups(plain), evidence, fits, passage);
  };

  it('says why a full abstract that speaks of only one of the question\'s subjects is about something else', () => {
    expect(check('Is aspirin good for the heart?', plainArticle('9', 'Nasal polyps', `Aspirin intolerance was common in patients with nasal polyps.${filler}`))).toMatch(/speaks of aspirin but not of heart, so it answers another question/);
  });

  it('reads a run of subject words as one subject, so colorectal and cancer together count once', () => {
    expect(check('Does smoking increase the risk of colorectal cancer?', plainArticle('12', 'APC variant', `The APC variant is associated with an increased risk of colorectal cancer.${filler}`))).toMatch(/speaks of colorectal cancer but not of smoking/);
    expect(check('Does smoking increase the risk of colorectal cancer?', plainArticle('13', 'Smoking and the lung', `Smoking increased the risk of lung disease.${filler}`))).toMatch(/speaks of smoking but not of colorectal cancer/);
  });

  it('refuses a full abstract that does not speak of a question\'s only subject', () => {
    expect(check('How do I prevent post nasal drip?', plainArticle('14', 'Nasal fractures', `Closed reduction is a sufficient treatment for nasal fractures.${filler}`))).toBe(
      'The best article found does not speak of post nasal drip, so it answers another question.',
    );
  });

  it('lets a full abstract that speaks of two subjects, or a short record, answer', () => {
    expect(check('Is aspirin good for the heart?', plainArticle('10', 'Aspirin and the heart', `Aspirin lowered the risk of heart attack.${filler}`))).toBeNull();
    expect(check('Is aspirin good for the heart?', plainArticle('11', 'Nasal polyps', 'Aspirin intolerance was common in nasal polyps.'))).toBeNull();
  });
});

describe('composeAnswer direct answer that relates the question\'s subjects', () => {
  it('answers with the finding that links treatment and condition over one that names both and the study design', async () => {
    const articles = [
      article('8434621', 'Familial Mediterranean fever in the colchicine era: the fate of one family', 'In order to demonstrate the effect of prophylactic colchicine treatment on the natural history of familial Mediterranean fever (FMF), a family is presented with 6 out of 9 siblings affected by FMF. Each patient represents a different stage of the amyloidotic kidney disease of FMF and the effect of continuous colchicine treatment on its course.'),
      article('10364520', 'MEFV-gene analysis in Armenian patients with familial Mediterranean fever', 'Familial Mediterranean fever (FMF) is a recessively inherited disorder that is common in patients of Armenian ancestry. Renal amyloidosis, prevented by colchicine, is the most severe complication of FMF, a disorder associated with mutations in the MEFV gene. Mutational analysis in the FMF gene was performed using a commercial kit.'),
    ];
    const answer = await composeAnswer('Is familial Mediterranean fever treated with colchicine?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    const points = answer.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(answer.direct?.text).toMatch(/^Renal amyloidosis, prevented by colchicine/);
    expect(points.some((t) => /^In order to demonstrate|performed using a commercial kit/.test(t))).toBe(false);
  });

  it('answers a follow-up in a thread with a finding relating its own subject to the thread\'s topic', async () => {
    const articles = [
      article('8434621', 'Familial Mediterranean fever in the colchicine era: the fate of one family', 'Each patient represents a different stage of the amyloidotic kidney disease of FMF and the effect of continuous colchicine treatment on its course. Familial Mediterranean fever (FMF) is common in Armenians.'),
      article('10364520', 'MEFV-gene analysis in Armenian patients with familial Mediterranean fever', 'Familial Mediterranean fever (FMF) is a recessively inherited disorder that is common in patients of Armenian ancestry. Renal amyloidosis, prevented by colchicine, is the most severe complication of FMF, a disorder associated with mutations in the MEFV gene.'),
    ];
    const answer = await composeAnswer('What about colchicine? (familial Mediterranean fever)', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/^Renal amyloidosis, prevented by colchicine/);
  });

  it('sets compared subjects side by side without preferring a sentence that relates them', async () => {
    const articles = [
      article('1', 'WASP mutations', 'The Wiskott-Aldrich syndrome protein gene was found to be mutated in patients presenting with Wiskott-Aldrich syndrome and in patients showing X-linked thrombocytopenia.'),
      article('2', 'Wiskott-Aldrich syndrome', 'The Wiskott-Aldrich syndrome is an X-linked recessive disorder characterized by thrombocytopenia, small platelets and eczema.'),
    ];
    const answer = await composeAnswer('What is the difference between Wiskott-Aldrich syndrome and X-linked thrombocytopenia?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/found to be mutated/);
  });
});

describe('composeAnswer direct answer under a verdict', () => {
  it('opens a "no" with the sentence that says no, not with a better-scoring one that hopes for a treatment', async () => {
    const articles = [
      article('10633128', 'Friedreich ataxia: an overview.', 'Friedreich ataxia, an autosomal recessive neurodegenerative disease, is the most common of the inherited ataxias. The recent discovery of the gene that is mutated in this condition, FRDA, has led to rapid advances in the understanding of the pathogenesis of Friedreich ataxia. About 98% of mutant alleles have an expansion of a GAA trinucleotide repeat in intron 1 of the gene. Currently there is no known treatment that alters the natural course of the disease. The discovery of the FRDA gene and its possible function has raised hope that rational therapeutic strategies will be developed.'),
      article('10500204', 'Deficit of in vivo mitochondrial ATP production in patients with Friedreich ataxia.', 'Friedreich ataxia (FRDA), the most common of the inherited ataxias, is an autosomal recessive degenerative disorder. Here we report in vivo evidence of impaired mitochondrial respiration in skeletal muscle of FRDA patients. Our results show that FRDA is a nuclear-encoded mitochondrial disorder affecting oxidative phosphorylation and give a rationale for treatments aimed to improve mitochondrial function in this condition.'),
    ];
    const answer = await composeAnswer('Is there a cure for Friedreich ataxia?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.verdict).toBe('no');
    expect(answer.direct?.text).toMatch(/no known treatment that alters the natural course of the disease/);
    expect(answer.direct?.citations[0]?.pmid).toBe('10633128');
  });
});

describe('composeAnswer with a species the article abbreviates', () => {
  it('reads "S. stercoralis" as Strongyloides when choosing what answers a diagnosis question', async () => {
    const articles = [
      plainArticle('59', 'Strongyloides stercoralis diagnosed by real-time PCR in stool', 'Human infections with the helminth Strongyloides stercoralis range from carriage to fatal disease. Stool samples from 300 children were examined. The sensitivity of real-time PCR for detection of S. stercoralis was 76.8%, and of stool microscopy 37.5%. A combination of real-time PCR and stool microscopy shows high accuracy for S. stercoralis diagnosis.'),
    ];
    const answer = await composeAnswer('How is strongyloides diagnosed?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.direct?.text).toMatch(/S\. stercoralis/);
  });
});

describe('composeAnswer on a side-effects question', () => {
  const filler = ' Plasma concentrations were measured by high-performance liquid chromatography in all of the samples.'.repeat(8);
  it('says the evidence is insufficient when full abstracts on the drug never speak of its harms', async () => {
    const articles = [plainArticle('60', 'Colchicine in familial Mediterranean fever', `Renal amyloidosis, prevented by colchicine, is the most severe complication of FMF. The effect of colchicine on milk concentrations on either side was studied.${filler}`)];
    const answer = await composeAnswer('What are the side effects of colchicine?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.evidenceSummary).toBe('The article found on colchicine does not say what its side effects or harms are.');
  });

  it('opens with the sentence on its side effects when one says them', async () => {
    const articles = [plainArticle('61', 'Propranolol side effects in infants', `Propranolol was given to 109 infants with haemangioma. In all, 88 parents reported side effects of propranolol, mostly sleep disturbance and cold extremities, and two infants had adverse events needing a dose change.${filler}`)];
    const answer = await composeAnswer('What are the side effects of propranolol?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.direct?.text).toMatch(/reported side effects/);
  });
});

describe('composeAnswer direct answer to a question asking for a figure or a superlative', () => {
  it('answers "How common is X in Y?" with the results sentence giving the figure, not the conclusion without one', async () => {
    const articles = [
      article('1', 'Insomnia in patients with rheumatoid arthritis', 'Patients with rheumatoid arthritis have a clinically significant prevalence of insomnia and fatigue. Eighty consecutive patients of rheumatoid arthritis were studied in a tertiary care centre. The Insomnia Severity Index was used to screen for insomnia. In all, 52 (65.0%) subjects had insomnia. Quality of life was significantly worse in patients with rheumatoid arthritis with comorbid insomnia.'),
    ];
    const answer = await composeAnswer('How common is insomnia in people with rheumatoid arthritis?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/52 \(65\.0%\) subjects had insomnia/);
  });

  it('answers "What is the most important X?" with the sentence naming it, not a background sentence', async () => {
    const articles = [
      article('1', 'Necrotising soft tissue infection of the perineum', 'Necrotising soft tissue infection of the perineum is known to have an impact on morbidity and despite antibiotics and aggressive debridement, the mortality of necrotising soft tissue infection remains high. The records of 20 patients were reviewed. Of the 20 patients, 6 died. The delay from the onset of symptoms to the first debridement seems to be the most important prognostic factor for survival.'),
    ];
    const answer = await composeAnswer('What is the most important prognostic factor in necrotising soft tissue infection?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/the most important prognostic factor for survival/);
  });
});

describe('composeAnswer on how a condition is inherited', () => {
  it('opens with the sentence naming the mode of inheritance, not one on inherited deletions', async () => {
    const articles = [
      plainArticle('62', 'Inherited deletions in Duchenne muscular dystrophy', 'From the proportion of Duchenne muscular dystrophy patients who have inherited their maternal grandfather\'s X chromosome, the ratio of mutation rates can be calculated. Duchenne muscular dystrophy is an X-linked recessive disorder for which the biochemical defect is unknown. Deletions were found in 60% of the boys.'),
    ];
    const answer = await composeAnswer('How is Duchenne muscular dystrophy inherited?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.direct?.text).toMatch(/X-linked recessive disorder/);
  });
  it('answers whether it is inherited with that sentence too, not with one on a grandfather\'s X chromosome', async () => {
    const articles = [
      plainArticle('63', 'Mutation rates in Duchenne muscular dystrophy', 'From the proportion of Duchenne muscular dystrophy patients who have inherited their maternal grandfather\'s X chromosome, the ratio of mutation rates can be calculated. Duchenne muscular dystrophy is an X-linked recessive disorder for which the biochemical defect is unknown. Deletions were found in 60% of the boys.'),
    ];
    const answer = await composeAnswer('Is Duchenne muscular dystrophy inherited?', { findEvidence: fakeFindEvidence(articles), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.verdict).toBe('yes');
    expect(answer.direct?.text).toMatch(/X-linked recessive disorder/);
  });
});

describe('composeAnswer direct answer after a premise', () => {
  it('leads with the finding, not the sentence saying nothing was yet known', async () => {
    const articles = [
      article('1', 'A sodium channel mutation in paramyotonia of late onset', 'No linkage or molecular genetic data on the gene mutated are as yet available for late-onset paramyotonia, characterized by cold-induced stiffness and absence of weakness. We report a SCN4A Thr-704-Met substitution in a family with dominant inheritance previously diagnosed to have late-onset paramyotonia. The substitution lies in a conserved segment of the channel. Affected members showed cold-induced stiffness without weakness.'),
    ];
    const answer = await composeAnswer('Which gene is mutated in late-onset paramyotonia?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
    });
    expect(answer.direct?.text).toMatch(/We report a SCN4A/);
  });
});
