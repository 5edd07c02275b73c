import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fmfArmenian, roboticHepatectomy } from './fixtures/hand-question-articles.js';
import { plainArticle } from './fixtures/plain-article.js';

// Patient questions as readers type them (K-QA), on real records of clinq's shipped corpus.
const EVERYDAY = new Set(['side', 'effects', 'take', 'pain', 'reaction', 'allergic']);

describe('composeAnswer on a question that points at something it does not name', () => {
  it('asks for the name instead of answering from articles that share its other words', async () => {
    let searched = false;
    const answer = await composeAnswer('Are there any side effects of this medication?', {
      findEvidence: async () => {
        searched = true;
        return [{ article: roboticHepatectomy, score: 1 }];
      },
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: (word) => (EVERYDAY.has(word) ? 10 : 50),
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('"this medication"');
    expect(searched).toBe(false);
  });
});

describe('composeAnswer when the best sentence names none of what is asked', () => {
  it('says no sentence speaks of the subject rather than answer from shared wording', async () => {
    // PMID 26702295 of the shipped corpus: it speaks of water, but its last sentence only of helping.
    const handwashing = plainArticle('26702295', "Soap is not enough: handwashing practices and knowledge in refugee camps, Maban County, South Sudan.", "Refugees are at high risk for communicable diseases due to overcrowding and poor water, sanitation, and hygiene conditions. Handwashing with soap removes pathogens from hands and reduces disease risk. A hepatitis E outbreak in the refugee camps of Maban County, South Sudan in 2012 prompted increased hygiene promotion and improved provision of soap, handwashing stations, and latrines. We conducted a study 1 year after the outbreak to assess the knowledge, attitudes, and practices of the refugees in Maban County. We conducted a cross sectional survey of female heads of households in three refugee camps in Maban County. We performed structured observations on a subset of households to directly observe their handwashing practices at times of possible pathogen transmission. Of the 600 households interviewed, nearly all had soap available and 91 % reported water was available \"always\" or \"sometimes\". Exposure to handwashing promotion was reported by 85 % of the respondents. Rinsing hands with water alone was more commonly observed than handwashing with soap at critical handwashing times including \"before eating\" (80 % rinsing vs. 7 % washing with soap) and \"before preparing/cooking food\" (72.3 % vs 23 %). After toilet use, 46 % were observed to wash hands with soap and an additional 38 % rinsed with water alone. Despite intensive messaging regarding handwashing with soap and access to soap and water, rinsing hands with water alone rather than washing hands with soap remains more common among the refugees in Maban County. This practice puts them at continued risk for communicable disease transmission. Qualitative research into local beliefs and more effective messaging may help future programs tailor handwashing interventions.");
    const answer = await composeAnswer('Will increasing my water help any?', {
      findEvidence: async () => [{ article: handwashing, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: () => 10,
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('speaks of water');
  });
});

describe('composeAnswer on a reader asking what to take for a complaint', () => {
  it('says the article found does not tell what treats it, rather than quote what it says of the complaint', async () => {
    // PMID 16100194 of the shipped corpus: a survey of what parents know about whooping cough.
    const pertussis = plainArticle('16100194', "Are physicians aware of the side effects of angiotensin-converting enzyme inhibitors?", "Angiotensin-converting enzyme inhibitors (ACE-I) are considered safe, but they are associated with characteristic side effects, namely cough and angioedema, usually requiring discontinuation. We perceived that referrals for these side effects have become more and more frequent; therefore, we evaluated the degree of knowledge on the safety of ACE-I in different medical categories. A questionnaire (13 questions) on side effects of ACE-I was posted to physicians. Everyday clinical practice. Cardiologists, allergists, and general practitioners (GPs) from the National Healthcare System. Three hundred twelve physicians were contacted, and 154 returned questionnaires that could be analyzed. Of the 154 physicians (mean age, 45 years) 48 were cardiologists, 52 were GPs, and 54 were allergists. The percentage of correct answers was low: 31.9% for cardiologists, 40% for GPs, and 33% for allergists. Thus, GPs provided a significantly higher percentage of correct answers with respect to the remaining categories (p = 0.05). The lower rate of correct answers (0 to 15.9%) concerned the time of onset of cough and the action to take. Cardiologists seemed to be less aware of the fact that angiotensin receptor blockers (sartans) can cross-react with ACE-I. Overall, there was a poor knowledge of the side effects of ACE-I. This may account for the increased referrals for chronic cough and angioedema.");
    const answer = await composeAnswer('What can I take for the cough?', {
      findEvidence: async () => [{ article: pertussis, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: (word) => (word === 'cough' ? 35 : 10),
    });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('does not say what treats or relieves it');
  });
});

describe('composeAnswer on a follow-up asked in a thread', () => {
  // PMID 26784147 of the shipped corpus: what gout patients know of their urate goal; it never names colchicine,
  // which the next article (familial Mediterranean fever) does.
  const goutKnowledge = plainArticle('26784147', "Target Serum Urate: Do Gout Patients Know Their Goal?", "To examine gout patients' knowledge of their condition, including the central role of achieving and maintaining the serum urate (SU) goal with the use of urate-lowering therapy (ULT). This study of 612 gout patients was conducted at a Veterans Affairs medical center. Gout patients were included based on administrative diagnostic codes and receipt of at least 1 allopurinol prescription over a 1-year period. Questionnaires were mailed to patients and linked to medical records data. The questionnaire included gout-specific knowledge questions, the Patient Activation Measure, and self-reported health outcomes. Knowledge was assessed descriptively. Multivariable logistic regression was used to determine predictors of SU goal knowledge. Associations of knowledge with health outcomes were examined in exploratory analyses. The questionnaire had a 62% response rate. Only 14% of patients knew their SU goal, while the majority answered correctly for the other 5 gout-specific knowledge questions. In adjusted analyses, having a rheumatologist as initial prescriber (odds ratio [OR] 3.0 [95% confidence interval (95% CI) 1.4-6.2]) and knowing all of the other 5 gout-specific knowledge questions (OR 2.1 [95% CI 1.3-3.4]) were associated with greater odds of knowing the SU goal. SU goal knowledge was associated with self-reported global health status, but not with self-reported health-related quality of life or gout-specific health status. There is a knowledge deficit regarding the SU treatment goal among gout patients receiving ULT, despite generally high levels of other gout-specific knowledge. SU goal information may be an important and underutilized concept among providers treating gout patients.");
  const ask = (question: string) =>
    composeAnswer(question, {
      findEvidence: async () => [{ article: goutKnowledge, score: 1 }, { article: fmfArmenian, score: 0.5 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: () => 50,
    });

  it('does not answer "What about colchicine?" with what its article says of gout alone', async () => {
    const answer = await ask('What about colchicine? (gout)');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('speaks of colchicine');
  });

  it('answers the same topic when the follow-up asks about what the article does say', async () => {
    const answer = await ask('What about the urate goal? (gout)');
    expect(answer.status).toBe('answered');
  });
});

describe('composeAnswer on a follow-up asking how the thread\'s condition is inherited', () => {
  it('answers with the sentence naming the mode, which speaks of inheriting without the word', async () => {
    // PMID 8188241 of the shipped corpus.
    const aku = plainArticle('8188241', 'The human gene for alkaptonuria (AKU) maps to chromosome 3q.', 'Alkaptonuria (AKU; McKusick no. 203500) is a rare autosomal recessive disorder caused by the lack of homogentisic acid oxidase activity. Patients excrete large amounts of homogentisic acid in their urine and a black ochronotic pigment is deposited in their cartilage and collagenous tissues. Ochronosis is the predominant clinical complication of the disease leading to ochronotic arthropathy, dark urine, pigment changes of the skin, and other clinical features. A mutation causing alkaptonuria in the mouse has mapped to chromosome 16. Considering conserved synteny, we were able to map the human gene to chromosome 3q in six alkaptonuria pedigrees of Slovak origin.');
    const answer = await composeAnswer('How is it inherited? (alkaptonuria)', {
      findEvidence: async () => [{ article: aku, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: (w) => (w === 'inherited' ? 10 : w === 'alkaptonuria' ? undefined : 50),
      isNamedConcept: (w) => w.toLowerCase() === 'alkaptonuria',
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/autosomal recessive/);
  });
});

describe('composeAnswer on a story that ends asking what the named condition is', () => {
  it('answers what the condition is, not the story around it', async () => {
    // PMID 1968617 of the shipped corpus.
    const pku = plainArticle('1968617', 'A single origin of phenylketonuria in Yemenite Jews.', 'Phenylketonuria (PKU) is a metabolic disease caused by recessive mutations of the gene encoding the hepatic enzyme phenylalanine hydroxylase (PAH). The incidence of PKU varies widely across different geographic areas, and is highest (about 1 in 5, 000 live births) in Ireland and western Scotland, and among Yemenite Jews. A limited number of point mutations account for most of the PKU cases in the European population. Here we report that a single molecular defect--a deletion spanning the third exon of the PAH gene--is responsible for all the PKU cases among the Yemenite Jews.');
    const question = 'my baby was just diagnosed with phenylketonuria at the hospital yesterday, what is that';
    const answer = await composeAnswer(question, {
      findEvidence: async () => [{ article: pku, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: (w) => (w === 'phenylketonuria' ? undefined : ['baby', 'hospital', 'yesterday', 'diagnosed', 'just'].includes(w) ? 10 : 50),
      isNamedConcept: (w) => w.toLowerCase() === 'phenylketonuria',
    });
    expect(answer.status).toBe('answered');
    expect(answer.question).toBe(question);
    expect(answer.direct?.text).toMatch(/^Phenylketonuria \(PKU\) is a metabolic disease/);
  });
});

describe('composeAnswer on a reader\'s story in everyday words', () => {
  it('does not hold the article to the reader\'s commonest wording ("want to do", "go wrong")', async () => {
    // PMID 26432132 of the shipped corpus (abstract shortened; its last sentence adapted to name keratoconus: the abstract
    // names it only in its title and aim, and this test passed on the real one only because Porter's "kerat" of
    // "keratitis" matched "keratoconus", which the answer stage no longer reads as one word. A finding naming a subject
    // only its title names is refused: see the decision note, Round 25 (stem2)).
    const cxl = plainArticle('26432132', 'Mechanical epithelial removal followed by corneal collagen crosslinking in progressive keratoconus: short-term complications.', 'To compare the complications occurring within the first 3 months of corneal collagen crosslinking (CXL) performed with mechanical or transepithelial phototherapeutic keratectomy (PTK) epithelial removal in keratoconus patients. Eyes of consecutive progressive keratoconus patients who had PTK or mechanical epithelial removal followed by CXL were included. Delayed epithelial healing occurred in 15.0% of eyes in Group 1 and 3.5% of eyes in Group 2 (P = .001). Salzmann-like epithelial nodules (2.6%), epithelial herpetic keratitis (1.9%), anterior uveitis (1.9%), and elevated intraocular pressure (1.9%) occurred in Group 1 only and infective keratitis (0.8%) in Group 2 only. In keratoconus, transepithelial PTK followed by CXL had more complications than mechanical epithelial removal in the short term.');
    const common = new Set(['want', 'do', 'go', 'wrong', 'can', 'they']);
    const frequencies = new Map([['want', 3], ['crosslink', 4], ['keratoconu', 3], ['go', 9], ['wrong', 3]]);
    const answer = await composeAnswer('they want to do crosslinking for my keratoconus, what can go wrong?', {
      findEvidence: async () => [{ article: cxl, score: 1 }],
      corpus: { articles: 1896, snapshot: 'test' },
      englishLevel: (w) => (common.has(w) ? 10 : w === 'keratoconus' || w === 'crosslinking' ? undefined : 50),
      isNamedConcept: (w) => ['keratoconus', 'crosslinking'].includes(w.toLowerCase()),
      documentFrequencies: async (stems) => new Map(stems.map((s) => [s, frequencies.get(s) ?? 0])),
    });
    expect(answer.status).toBe('answered');
  });
});
