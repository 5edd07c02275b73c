import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

/** An article of the shipped corpus with its labelled abstract sections. */
function sectioned(pmid: string, title: string, sections: [string | null, string | null, string][]): Article {
  return {
    pmid, version: 1, title, abstract: sections.map((s) => s[2]).join(' '),
    abstractSections: sections.map(([label, category, text]) => ({ label, category, text })) as Article['abstractSections'],
    journal: { title: 'J', isoAbbreviation: null }, year: 2015, authors: [], languages: ['eng'],
    publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
  };
}

const ask = async (question: string, articles: Article[]) =>
  composeAnswer(question, { findEvidence: fakeFindEvidence(articles), corpus: { articles: articles.length, snapshot: 'fixtures' } });

// Real abstracts of the shipped corpus; the questions ask for a figure of one kind (asked-quantity).
describe('composeAnswer leads with the figure of the kind asked', () => {
  it('answers "what dose" with the methods sentence giving the dose, not refusing', async () => {
    const answer = await ask('What dose of melatonin was given before wisdom teeth extraction?', [
  sectioned("26702161", "Melatonin premedication versus placebo in wisdom teeth extraction: a randomised controlled trial.", [["INTRODUCTION", "BACKGROUND", "Pain after wisdom teeth surgery can be moderate in severity and is compounded by preoperative anxiety in young patients. We studied the effect of melatonin premedication on postoperative pain and preoperative anxiety in patients undergoing wisdom teeth extractions."], ["METHODS", "METHODS", "This randomised controlled trial recruited 76 patients at Khoo Teck Puat Hospital who were American Society of Anesthesiologists physical status I and II, aged 21 to 65 and scheduled to undergo elective extraction of all four wisdom teeth under general anaesthesia. Patients with a history of long-term use or allergy to melatonin were excluded. The patients received either 6 mg melatonin or a placebo 90 minutes before surgery. Visual analogue scale (VAS) scores at multiple time intervals for postoperative pain and preoperative anxiety, patient satisfaction and first-night sleep quality scores were obtained. Mixed-effects regression models were used for longitudinal analysis of VAS pain, anxiety and satisfaction scores."], ["RESULTS", "RESULTS", "Maximum VAS scores for pain and anxiety were 18.6 ± 19.1 mm at 60 minutes postoperatively and 26.2 ± 23.4 mm at 90 minutes preoperatively, respectively. After adjusting for gender, female patients who received melatonin had a faster rate of reduction of VAS pain (p = 0.020) and anxiety scores (p = 0.003) over time compared to the placebo group. No such effect was demonstrated in male patients. There was no significant difference in sleep quality or satisfaction scores."], ["CONCLUSION", "CONCLUSIONS", "Melatonin use did not consistently contribute to pain and anxiety amelioration in all patients. Our study demonstrated a positive effect in female patients, suggestive of sexual dimorphism."]]),
    ]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/6 mg melatonin/);
  });

  it('answers "how much does X improve" with the sentence giving the improvement as a figure', async () => {
    const answer = await ask("How much does subthalamic nucleus deep brain stimulation improve Parkinson's disease?", [
  sectioned("25345997", "Subthalamic nucleus deep brain stimulation for Parkinson's disease: evidence for effectiveness and limitations from 12 years' experience.", [["OBJECTIVE", "OBJECTIVE", "To present the result and experience of subthalamic nucleus deep brain stimulation for Parkinson's disease."], ["DESIGN", "METHODS", "Case series."], ["SETTING", "METHODS", "Prince of Wales Hospital, Hong Kong."], ["PATIENTS", "METHODS", "A cohort of patients with Parkinson's disease received subthalamic nucleus deep brain stimulation from September 1998 to January 2010. Patient assessment data before and after the operation were collected prospectively."], ["RESULTS", "RESULTS", "Forty-one patients (21 male and 20 female) with Parkinson's disease underwent bilateral subthalamic nucleus deep brain stimulation and were followed up for a median interval of 12 months. For the whole group, the mean improvements of Unified Parkinson's Disease Rating Scale (UPDRS) parts II and III were 32.5% and 31.5%, respectively (P<0.001). Throughout the years, a multidisciplinary team was gradually built. The deep brain stimulation protocol evolved and was substantiated by updated patient selection criteria and outcome assessment, integrated imaging and neurophysiological targeting, refinement of surgical technique as well as the accumulation of experience in deep brain stimulation programming. Most of the structural improvement occurred before mid-2005. Patients receiving the operation before June 2005 (19 cases) and after (22 cases) were compared; the improvements in UPDRS part III were 13.2% and 55.2%, respectively (P<0.001). There were three operative complications (one lead migration, one cerebral haematoma, and one infection) in the group operated on before 2005. There was no operative mortality."], ["CONCLUSIONS", "CONCLUSIONS", "The functional state of Parkinson's disease patients with motor disabilities refractory to best medical treatment improved significantly after subthalamic nucleus deep brain stimulation. A dedicated multidisciplinary team building, refined protocol for patient selection and assessment, improvement of targeting methods, meticulous surgical technique, and experience in programming are the key factors contributing to the improved outcome."]]),
    ]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/32\.5% and 31\.5%/);
  });

  it('answers a choice between two alternatives with the sentence giving a figure for each', async () => {
    const answer = await ask('When does late haemorrhage after tonsillectomy occur, night-time or day-time?', [
  sectioned("19230985", "Post-tonsillectomy late haemorrhage: is it a preferably night-time event?", [["STUDY DESIGN AND SETTING", null, "This retrospective study was carried out in the Ear Nose Throat (ENT) Unit of Giannina Gaslini Institute, Genoa, Italy on children operated for adenotonsillectomy (AT) or tonsillectomy (T) between January 2003 and February 2008. We considered in the study all the post-tonsillectomy late haemorrhages irrespective of their severity and for each case we evaluated whether they recurred in the day-time (B) (between 9.00 a.m. and 9.00 p.m.) or in the night-time (A) (between 9.00 p.m. and 9.00 a.m.). Finally we considered the number of haemorrhages per hour in the whole day."], ["RESULTS", "RESULTS", "Out of 3306 patients undergoing elective adenotonsillectomy or tonsillectomy, post-operative late haemorrhage occurred in 59 (1.78%). We noted that 42 episodes (71.2%) occurred in the night-time and 17 (28.8%) in the day-time. The average time from the operation was 8.4 days. A statistically significant difference (p=0.002) was found when comparing the frequencies of night-time and day-time haemorrhages. We did not observe any significant difference in the distribution per hour of the haemorrhages."], ["CONCLUSIONS", "CONCLUSIONS", "The incidence of post-tonsillectomy late haemorrhage in our study population was 1.78%. A statistically significant difference was found between night-time and day-time haemorrhages. Even though no significant distribution of haemorrhages per hour was observed, we underline that we recorded 32 (54.2%) events in 2 periods of the day: from 10 p.m. to 1 a.m. and from 6 to 9 a.m."]]),
    ]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/42 episodes \(71\.2%\)/);
  });

  it('answers "how long" with the sentence giving a span of time, and does not look for "long"', async () => {
    const answer = await ask('How long were patients followed up after ibuprofen for cardiac surgery pain?', [
  sectioned("26702342", "Ibuprofen - a Safe Analgesic During Cardiac Surgery Recovery? A Randomized Controlled Trial.", [["INTRODUCTION", "BACKGROUND", "Postoperative pain-management with non-steroid anti-inflammatory drugs has been controversial, due to related side-effects. We investigated whether there was a significant difference between an oxycodone-based pain-management regimen versus a slow-release ibuprofen based regimen, in a short term post-cardiac surgery setting. Particular attention was given to the rate of myocardial infarction, sternal healing, gastro-intestinal complications, renal failure and all-cause mortality."], ["METHODS", "METHODS", "This was a single-centre, open label parallel design randomised controlled study. Patients, who were undergoing cardiac surgery for the first time, were randomly allocated either to a regimen of slow-release oxycodone (10 mg twice daily) or slow-release ibuprofen (800 mg twice daily) combined with lansoprazole. Data relating to blood-tests, angiographies, surgical details and administered medicine were obtained from patient records. The follow-up period was 1 to 37 months (median 25 months)."], ["RESULTS", "RESULTS", "One hundred eighty-two patients were included in the trial and available for intention to treat analysis. There were no significant difference between the groups (P>0.05) in the rates of sternal healing, postoperative myocardial infarction or gastrointestinal bleeding. The preoperative levels of creatinine were found to increase by 100% in nine patients (9.6%) in the ibuprofen group, resulting in an acute renal injury (in accordance with the RIFLE-criteria). Eight of these patients returned to normal renal function within 14 days. The levels of creatinine in patients in the oxycodone group were not found to increase to the same magnitude."], ["CONCLUSION", "CONCLUSIONS", "The results of this study suggest that patients treated postoperatively, following cardiac surgery, are at no greater risk of harm if short term slow release ibuprofen combined with lansoprazole treatment is used when compared to an oxycodone based regimen. Renal function should, however, be closely monitored and in the event of any decrease in renal function ibuprofen must be discontinued."]]),
    ]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/1 to 37 months/);
  });
});

describe('composeAnswer answers "How good is test X at picking up Y?" with the detection rate', () => {
  const ctScan = sectioned('17890090', 'Can computerised tomography replace bone scintigraphy in detecting bone metastases from breast cancer?', [
    ['BACKGROUND', 'BACKGROUND', 'The aim of this study was to determine whether bone scans (BS) can be avoided if pelvis was included in CT thorax and abdomen to detect bony metastases from breast cancer.'],
    ['MATERIALS AND METHODS', 'METHODS', 'Results of 77 pairs of CT (thorax, abdomen, and pelvis) and BS in newly diagnosed patients with metastatic breast cancer (MBC) were compared prospectively for 12 months. Both scans were blindly assessed by experienced radiologists and discussed at multidisciplinary team meetings regarding the diagnosis of bone metastases.'],
    ['RESULTS', 'RESULTS', 'CT detected metastatic bone lesions in 43 (98%) of 44 patients with bone metastases. The remaining patient had a solitary, asymptomatic bony metastasis in shaft of femur. BS was positive in all patients with bone metastases. There were 11 cases of false positive findings on BS.'],
    ['CONCLUSIONS', 'CONCLUSIONS', 'Our findings suggest routine BS of patients presenting with MBC is not required if CT (thorax, abdomen, and pelvis) is performed.'],
  ]);

  it('leads with the share of cases the test found, not the conclusion drawn from it (a shipped-corpus abstract)', async () => {
    const answer = await ask('How good is a staging CT of chest, abdomen and pelvis at picking up bone mets in newly diagnosed metastatic breast cancer?', [ctScan]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/43 \(98%\) of 44/);
  });

  it('does so for a question and an abstract of our own making', async () => {
    const gallstones = sectioned('90000001', 'Ultrasound for gallstones in pregnancy.', [
      ['BACKGROUND', 'BACKGROUND', 'Gallstones are common in pregnancy and imaging choices are limited.'],
      ['METHODS', 'METHODS', 'We reviewed 120 pregnant women with right upper quadrant pain who had ultrasound before cholecystectomy.'],
      ['RESULTS', 'RESULTS', 'Ultrasound detected gallstones in 45 (96%) of 47 women with gallstones at surgery. Gallbladder wall thickening was seen in 18 women.'],
      ['CONCLUSIONS', 'CONCLUSIONS', 'Ultrasound should remain the first imaging test for gallstones in pregnant women, with MRI kept for the few it does not pick up.'],
    ]);
    const answer = await ask('How good is ultrasound at picking up gallstones in pregnant women?', [gallstones]);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/45 \(96%\) of 47/);
  });
});

describe('composeAnswer gives a verdict on a group only from an article on that group', () => {
  it('does not answer "safe in pregnancy" from an article on nursing mothers (population.ts)', async () => {
    const nursing = plainArticle("8670333", "Colchicine in breast milk of patients with familial Mediterranean fever.", "OBJECTIVE. To clarify whether colchicine is excreted in breast milk, and to compare its concentrations in the serum and breast milk of lactating women who have familial Mediterranean fever (FMF). METHODS. Using a specific radioimmunoassay, we determined colchicine concentrations in the serum and breast milk of 4 patients at various time points, following oral administration of the drug. The study evaluated 4 patients with FMF who had been taking colchicine on a long-term basis. RESULTS. Colchicine was found to be excreted in breast milk. Its levels ranged between 1. 9 and 8. 6 ng/ml, which were similar to those found in the serum (parallel concentration time curves). However, there appeared to be a considerable variation in colchicine milk concentration among the different patients, which might be related to individual breast milk composition and, possibly, to other nutritional or metabolic factors. CONCLUSION. The extensive peripheral tissue binding and relatively low concentration of colchicine in breast milk suggests that the amount ingested by the infant is small. Furthermore, based on our clinical experience, nursing appears to be safe for lactating women with FMF who continue to take colchicine.");
    const pregnancy = await ask('Is colchicine safe in pregnancy? (familial Mediterranean fever)', [nursing]);
    expect(pregnancy.status).toBe('insufficient_evidence');
    expect(pregnancy.evidenceSummary).toMatch(/pregnancy/);
    const lactation = await ask('Is colchicine safe during breastfeeding? (familial Mediterranean fever)', [nursing]);
    expect(lactation.status).toBe('answered');
  });
});
