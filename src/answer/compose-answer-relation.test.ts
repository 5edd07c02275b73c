import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMIDs 26498039 and 10353787 of the shipped corpus: both name tuberous sclerosis, neither says how it is passed on.
const eeg = plainArticle('26498039', "Clinical Electroencephalographic Biomarker for Impending Epilepsy in Asymptomatic Tuberous Sclerosis Complex Infants.", "We assessed the clinical utility of routine electroencephalography (EEG) in the prediction of epilepsy onset in asymptomatic infants with tuberous sclerosis complex. This multicenter prospective observational study recruited infants younger than 7 months, seizure-free and on no antiepileptic drugs at enrollment, who all underwent serial physical examinations and video EEGs throughout the study. Parental education on seizure recognition was completed at the time of initial enrollment. Once seizure onset occurred, standard of care was applied, and subjects were followed up until 24 months. Forty patients were enrolled, 28 older than 12 months with completed EEG evaluation at the time of this interim analysis. Of those, 19 (67.8%) developed seizures. Epileptic spasms occurred in 10 (52.6%), focal seizures in five (26.3%), generalized tonic-clonic seizure in one (5.3%), and a combination of epileptic spasms and focal seizures in three (15.7%). Fourteen infants (73.6%) had the first emergence of epileptiform abnormalities on EEG at an average age 4.2 months, preceding seizure onset by a median of 1.9 months. Hypsarrhythmia or modified hypsarrhythmia was not found in any infant before onset of epileptic spasms. All children with epileptiform discharges subsequently developed epilepsy (100% positive predictive value), and the negative predictive value for not developing epilepsy after a normal EEG was 64%. Serial routine EEGs in infants with tuberous sclerosis complex is a feasible strategy to identify individuals at high risk for epilepsy. The most frequent clinical presentation was epileptic spasms followed by focal seizures, and then a combination of both seizure types.");
const mucosa = plainArticle('10353787', "Overgrowth of oral mucosa and facial skin, a novel feature of aspartylglucosaminuria.", "Aspartylglucosaminuria (AGU) is a lysosomal storage disorder caused by deficiency of aspartylglucosaminidase (AGA). The main symptom is progressive mental retardation. A spectrum of different mutations has been reported in this disease, one missense mutation (Cys163Ser) being responsible for the majority of Finnish cases. We were able to examine 66 Finnish AGU patients for changes in the oral mucosa and 44 of these for changes in facial skin. Biopsy specimens of 16 oral lesions, 12 of them associated with the teeth, plus two facial lesions were studied histologically. Immunohistochemical staining for AGA was performed on 15 oral specimens. Skin was seborrhoeic in adolescent and adult patients, with erythema of the facial skin already common in childhood. Of 44 patients, nine (20%) had facial angiofibromas, tumours primarily occurring in association with tuberous sclerosis. Oedemic buccal mucosa (leucoedema) and gingival overgrowths were more frequent in AGU patients than in controls (p < 0. 001). Of 16 oral mucosal lesions studied histologically, 15 represented fibroepithelial or epithelial hyperplasias and were reactive in nature. Cytoplasmic vacuolisation was evident in four. Immunohistochemically, expression of AGA in AGU patients mucosal lesions did not differ from that seen in corresponding lesions of normal subjects. Thus, the high frequency of mucosal overgrowth in AGU patients does not appear to be directly associated with lysosomal storage or with alterations in the level of AGA expression.");
const inOrder = { findEvidence: async () => [eeg, mucosa].map((article, i) => ({ article, score: 1 - i / 10 })), corpus: { articles: 1896, snapshot: 'test' } };

describe('composeAnswer on a yes/no question whose asked relation no sentence speaks of', () => {
  it('says the articles do not say whether it is inherited, instead of "uncertain" beside an EEG finding', async () => {
    const answer = await composeAnswer('Is tuberous sclerosis inherited?', inOrder);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/do not say whether it is inherited/);
    expect(answer.evidenceSummary).not.toMatch(/sclerosis inherited/);
  });

  it('names the relation the question asks, not another word of its kind in a name', async () => {
    const answer = await composeAnswer('Is hereditary tuberous sclerosis complex curable?', inOrder);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/not say whether it can be cured/);
  });

  it('still answers a yes/no question on what the sentences do speak of', async () => {
    const answer = await composeAnswer('Is epilepsy common in tuberous sclerosis complex?', inOrder);
    expect(answer.status).toBe('answered');
  });
});
