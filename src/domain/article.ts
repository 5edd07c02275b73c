/** A PubMed/MEDLINE record as clinq keeps it: the source every citation resolves to. */
export type Article = {
  pmid: string;
  /** MEDLINE version of the record (PMID Version attribute); a higher one replaces a lower one. */
  version: number;
  title: string;
  /** The whole abstract as plain text: the section texts joined by single spaces (labels not included). */
  abstract: string;
  /** The abstract's structured sections, in order; one section with label null for unstructured abstracts. */
  abstractSections: AbstractSection[];
  journal: { title: string; isoAbbreviation: string | null };
  year: number | null;
  authors: string[];
  /** ISO 639-2 language codes, e.g. ["eng"]. */
  languages: string[];
  publicationTypes: string[];
  meshHeadings: MeshHeading[];
  keywords: string[];
  doi: string | null;
  /**
   * The record's DateRevised as YYYY-MM-DD, when it gives one: of two records with one PMID and version, the later
   * revision wins (an older file ingested after a newer one does not undo its corrections).
   */
  revised?: string | null;
};

/** One labelled part of a structured abstract (label as printed, NlmCategory such as "RESULTS"). */
export type AbstractSection = { label: string | null; category: string | null; text: string };

/** A MeSH descriptor assigned to an article, with its qualifiers and major-topic flags. */
export type MeshHeading = {
  descriptor: string;
  descriptorUi: string | null;
  majorTopic: boolean;
  qualifiers: { name: string; majorTopic: boolean }[];
};

/**
 * A study design as clinq ranks and names it, highest first; decided from MEDLINE publication types. 'trial' is a
 * clinical trial MEDLINE does not call randomised: it assigns its treatment, so it is no observational study, but the
 * answer contract's evidence levels have no name for it (see EvidenceLevel).
 */
export type StudyDesign =
  | 'guideline'
  | 'systematic-review'
  | 'rct'
  | 'trial'
  | 'observational'
  | 'case-report'
  | 'review'
  | 'other';

/**
 * A reference's evidence level as the answer contract names it (docs/answer-contract.md): the study designs without
 * 'trial', which the contract reports as 'other' (its publication types still say "Clinical Trial"; the evidence
 * summary and the pages name it from them, see designOfReference).
 */
export type EvidenceLevel = Exclude<StudyDesign, 'trial'>;

/** Study designs ordered from strongest to weakest. */
export const STUDY_DESIGNS: readonly StudyDesign[] = [
  'guideline',
  'systematic-review',
  'rct',
  'trial',
  'observational',
  'review',
  'case-report',
  'other',
];

/** Evidence levels ordered from strongest to weakest. */
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = STUDY_DESIGNS.filter((d): d is EvidenceLevel => d !== 'trial');

const DESIGN_BY_TYPE: [RegExp, StudyDesign][] = [
  [/^(practice )?guideline$|^consensus development conference/i, 'guideline'],
  [/^(systematic review|meta-analysis)$/i, 'systematic-review'],
  [/^(randomized controlled trial|controlled clinical trial|clinical trial, phase (iii|iv)|pragmatic clinical trial|equivalence trial)$/i, 'rct'],
  // A clinical trial not said to be randomised assigns its treatment all the same: an interventional trial, not an
  // observational study (which assigns nothing).
  [/^(clinical trial.*|non-randomized controlled trial)$/i, 'trial'],
  [/^(observational study|comparative study|multicenter study|evaluation study|validation study|twin study|cohort)$/i, 'observational'],
  [/^case reports$/i, 'case-report'],
  [/^(review|scientific integrity review)$/i, 'review'],
];

/** The strongest study design implied by a record's publication types. */
export function studyDesignOf(publicationTypes: readonly string[]): StudyDesign {
  let best: StudyDesign = 'other';
  for (const type of publicationTypes) {
    const hit = DESIGN_BY_TYPE.find(([pattern]) => pattern.test(type.trim()));
    if (hit && STUDY_DESIGNS.indexOf(hit[1]) < STUDY_DESIGNS.indexOf(best)) best = hit[1];
  }
  return best;
}

/** The strongest evidence level, as the contract names it, implied by a record's publication types. */
export function evidenceLevelOf(publicationTypes: readonly string[]): EvidenceLevel {
  const design = studyDesignOf(publicationTypes);
  return design === 'trial' ? 'other' : design;
}

/**
 * The design a reference is named by in summaries and on pages: its evidence level, or for level 'other' what its
 * publication types say ('trial' for a clinical trial not called randomised).
 */
export function designOfReference(reference: { evidenceLevel: EvidenceLevel; publicationTypes: readonly string[] }): StudyDesign {
  return reference.evidenceLevel === 'other' ? studyDesignOf(reference.publicationTypes) : reference.evidenceLevel;
}

/** Why a text is no PubMed ID, said the same by ingest and the API. */
export const PMID_RULE = '1 to 12 digits, not all zeros';

/**
 * A PubMed ID as stored: its digits without leading zeros ("0001234" and "1234" name one record), or null when the text
 * is not one (not 1 to 12 digits, or only zeros: PubMed numbers from 1).
 */
export function canonicalPmid(text: string): string | null {
  if (!/^\d{1,12}$/.test(text)) return null;
  const pmid = text.replace(/^0+/, '');
  return pmid === '' ? null : pmid;
}

/** The PubMed page of a record. */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

// A title calling its article a case report or case series: "... : a case report", "A rare case of ...", "Report of two cases".
const CASE_TITLE =
  /\bcase (?:reports?|series)\b|\b(?:a|an) (?:(?:rare|unusual|unique|fatal|novel|new|first|peculiar|interesting|severe|atypical)\s+)*case of\b|\breport of (?:a|an|one|two|three|\d+) (?:\w+ )?cases?\b/i;
// Who a case report is about, after "we report/describe/present": "a 54-year-old man", "a patient", "two siblings".
const CASE_SUBJECT =
  /\b(?:we|here we|herein we|this report|this paper) (?:report|describe|present)s? (?:(?:here|herein) )?(?:a|an|the case of (?:a|an)?|the cases? of|one|two|three|four|five|[1-5])\s*(?:(?:\d+|[a-z]+)[- ](?:year|month|week|day)[- ]old|(?:unusual|rare|unique|young|elderly|previously healthy|male|female|pregnant|\w+-year-old)\s+)*\s*(?:case|cases|patient|patients|man|men|woman|women|boy|boys|girl|girls|child|children|infant|infants|neonate|newborn|family|kindred|siblings|brothers|sisters|twins|adolescent|female|male|gentleman|lady)(?![-\w])/i;
// A case told as what was found in whom: "we describe the first nonfatal AFOP in a child", "We report hepatic
// sarcoidosis in a 45-year-old woman".
const CASE_IN_ONE =
  /\b(?:we|here we|herein we) (?:report|describe|present)s? (?:here |herein )?(?:(?:the|a|an) )?(?:[\w-]+ ){1,5}?in (?:a|an|one) (?:(?:\d+|[a-z]+)[- ](?:year|month|week|day)[- ]old |young |previously healthy |male |female |pregnant )*(?:patient|man|woman|boy|girl|child|infant|neonate|newborn|adolescent|toddler)\b/i;
// A case told as the one family or patient the authors describe: "The family we describe demonstrates the recessive
// inheritance of ...", "the kindred reported here", "The proband was a female patient", "the X linked recessive
// thrombocytopenia in this family". A study of many writes "families" and "probands".
const ONE_FAMILY =
  /\b(?:the|this|our) (?:family|kindred|pedigree|patient|case) (?:(?:we|here) (?:describe|report|present)|(?:described|reported|presented) here)\b|\bthe proband (?:was|is|had|has)\b|\bin this (?:family|kindred|pedigree)\b/i;
// An abstract that opens on its patient: "A 54-year-old man presented with ...".
const CASE_OPENING = /^(?:[A-Z ]+:\s*)?(?:A|An) (?:\d+|[a-z]+)[- ](?:year|month|week|day)[- ]old\b/;
// A structured abstract's case section: "CASE REPORT", "CASE PRESENTATION", "CASE DESCRIPTION", "CASE SUMMARY".
const CASE_SECTION = /^case (?:reports?|presentations?|descriptions?|summary|summaries|history|histories|details)$/i;

// An abstract calling itself a case report ("This case report presents bone densitometry data ...") or drawing on its
// case ("This case illustrates ...", "This case has led us to consider ..."). "In this case" alone is any instance.
const OWN_CASE =
  /\b(?:this|the present|our) case report\b|\b(?:this|the present|our) case (?:(?:also|further|clearly)\s+)?(?:illustrates|highlights|demonstrates|shows|emphasi[sz]es|underlines|underscores|suggests|presents|describes|reports|documents|supports|indicates|raises|adds|is (?:the first|unique|unusual|rare)|has led|led|leads|reminds)\b/i;
// One person the abstract follows ("the patient", "he sustained"): a country's or a policy's case is no patient's.
const ONE_PERSON =
  /\b(?:the|our|this) (?:patient|man|woman|boy|girl|child|infant|toddler|neonate|newborn|adolescent)\b|\b(?:he|she) (?:was|had|has|is|developed|presented|underwent|received|sustained|suffered|died|recovered|remains)\b/i;
// An abstract whose first sentence tells of one patient of a stated age ("Cyclical pamidronate therapy in a 2-year-old
// child with skeletal fragility resulted in ..."), when it counts no group of patients: a study says "in 42 children".
const ONE_PATIENT_FIRST =
  /^[^.]*?\b(?:a|an|one)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week|day)s?[- ]old\s+(?:(?:\w+)\s+){0,2}?(?:man|woman|boy|girl|child|infant|neonate|newborn|toddler|patient|male|female|adolescent|gentleman|lady)\b/i;
const COUNTED_GROUP =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?)\s+(?:(?:consecutive|eligible|adult|pediatric|paediatric|young|elderly|healthy|female|male|\w+-year-old)\s+)*(?:patients|children|subjects|participants|cases|women|men|infants|adults|adolescents|boys|girls|individuals|volunteers|pregnancies|neonates|newborns|families|kindreds|pedigrees|probands)\b|\bn\s*=\s*\d/i;

/**
 * Whether a record's title or abstract says it reports a case (or a few): "A case of ...", "We report a 54-year-old
 * ...", "This case report presents ...", or an abstract opening on one patient of a stated age that counts no group.
 */
export function readsAsCaseReport(article: { title: string; abstract: string; abstractSections?: readonly AbstractSection[] }): boolean {
  if (CASE_TITLE.test(article.title)) return true;
  if (article.abstractSections?.some((s) => s.label !== null && CASE_SECTION.test(s.label.trim()))) return true;
  const abstract = article.abstract.trim();
  if (CASE_SUBJECT.test(abstract) || CASE_IN_ONE.test(abstract) || CASE_OPENING.test(abstract) || (ONE_FAMILY.test(abstract) && !COUNTED_GROUP.test(abstract)) || (OWN_CASE.test(abstract) && ONE_PERSON.test(abstract))) return true;
  return ONE_PATIENT_FIRST.test(abstract) && !COUNTED_GROUP.test(abstract);
}

/**
 * The evidence level of a record: its publication types', or, when they name no design (only "Journal Article"), a
 * case report when its title or abstract says it is one.
 */
export function evidenceLevelOfArticle(article: Pick<Article, 'publicationTypes' | 'title' | 'abstract'> & { abstractSections?: readonly AbstractSection[] }): EvidenceLevel {
  const design = studyDesignOf(article.publicationTypes);
  if (design === 'trial') return 'other';
  return design === 'other' && readsAsCaseReport(article) ? 'case-report' : design;
}

/** Whether a reference's evidence level was read from its title or abstract, not from its publication types. */
export function levelReadFromText(reference: { evidenceLevel: EvidenceLevel; publicationTypes: readonly string[] }): boolean {
  return reference.evidenceLevel !== evidenceLevelOf(reference.publicationTypes);
}
