import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';
import { asksInGeneral, reportsUnusualCase, UNUSUAL_CASE_NOTE } from './unusual-form.js';

const corpus = { articles: 2, snapshot: 'fixtures' };

// PMID 8500791, as the shipped corpus holds it (no publication type names a design).
const HEMOPHILIA = article(
  '8500791',
  'Autosomal recessive transmission of hemophilia A due to a von Willebrand factor mutation.',
  'The differential diagnosis of the genetic bleeding disorders, hemophilia A and von Willebrand disease, is occasionally confounded by the close molecular relationship of coagulation factor VIII and von Willebrand factor (vWF). This report describes the autosomal inheritance of a hemophilia A phenotype due to a mutation of vWF that results in defective factor VIII binding. The proband was a female patient with low levels of factor VIII activity. The phenotypic expression of the mutation was determined to be recessive because heterozygous family members were clinically unaffected. The family we describe demonstrates the recessive inheritance of a recently recognized class of genetic bleeding disorders, we call " autosomal hemophilia. " We conclude that vWF mutation may be an under recognized cause of hemophilia, especially in cases where the inheritance pattern is not consistent with X-linked transmission.',
);
HEMOPHILIA.publicationTypes = [];

describe('reportsUnusualCase and asksInGeneral', () => {
  it('reads a case report that sets its case apart from the usual, not one of a disease that is itself rare', () => {
    expect(reportsUnusualCase(HEMOPHILIA)).toBe(true);
    const own = article('1', 'An atypical presentation of appendicitis in a pregnant woman: a case report', 'We report a 30-year-old woman with left-sided pain. Appendicitis was found at surgery.');
    expect(reportsUnusualCase(own)).toBe(true);
    // PMID 8301658: one family's X-linked thrombocytopenia, "quite distinct from the classical WAS phenotype".
    const family = article('8301658', 'X linked recessive thrombocytopenia.', 'A Saudi Arab boy presented in early childhood with thrombocytopenia. Similar findings in two other brothers suggested strongly that they were all suffering from an X linked recessive thrombocytopenic disorder. It is likely that the X linked recessive thrombocytopenia in this family is an isolated entity quite distinct from the classical WAS phenotype.');
    expect(reportsUnusualCase(family)).toBe(true);
    const rareDisease = article('2', 'A rare case of alkaptonuria', 'Alkaptonuria is a rare autosomal recessive disorder. We report a 54-year-old man with dark urine and arthritis.');
    expect(reportsUnusualCase(rareDisease)).toBe(false);
    const study = article('3', 'Atypical presentations of appendicitis', 'We reviewed 412 patients with appendicitis; 12% presented atypically.');
    expect(reportsUnusualCase(study)).toBe(false);
  });

  it('tells a question about the subject in general from one asking about an exception or a yes or no', () => {
    expect(asksInGeneral('How is hemophilia inherited?')).toBe(true);
    expect(asksInGeneral('What are the symptoms of appendicitis in pregnancy?')).toBe(true);
    expect(asksInGeneral('How is autosomal recessive hemophilia inherited?')).toBe(false);
    expect(asksInGeneral('What is an atypical presentation of appendicitis?')).toBe(false);
    expect(asksInGeneral('Is hemophilia inherited?')).toBe(false);
  });
});

describe('composeAnswer on a case report of an unusual form, for a question about the subject in general', () => {
  it('says the lead comes from a report of an unusual case when no other article answers (PMID 8500791)', async () => {
    const answer = await composeAnswer('How is hemophilia inherited?', { findEvidence: fakeFindEvidence([HEMOPHILIA]), corpus });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toContain(UNUSUAL_CASE_NOTE);
    // The quote stays the source sentence.
    expect(answer.direct?.citations[0]?.quote).not.toContain(UNUSUAL_CASE_NOTE);
  });

  it('leads with another article stating the usual mode when one does', async () => {
    const usual = article('2', 'Carrier testing in inherited bleeding disorders', 'Hemophilia A is an X-linked recessive bleeding disorder that mostly affects males. Carrier testing of female relatives was offered to 120 families with inherited hemophilia.');
    const answer = await composeAnswer('How is hemophilia inherited?', { findEvidence: fakeFindEvidence([HEMOPHILIA, usual]), corpus });
    expect(answer.direct?.citations[0]?.pmid).toBe('2');
    expect(answer.direct?.text).not.toContain(UNUSUAL_CASE_NOTE);
  });

  it('leaves the lead of a question asking about the exception itself, and of a case report of nothing unusual, without the note', async () => {
    const asked = await composeAnswer('How is autosomal recessive hemophilia inherited?', { findEvidence: fakeFindEvidence([HEMOPHILIA]), corpus });
    expect(asked.direct?.text ?? '').not.toContain(UNUSUAL_CASE_NOTE);
    const plainCase = article('3', 'Alkaptonuria in a 54-year-old man', 'Alkaptonuria is a rare inherited disorder of tyrosine metabolism with autosomal recessive transmission. We report a 54-year-old man with dark urine and arthritis of the spine.');
    const answer = await composeAnswer('How is alkaptonuria inherited?', { findEvidence: fakeFindEvidence([plainCase]), corpus });
    expect(answer.direct?.text).toMatch(/autosomal recessive/);
    expect(answer.direct?.text).not.toContain(UNUSUAL_CASE_NOTE);
  });
});
