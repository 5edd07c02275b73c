import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './unresolved-reference.js';

// SCOWL sizes (clinq's general-English list) of the everyday words these questions use; the rest are rarer.
const EVERYDAY = new Set(['side', 'effects', 'take', 'pain', 'reaction', 'allergic', 'feeding', 'tube', 'insertion', 'timing']);
const everyday = (word: string) => EVERYDAY.has(word);

describe('unresolvedReference', () => {
  // Patient questions from K-QA, asked in a conversation with a doctor.
  it.each([
    ['Is it contagious?', 'it'],
    ['What does this medication do?', 'this medication'],
    ['Are there any side effects of this medication?', 'this medication'],
    ['Is that acyclovir?', 'that'],
    ['If it is viral what virus would it be?', 'it'],
    ['Do you believe this will resolve without medication/ antibiotics?', 'this will'],
    ['What could those spots in my throat be?', 'those spots'],
    ['When you said its not an Ascending infection, does that mean its a descending infection?', 'its'],
    ['Could it be a kidney infection?', 'it'],
  ])('finds what "%s" points at without naming it', (question, pointer) => {
    expect(unresolvedReference(question, everyday)).toBe(pointer);
  });

  it.each([
    // "it" that stands for nothing ("is it possible to", "how long does it take").
    'Is it possible to get antibiotics?',
    'Is it safe to breastfeed while taking colchicine?',
    'How long does it take for a sprained ankle to heal?',
    // What it stands for comes before it.
    'Does feeding tube insertion and its timing improve survival?',
    '"Would a man smell a rose then throw it away?',
    'Should patients using inhaled glucocorticoids for asthma or COPD be advised to stop these medications to prevent COVID-19?',
    // A sentence or a title before the question names it (BioASQ, PubMedQA).
    'Histone acetyltransferases (HATs) transfer acetyl groups from acetyl CoA to lysine residues on histones. What is the purpose of this transfer?',
    'Cutaneous melanoma in a multiethnic population: is this a different disease?',
    // The words after the demonstrative name the thing; a time word is an idiom.
    'Do you recommend anything to avoid these migraines?',
    'Is this tinea capitis contagious',
    'Is it better to exercise in the morning these days?',
    // "that" as a conjunction.
    'Is it true that statins cause memory loss?',
    // A contraction typed for "Is", followed by the name (PubMedQA).
    "It's Fournier's gangrene still dangerous?",
    // A follow-up asked in a thread carries its topic in brackets.
    'What does this medication do? (gout colchicine)',
  ])('finds nothing unnamed in "%s"', (question) => {
    expect(unresolvedReference(question, everyday)).toBeNull();
  });

  it('hears a demonstrative before a kind noun as pointing, however rare the noun', () => {
    expect(unresolvedReference('Will this antibiotic affect my birth control?', () => false)).toBe('this antibiotic');
  });
});

describe('composeAnswer on a question that points at something it does not name', () => {
  it('asks for the name instead of answering from articles that share its other words', async () => {
    const { composeAnswer } = await import('./compose-answer.js');
    const { roboticHepatectomy } = await import('./fixtures/hand-question-articles.js');
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
    const { composeAnswer } = await import('./compose-answer.js');
    const { plainArticle } = await import('./fixtures/plain-article.js');
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
