import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

/** A structured abstract: labelled sections, as MEDLINE gives them. */
function structured(pmid: string, title: string, sections: [string, string][]): Article {
  const article = plainArticle(pmid, title, sections.map(([, text]) => text).join(' '));
  return { ...article, abstractSections: sections.map(([label, text]) => ({ label, category: label, text })) };
}

const options = (articles: Article[]) => ({
  findEvidence: async () => articles.map((article, i) => ({ article, score: 1 - i / 10 })),
  corpus: { articles: 1896, snapshot: 'test' },
});

// Shaped like PMID 24783217: the authors conclude "yes", while their main comparison found no difference.
const marker = structured('24783217', 'Proliferation index and response to neoadjuvant chemotherapy in breast cancer.', [
  ['BACKGROUND', 'Currently the choice of breast cancer therapy is based on prognostic factors. The proliferation index is used increasingly to determine the method of therapy. The current study analyses the predictive value of the proliferation index in foreseeing breast cancer patients\' responses to neoadjuvant chemotherapy.'],
  ['METHODS', 'This study includes patients with invasive breast cancer treated between 2008 and 2013. The clinical response was assessed by correlating the proliferation index to histological examination, mammography, and ultrasonography findings.'],
  ['RESULTS', 'The average proliferation index in our patients collectively (n = 77) is 34.9 ± 24.6%. The average proliferation index is the highest with 37.4 ± 24.0% in patients with a complete response. The proliferation index values do not differ significantly among the 3 groups: complete versus partial pathological response versus stable disease (P = 0.896). However, proliferation index values of patients with luminal, Her2 enriched, and basal-like cancers differed significantly from each other.'],
  ['CONCLUSIONS', 'Our data shows that the proliferation index predicts the response to neoadjuvant chemotherapy in breast cancer as a function of the molecular subtype.'],
]);

describe('composeAnswer on a yes resting on a study whose main comparison found nothing', () => {
  it('shows the null result under Critical Context and neither the premise nor the method', async () => {
    const answer = await composeAnswer('Does the proliferation index predict response to neoadjuvant chemotherapy in breast cancer?', options([marker]));
    expect(answer.status).toBe('answered');
    const context = answer.sections.find((s) => s.kind === 'context');
    expect(context?.points[0]?.text).toMatch(/do not differ significantly among the 3 groups/);
    const texts = answer.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(texts.some((t) => /^Currently the choice/.test(t))).toBe(false);
    expect(texts.some((t) => /was assessed by correlating/.test(t))).toBe(false);
    expect(answer.sections.find((s) => s.kind === 'distinction')?.points.some((p) => /differed significantly from each other/.test(p.text)) ?? false).toBe(false);
  });
});

// Shaped like PMID 23337545: a case report that says how its patient was treated and fared, once per sentence.
const organizing = structured('23337545', 'Is acute fibrinous and organizing pneumonia the expression of immune dysregulation?', [
  ['INTRODUCTION', 'Acute fibrinous and organizing pneumonia (AFOP) is a recently described histologic pattern of diffuse pulmonary disease. In children, all cases reported to date have been fatal. In this study, we describe the first nonfatal AFOP in a child and review the literature.'],
  ['DESCRIPTION', 'A 10-year-old boy developed very severe aplastic anemia (VSAA) after being admitted to our hospital with a fulminant hepatic failure of unknown origin. A chest computed tomography scan revealed multiple lung nodules and a biopsy of a pulmonary lesion showed all the signs of AFOP. Infectious workup remained negative. We started immunosuppressive therapy with antithymocyte globulin and cyclosporine to treat VSAA. Subsequent chest computed tomography scans showed a considerable diminution of the lung lesions but the VSAA did not improve until we performed hematopoietic stem cell transplantation 5 months later.'],
  ['CONCLUSIONS', 'Aplastic anemia is associated with a variety of autoimmune syndromes. The sequence of events in our patient suggests that the hepatic failure, AFOP, and the VSAA may all have been part of an autoimmune syndrome. AFOP could be the result of immune dysregulation in this pediatric case with favorable outcome after immunosuppressive therapy and hematopoietic stem cell transplantation.'],
]);

describe('composeAnswer on how a condition is treated, from a case report', () => {
  it('answers with the sentence giving the treatment and its outcome, as a single case report', async () => {
    const answer = await composeAnswer('How is acute fibrinous and organizing pneumonia treated?', options([organizing]));
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/immunosuppressive therapy/);
    expect(answer.evidenceSummary).toMatch(/single case report/);
  });
});

// Shaped like PMID 26702276: a surgical series whose outcome is said as a course and as how many proved malignant.
const fibrous = structured('26702276', 'Solitary fibrous tumor of the pleura - analysis of 18 cases.', [
  ['BACKGROUND', 'Solitary fibrous tumors of the pleura (SFTP) are primary tumors arising from mesenchymal cells. Immunohistochemical studies have demonstrated that the origin of these tumors is mesenchymal rather than mesothelial. The aim of this study is to present our experience with diagnosing and treating patients with SFTP.'],
  ['METHODS', 'We analyzed 18 patients treated at the Department of Thoracic Surgery. The patients\' medical histories and the results of postoperative histopathological investigation of the tumors were analyzed.'],
  ['RESULTS', 'In 17 patients, the tumors were surgically removed. Benign and small lesions (less than 3 cm in size) were removed by video-assisted thoracoscopic surgery (VATS). In 5 cases, malignant tumors were found in the postoperative material.'],
  ['CONCLUSIONS', 'Solitary fibrous tumors of the pleura is a tumor with frequently asymptomatic clinical course. Treatment consists in resection which includes the adjacent structures, especially if the tumor is malignant.'],
]);

describe('composeAnswer on the prognosis of a tumour its article gives as a course and a share malignant', () => {
  it('answers from those sentences rather than say the article does not give an outcome', async () => {
    const answer = await composeAnswer('What is the prognosis of solitary fibrous tumor of the pleura?', options([fibrous]));
    expect(answer.status).toBe('answered');
    const texts = [answer.direct?.text, ...answer.sections.flatMap((s) => s.points.map((p) => p.text))];
    expect(texts.some((t) => /clinical course/.test(t ?? ''))).toBe(true);
    expect(texts.some((t) => /malignant/.test(t ?? ''))).toBe(true);
    expect(answer.sections.find((s) => s.kind === 'distinction')?.points.some((p) => /malignant/.test(p.text)) ?? false).toBe(false);
  });
});

// Shaped like PMID 16155169: a treatment named as an injection.
const nodules = structured('16155169', 'Percutaneous ethanol injection for benign cystic thyroid nodules: is aspiration of ethanol-mixed fluid advantageous?', [
  ['BACKGROUND AND PURPOSE', 'We evaluated the differences between percutaneous ethanol injection with and without aspiration of ethanol-mixed fluid for treatment of benign cystic thyroid nodules.'],
  ['METHODS', 'We examined 60 patients with benign cystic thyroid nodules confirmed by fine-needle aspiration biopsy and divided them into 2 groups according to nonaspiration or aspiration of ethanol-mixed fluid after intracystic ethanol injection.'],
  ['RESULTS', 'Most patients showed complete disappearance of the cystic portion of the thyroid nodule, and they revealed no recurrence on follow-up ultrasonography. There was no statistical difference in the success rates between group A and group B (P>.05).'],
  ['CONCLUSIONS', 'Percutaneous ethanol injection without aspiration of ethanol-mixed fluid seems to be the preferable method of treatment of benign cystic thyroid nodules from the perspective of both the physician and the patient.'],
]);

describe('composeAnswer on how a condition is treated, by an injection', () => {
  it('answers with the injection', async () => {
    const answer = await composeAnswer('How are benign cystic thyroid nodules treated?', options([nodules]));
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/ethanol injection/);
  });
});

// Shaped like PMID 22813804: the authors conclude "no", while one comparison was significant.
const trauma = structured('22813804', 'Does obesity impact the pattern and outcome of trauma in children?', [
  ['BACKGROUND', 'The effect of obesity on trauma outcomes in children has been relatively understudied.'],
  ['METHODS', 'A retrospective review of injured children admitted to a level 1 trauma center over 5 years was performed.'],
  ['RESULTS', 'Of 1,129 injured children, 27% were obese. Obese children were more likely to have rib fractures (P = .02) and pelvic injuries (P = .033). Mortality and length of stay did not differ between obese and nonobese children.'],
  ['CONCLUSIONS', 'Obesity does not seem to impact the severity of injury, mortality rate, types of injury, and procedure outcomes in children.'],
]);

describe('composeAnswer on a no resting on a study with a significant finding', () => {
  it('shows the significant finding under Critical Context', async () => {
    const answer = await composeAnswer('Does obesity affect the outcome of trauma in children?', options([trauma]));
    expect(answer.status).toBe('answered');
    expect(answer.sections.find((s) => s.kind === 'context')?.points[0]?.text).toMatch(/more likely to have rib fractures/);
  });
});
