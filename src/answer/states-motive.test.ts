import { describe, expect, it } from 'vitest';
import { isOpening, statesMotive } from './states-motive.js';

describe('statesMotive', () => {
  it.each([
    // PMID 25359771 and 25406310: what is not known.
    'However, the precise role of the secreted form of truncated OSTM1 remains unknown.',
    'However, evidence showing the formation of the USH2 complex is missing, and details on how this complex is formed remain elusive.',
    // PMID 24019262.
    'It is not yet clear whether similar relationships can be established for back pain in particular in prospective studies.',
    // PMID 21198823 and 11729377: the question the study was prompted by.
    'Elevated cTn and echocardiogrpahic documentation of wall motion abnormalities (WMAs) that were recorded after extreme physical effort raise the question whether dobutamine stress echo (DSE), can also induce elevation of troponin.',
    'The combination of SLT and LRT has abolished deaths on the waiting list, thus raising the question whether living donor liver transplantation is still necessary.',
    // PMID 23774337 and 25501465: a practice that persists or varies.
    'Despite a previous meta-analysis that concluded that central venous pressure should not be used to make clinical decisions regarding fluid management, central venous pressure continues to be recommended for this purpose.',
    'There is heterogeneity in how pediatric voiding cystourethrography (VCUG) is performed.',
    // PMID 18096128: what earlier studies held.
    'Studies have identified clinical predictors to guide radiologic evaluation of the cervical spine in geriatric patients.',
    // PMID 8828602: a shortcoming that calls for the study.
    'Limitations of the current dietary treatment for PKU have led to the development of potential treatments based on somatic gene transfer.',
    // PMIDs 10487695 and 2215607: the authors' own earlier reports.
    'We previously reported nine children with an autosomally recessive form of congenital hypothyroidism due to an iodide transport defect in a large Hutterite family.',
    'We recently described a Japanese family with increased HDL levels and CETP deficiency due to a splicing defect of the CETP gene.',
    // PMID 2568588: a view held before the study.
    'Most bilateral patients have no family history of retinoblastoma and are presumed to have new germline mutations which arose in the egg, sperm or early embryo.',
    // PMID 7611277: evidence summarised.
    'Genetic epidemiological evidence suggests that mutations in BRCA1 may be responsible for approximately one half of early onset familial breast cancer and the majority of familial breast/ovarian cancer.',
  ])('hears a motive in "%s"', (text) => {
    expect(statesMotive(text)).toBe(true);
  });

  it.each([
    'Usher syndrome (USH) is the leading genetic cause of combined hearing and vision loss.',
    'Angiotensin-converting enzyme inhibitors (ACE-I) are considered safe, but they are associated with characteristic side effects, namely cough and angioedema, usually requiring discontinuation.',
    'Factor H deficiency is the only complement deficiency associated with HUS.',
    'Skewed X-inactivation is not associated with recurrent spontaneous abortion but is associated with increasing maternal age.',
    // PMID 31519572 (BioASQ): a doubt conceded after the claim.
    'Left-sided colon cancer is more sensitive to anti-EGFR antibodies than right-sided, although the mechanism is unclear.',
    // PubMedQA 17453263: a plain "is unknown if" is the question itself, which the abstract's finding answers yes; read
    // as a motive it stopped voting and the verdict fell to uncertain.
    'It is unknown if accuracy of physician estimates differs between black and white patients.',
    // PMID 8326491: the authors' earlier finding is a finding.
    'In a previous study we found that a Tay-Sachs disease (TSD) causing mutation in the intron 9 donor splice site of the HEXA gene occurs at high frequency in non-Jewish patients and carriers.',
    // PMID 27571157 (BioASQ): what has been proposed names the answer to "Salzburg EEG criteria are used to diagnose which disorder?".
    'Several EEG criteria have been proposed for diagnosis of non-convulsive status epilepticus (NCSE), but none have been clinically validated.',
    // PMID 27344184 (BioASQ): a role claimed names the relation asked ("What is amphiregulin a ligand of?").
    'Epidermal growth factor receptor (EGFR) and its ligands amphiregulin (AREG) and epiregulin (EREG) play a central role in the development of colorectal cancer.',
    // PMID 11247896: what is well known is the established answer, no motive.
    'In familial adenomatous polyposis (FAP), correlations between site of mutation in the adenomatous polyposis coli (APC) gene and severity of colonic polyposis or extracolonic manifestations are well known.',
  ])('hears a fact or a finding in "%s"', (text) => {
    expect(statesMotive(text)).toBe(false);
  });
});

describe('isOpening', () => {
  it('reads background and objective sections as the opening', () => {
    expect(isOpening('BACKGROUND', 5, -1)).toBe(true);
    expect(isOpening('STUDY OBJECTIVE', 2, -1)).toBe(true);
    expect(isOpening('CONCLUSIONS', 9, -1)).toBe(false);
  });

  it('reads an abstract without sections as opening up to the sentence stating the aim', () => {
    expect(isOpening('ABSTRACT', 3, 5)).toBe(true);
    expect(isOpening('ABSTRACT', 7, 5)).toBe(false);
    expect(isOpening('ABSTRACT', 1, -1)).toBe(false);
  });

  it('reads the absence of a study that compares as a gap (PMID 24153338)', () => {
    expect(statesMotive('There is no study that compares the elderly cases of aSAH who receive the definitive treatment with those who treated conservatively.')).toBe(true);
    expect(statesMotive('There was no difference in outcome between the elderly treated surgically and those treated conservatively.')).toBe(false);
  });
});

