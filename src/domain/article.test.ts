import { describe, expect, it } from 'vitest';
import { designOfReference, evidenceLevelOfArticle, levelReadFromText, readsAsCaseReport, studyDesignOf } from './article.js';

const record = (title: string, abstract: string, publicationTypes = ['Journal Article']) => ({ title, abstract, publicationTypes });

describe('evidenceLevelOfArticle', () => {
  it('calls a clinical trial MEDLINE does not call randomised an interventional trial, not an observational study', () => {
    const phase2 = { title: 'A phase II trial of pemetrexed in advanced adenocarcinoma', abstract: 'Patients received pemetrexed every 21 days.' };
    expect(studyDesignOf(['Clinical Trial, Phase II', 'Journal Article', 'Multicenter Study'])).toBe('trial');
    expect(studyDesignOf(['Clinical Trial', 'Journal Article'])).toBe('trial');
    expect(evidenceLevelOfArticle({ ...phase2, publicationTypes: ['Clinical Trial, Phase II', 'Randomized Controlled Trial'] })).toBe('rct');
    expect(evidenceLevelOfArticle({ ...phase2, publicationTypes: ['Comparative Study', 'Journal Article'] })).toBe('observational');
  });

  it('reports a non-randomised trial with a level the answer contract knows, and names it from its publication types', () => {
    // The contract's evidence levels have no "trial": a reader of the JSON gets 'other', the summary and pages "trial".
    const phase2 = { title: 'A phase II trial of pemetrexed', abstract: 'We report a 54-year-old man treated with pemetrexed.' };
    const publicationTypes = ['Clinical Trial, Phase II', 'Journal Article'];
    const level = evidenceLevelOfArticle({ ...phase2, publicationTypes });
    expect(level).toBe('other');
    expect(designOfReference({ evidenceLevel: level, publicationTypes })).toBe('trial');
    expect(designOfReference({ evidenceLevel: 'case-report', publicationTypes: ['Journal Article'] })).toBe('case-report');
  });

  it('reads a record MEDLINE gives no design as a case report when its title or abstract says it reports a case', () => {
    for (const r of [
      record('Pulmonary embolism after a long flight: a case report', 'Pulmonary embolism is common.'),
      record('A rare case of duodenal ulcer perforation', 'Perforation is rare.'),
      record('Late relapse of hairy cell leukaemia', 'We report a 54-year-old man with hairy cell leukaemia who relapsed after 20 years.'),
      record('Late relapse of hairy cell leukaemia', 'Here we describe a patient whose disease relapsed after 20 years.'),
      record('Late relapse of hairy cell leukaemia', 'We present the case of a 7-year-old girl with relapse.'),
      record('Late relapse of hairy cell leukaemia', 'We report two siblings with the same mutation.'),
      record('Late relapse of hairy cell leukaemia', 'A 61-year-old woman presented with fatigue and splenomegaly.'),
    ]) {
      expect(evidenceLevelOfArticle(r), r.abstract).toBe('case-report');
    }
    expect(readsAsCaseReport({ title: 'Relapse', abstract: 'x', abstractSections: [{ label: 'CASE PRESENTATION', category: null, text: 'x' }] })).toBe(true);
  });

  it('leaves studies, and records whose types name a design, as they are', () => {
    expect(evidenceLevelOfArticle(record('Colchicine after infarction', 'We report a randomised trial of 4,745 patients.'))).toBe('other');
    expect(evidenceLevelOfArticle(record('Relapse in 120 patients', 'We report 120 patients treated with cladribine.'))).toBe('other');
    expect(evidenceLevelOfArticle(record('Outcome measures', 'We describe a patient-reported outcome measure for gout.'))).toBe('other');
    expect(evidenceLevelOfArticle(record('A case of gout', 'We report a 54-year-old man.', ['Review']))).toBe('review');
  });

  it('tells a level read from the text from one MEDLINE gives', () => {
    expect(levelReadFromText({ evidenceLevel: 'case-report', publicationTypes: ['Journal Article'] })).toBe(true);
    expect(levelReadFromText({ evidenceLevel: 'case-report', publicationTypes: ['Case Reports', 'Journal Article'] })).toBe(false);
  });

  it('reads an abstract that calls itself a case report, or opens on one patient of a stated age, as one (PMID 17279467)', () => {
    const pamidronate =
      'Cyclical pamidronate therapy in a 2-year-old child with skeletal fragility resulted in remodelling of vertebral fractures. The BMD at both sites decreased within 24 months of stopping treatment. At age 23 months, a male toddler sustained a low trauma fracture of his right femur.';
    expect(readsAsCaseReport({ title: 'Can bisphosphonate treatment be stopped in a growing child?', abstract: pamidronate })).toBe(true);
    expect(readsAsCaseReport({ title: 'Stopping bisphosphonates', abstract: 'Bone density was measured before and after treatment. This case report presents bone densitometry data before, during and after treatment. The patient has been restarted on therapy.' })).toBe(true);
    expect(evidenceLevelOfArticle({ title: 'Can bisphosphonate treatment be stopped in a growing child?', abstract: pamidronate, publicationTypes: [] })).toBe('case-report');
  });

  it('reads an abstract telling what was found in one patient as a case report (PMID 23337545)', () => {
    const afop = 'Organizing pneumonia is a histologic pattern of diffuse lung disease. In this study, we describe the first nonfatal organizing pneumonia in a child and review the literature. A 10-year-old boy developed severe aplastic anemia.';
    expect(readsAsCaseReport({ title: 'Is organizing pneumonia the expression of immune dysregulation?', abstract: afop })).toBe(true);
    expect(readsAsCaseReport({ title: 'Organizing pneumonia', abstract: 'We describe organizing pneumonia in 24 children treated at our centre.' })).toBe(false);
  });

  it('reads the one family or patient the authors describe as a case (PMID 8500791), not a study counting its families', () => {
    const family =
      'This report describes the autosomal inheritance of a hemophilia A phenotype due to a mutation of vWF that results in defective factor VIII binding. The proband was a female patient with low levels of factor VIII activity. The family we describe demonstrates the recessive inheritance of a recently recognized class of genetic bleeding disorders.';
    expect(evidenceLevelOfArticle({ title: 'Autosomal recessive transmission of hemophilia A due to a von Willebrand factor mutation.', abstract: family, publicationTypes: [] })).toBe('case-report');
    expect(readsAsCaseReport({ title: 'Late-onset ataxia', abstract: 'The kindred reported here shows dominant transmission over four generations.' })).toBe(true);
    // PMID 8301658: three brothers of one family.
    expect(readsAsCaseReport({ title: 'X linked recessive thrombocytopenia.', abstract: 'A Saudi Arab boy presented in early childhood with thrombocytopenia. Similar findings in two other brothers suggested an X linked disorder. It is likely that the X linked recessive thrombocytopenia in this family is an isolated entity quite distinct from the classical WAS phenotype.' })).toBe(true);
    expect(readsAsCaseReport({ title: 'Founder mutations', abstract: 'We studied 40 families with the disease. In each family the proband was a child under 10.' })).toBe(false);
  });

  it('leaves a study that counts its patients, or a policy\'s case, no case report', () => {
    expect(readsAsCaseReport({ title: 'Pamidronate in osteogenesis imperfecta', abstract: 'Cyclical pamidronate therapy in a 2-year-old child was the starting point. We followed 42 children with osteogenesis imperfecta for 4 years.' })).toBe(false);
    expect(readsAsCaseReport({ title: 'Bisphosphonates in children', abstract: 'Among children treated with pamidronate, fractures fell. A child with skeletal fragility benefited most when treatment continued.' })).toBe(false);
    expect(readsAsCaseReport({ title: 'Did the traffic law reform push police enforcement?', abstract: 'Fatalities fell after the reform. Last, this case also illustrates how the diffusion of successful road safety policies works.' })).toBe(false);
  });
});

