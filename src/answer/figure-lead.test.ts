import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { givesAskedFigure, statesAskedSuperlative } from './direct-fit.js';
import { askedQuantity, givesQuantity } from './asked-quantity.js';
import { figureLead, quotesPriorFigure } from './figure-lead.js';

type S = { pmid: string; section: string; index: number; text: string; coverage: number; score: number; aim?: boolean };
const s = (index: number, section: string, text: string, coverage: number, pmid = '1', aim = false): S => ({ pmid, section, index, text, coverage, score: coverage, aim });
const gives = (question: string) => {
  const analysis = analyzeQuestion(question);
  return (text: string) => givesAskedFigure(analysis, text);
};
const usable = () => true;

describe('figureLead', () => {
  it('leads with the study\'s own figure rather than its conclusion that the figure was higher than reported (PMID 9854965)', () => {
    const article = [
      s(0, 'ABSTRACT', 'To determine the prevalence and nature of global cognitive dysfunction and language deficits in an unselected population based cohort of patients with motor neuron disease (MND).', 0.7, '1', true),
      s(3, 'ABSTRACT', 'Major cognitive deficits were therefore found in five of the 18 patients (28%).', 0.13),
      s(5, 'ABSTRACT', 'The prevalence of cognitive impairment in MND in this population based study of an unselected cohort was higher than has been previously reported.', 1),
      s(6, 'ABSTRACT', 'Language deficits, especially anomia, may be relatively frequent in the MND population.', 0.74),
    ];
    const lead = figureLead(article[2], article, gives('How common is cognitive impairment in motor neurone disease?'), usable);
    expect(lead?.text).toMatch(/five of the 18 patients/);
  });

  it('leads with the results\' figure rather than one the background quotes from earlier studies (PMID 26702164)', () => {
    const article = [
      s(1, 'BACKGROUND', 'The prevalence of microalbuminuria in Singapore has been reported to be 36.0%-48.5%.', 0.5),
      s(7, 'RESULTS', 'The prevalence rates of micro- and macroalbuminuria were 14.2% and 5.7%, respectively.', 0.29),
      s(9, 'RESULTS', 'Diabetics with poorer diabetic control (OR 1.88, 95% CI 1.26-2.79), and higher systolic (OR 1.69, 95% CI 1.14-2.49) blood pressures were more likely to have albuminuria.', 0.38),
    ];
    const lead = figureLead(article[0], article, gives('What is the prevalence of microalbuminuria in type 2 diabetics seen in primary care in Singapore?'), usable);
    expect(lead?.text).toMatch(/14\.2%/);
  });

  it('works on sentences of our own making: a figure of the thing counted, not of something else', () => {
    const article = [
      s(2, 'ABSTRACT', 'Seizures were recorded in 41 of 120 children (34%), most often in those with spastic quadriplegia.', 0.3),
      s(3, 'ABSTRACT', 'Hip displacement was seen in 22% of the children.', 0.2),
      s(5, 'ABSTRACT', 'Epilepsy is a common companion of cerebral palsy and deserves screening at every visit.', 0.8),
    ];
    expect(figureLead(article[2], article, gives('How common are seizures in kids with cerebral palsy?'), usable)?.text).toMatch(/41 of 120/);
    // The hip figure counts something else: with only it there, the lead stays.
    const noSeizureFigure = [article[1] as S, article[2] as S];
    expect(figureLead(article[2], noSeizureFigure, gives('How common are seizures in kids with cerebral palsy?'), usable)).toBe(article[2]);
  });

  it('keeps a lead that gives the figure, and never takes one that may not lead or one of an article meeting less of the question', () => {
    const ask = gives('How common are seizures in kids with cerebral palsy?');
    const figure = s(4, 'RESULTS', 'Seizures occurred in 34% of the children.', 0.3);
    const conclusion = { ...s(6, 'CONCLUSIONS', 'Seizures are common in cerebral palsy.', 0.8), articleCoverage: 0.9 };
    const elsewhere = { ...s(4, 'RESULTS', 'Seizures occurred in 12% of the children.', 0.3, '2'), articleCoverage: 0.6 };
    expect(figureLead(figure, [figure, conclusion], ask, usable)).toBe(figure);
    expect(figureLead(conclusion, [conclusion, elsewhere], ask, usable)).toBe(conclusion);
    expect(figureLead(conclusion, [conclusion, figure], ask, () => false)).toBe(conclusion);
    expect(figureLead(conclusion, [conclusion, { ...figure, aim: true }], ask, usable)).toBe(conclusion);
    expect(figureLead(undefined, [figure], ask, usable)).toBeUndefined();
  });

  it('takes the figure of another article that meets at least as much of the question as the lead\'s (PMIDs 7316485, 2253938)', () => {
    const ask = gives('How common is G6PD deficiency in southern Italy?');
    const sporadic = { ...s(9, 'ABSTRACT', 'These and other variants reported in the literature, which must thus far be regarded as sporadic, are found to map in parts of Italy where common types of G6PD deficiency are also prevalent..', 0.73, '7316485'), articleCoverage: 0.73 };
    const survey = { ...s(4, 'ABSTRACT', 'The overall rate of G6PD deficiency was 2. 6%.', 0.4, '2253938'), articleCoverage: 0.89 };
    const heterogeneity = { ...s(8, 'ABSTRACT', 'These data provide further evidence for the marked genetic heterogeneity of G6PD deficiency within a relatively narrow geographic area.', 0.61, '2253938'), articleCoverage: 0.89 };
    expect(figureLead(sporadic, [sporadic, heterogeneity, survey], ask, usable)).toBe(survey);
  });
});

describe('figureLead for the first of its kind', () => {
  const first = (question: string) => {
    const analysis = analyzeQuestion(question);
    return (text: string) => statesAskedSuperlative(analysis, text);
  };

  it('leads with the sentence naming the commonest agent, not a remark on how the condition shows (PMID 26200786)', () => {
    const article = [
      s(2, 'ABSTRACT', 'Dermatophytosis in individuals with human immunodeficiency virus infection seems to manifest with atypical, multiple, or extensive lesions more frequently.', 0.61),
      s(6, 'ABSTRACT', 'Regarding the agent, Trichophyton rubrum was the most commonly isolated.', 0.1),
    ];
    const lead = figureLead(article[0], article, first('Which fungus is most often isolated from ringworm (dermatophytosis) lesions in people living with HIV?'), usable);
    expect(lead?.text).toMatch(/Trichophyton rubrum/);
  });

  it('leads with the study\'s own finding of the main mutation, not the share its opening quotes from earlier reports (PMID 10194428)', () => {
    const article = [0, 1, 2, 3, 4, 5].map((i) => s(i, 'ABSTRACT', 'x', 0));
    const prior = s(1, 'ABSTRACT', 'Two missense mutations have been described C282Y, accounting for 80% to 90% of HH chromosomes, and H63D, which is associated with a milder form of the disease representing 40% to 70% of non-C282Y HH chromosomes.', 0.6);
    const own = s(5, 'ABSTRACT', 'The results confirm that the C282Y substitution was the main mutation involved in hemochromatosis, accounting for 85% of carrier chromosomes.', 0.5);
    const lead = figureLead(prior, [...article, prior, own], first('Which HFE mutation accounts for most hereditary haemochromatosis chromosomes?'), usable);
    expect(lead).toBe(own);
  });

  it('works on sentences of our own making', () => {
    const article = [
      s(1, 'ABSTRACT', 'Knee pain in runners is often put down to overuse.', 0.5),
      s(4, 'ABSTRACT', 'Patellofemoral pain syndrome was the most common diagnosis, in 41% of the injured runners.', 0.2),
    ];
    expect(figureLead(article[0], article, first('What is the most common diagnosis in runners with knee pain?'), usable)?.text).toMatch(/Patellofemoral/);
  });
});

describe('figureLead for a question that does not say plainly what it counts (ownOnly)', () => {
  const kind = (question: string) => {
    const analysis = analyzeQuestion(question);
    const quantity = askedQuantity(analysis);
    return (text: string) => (quantity !== undefined && givesQuantity(quantity, analysis.question, text)) || givesAskedFigure(analysis, text);
  };

  it('leads "How likely is he to be alive in 5 years?" with its article\'s survival figure, not its conclusion (PMID 28407529)', () => {
    const article = [
      s(2, 'ABSTRACT', 'After a mean follow-up of 30.1 months, there was no difference in survival from CLM diagnosis (median, 3-, and 5-year overall survival [OS]: 58.6 months, 76% and 49% in group 2 versus 58.9 months, 71% and 49% in group 1, respectively, P = 0.32).', 0.3),
      s(7, 'ABSTRACT', 'CLM resection following second-line PCT, after oncosurgically favourable selection, could bring similar OS compared to what observed after first-line.', 0.6),
    ];
    const question = 'My husband needed second-line chemo before they could cut out his bowel cancer liver mets. How likely is he to be alive in 5 years?';
    expect(figureLead(article[1], article, kind(question), usable, true)?.text).toMatch(/49%/);
  });

  it('leads "How much protection did the vaccines give?" with the estimate in figures (PMID 26116785)', () => {
    const article = [
      s(2, 'ABSTRACT', 'Therefore, CatL1 is a plausible target for vaccination against this parasite.', 0.5),
      s(6, 'ABSTRACT', 'The level of protection of rproFgCatL1 and rmatFgCatL1 vaccines was estimated to be 39.1, 41.7% and 44.9, 47.2% when compared with non vaccinated-infected and adjuvant-infected controls, respectively.', 0.2),
    ];
    expect(figureLead(article[0], article, kind('How much protection against liver fluke did the cathepsin L1 vaccines give in mice?'), usable, true)?.text).toMatch(/39\.1/);
  });

  it('works on sentences of our own making: keeps a lead that gives the figure, takes no other article\'s figure, nor one naming nothing asked', () => {
    const question = 'How likely am I to need a second operation after a hip replacement?';
    const gives = kind(question);
    const giving = [s(1, 'ABSTRACT', 'A second operation was needed in 12% of hip replacements within ten years.', 0.6), s(2, 'ABSTRACT', 'Revision was more common in younger patients, 18% of whom needed one.', 0.4)];
    expect(figureLead(giving[0], giving, gives, usable, true)).toBe(giving[0]);
    const lead = s(3, 'ABSTRACT', 'Hip replacement is a durable operation for most people.', 0.7);
    const others = [lead, s(4, 'ABSTRACT', 'A second operation was needed in 9% of hip replacements.', 0.8, '2')];
    expect(figureLead(lead, others, gives, usable, true)).toBe(lead);
    const nothingAsked = [lead, s(5, 'ABSTRACT', 'Of the 400 people, 61% were women.', 0)];
    expect(figureLead(lead, nothingAsked, gives, usable, true)).toBe(lead);
    expect(figureLead(lead, others, gives, usable)?.text).toMatch(/9%/);
  });
});

describe('quotesPriorFigure', () => {
  const article = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => s(i, 'ABSTRACT', 'x', 0));
  it('reads a figure the opening quotes from earlier work, or any background sentence, as the premise', () => {
    expect(quotesPriorFigure(s(1, 'ABSTRACT', 'The incidence of post-operative delirium has been estimated at 15% to 50% in older surgical patients.', 0.4), article)).toBe(true);
    expect(quotesPriorFigure(s(1, 'ABSTRACT', 'Previous studies put the rate of wound infection after hernia repair at 4%.', 0.4), article)).toBe(true);
    expect(quotesPriorFigure(s(1, 'BACKGROUND', 'Microalbuminuria affects 40% of people with diabetes.', 0.4), [])).toBe(true);
  });

  it('reads the study\'s own figure, and any figure of its conclusion, as a finding', () => {
    expect(quotesPriorFigure(s(5, 'ABSTRACT', 'Post-operative delirium was found in 31 of 204 patients (15%).', 0.4), article)).toBe(false);
    expect(quotesPriorFigure(s(1, 'ABSTRACT', 'Post-operative delirium occurred in 31 of 204 patients (15%).', 0.4), article)).toBe(false);
    expect(quotesPriorFigure(s(7, 'CONCLUSIONS', 'The rate of 4% reported in previous studies was confirmed.', 0.4), article)).toBe(false);
  });
});
