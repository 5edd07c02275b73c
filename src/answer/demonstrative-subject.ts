import { contentTerms, stemOf, stemsMatch } from './content-terms.js';

// "these tumours", "this lesion": a demonstrative and the noun it points back with.
const DEMONSTRATIVE = /\b(?:these|this|those|such)\s+([\p{L}][\p{L}-]*)/giu;

// Nouns that point back to the study, its people or its results rather than to a thing it is about: "these patients"
// are people with the condition, not the condition, and "these findings" are what the study found.
const NOT_A_THING =
  /^(?:patients?|subjects?|individuals?|people|persons?|participants?|cases?|children|adults?|women|men|families|family|groups?|cohorts?|populations?|stud(?:y|ies)|findings?|results?|data|observations?|effects?|changes?|methods?|approach(?:es)?|techniques?|analys[ie]s|trials?|reports?|papers?|reviews?|questions?|issues?|problems?|factors?|variables?|parameters?|values?|measures?|associations?|differences?|conditions?|way|time|period|setting|work|model|hypothes[ie]s|percentage|proportion|number|rate)$/iu;

// How close (in words) the article must write the noun and the subject's name for the one to be a kind of the other.
const NEAR = 3;

/**
 * The question subjects (their stems) a sentence speaks of by a demonstrative alone ("At least 75% of these tumours
 * possess mutations ..."): the sentence before it names the subject ("pilomatricomas are derived from hair matrix
 * cells"), the title names the demonstrative's noun ("A common human skin tumour ...") and the article writes it beside
 * the subject's name ("skin tumours resembling pilomatricomas"), so the noun is the subject's kind.
 */
export function pointedSubjects(texts: readonly string[], index: number, subjectStems: readonly string[], title = ''): string[] {
  const text = texts[index];
  const before = texts[index - 1];
  if (text === undefined || before === undefined || !subjectStems.length) return [];
  // The noun is the phrase's first word unless a word of the study follows ("this follow up study"). It must be a
  // word of the title too: the article is about a thing of that kind ("A common human skin tumour is caused by ...").
  const titled = new Set(contentTerms(title).map((t) => t.stem));
  const pointed = [...text.matchAll(DEMONSTRATIVE)]
    .filter((m) => !(text.slice((m.index ?? 0) + m[0].length).match(/^(?:[\s-]+[\p{L}]+){1,2}/u)?.[0] ?? '').split(/[\s-]+/u).some((w) => NOT_A_THING.test(w)))
    .map((m) => m[1] as string)
    .filter((noun) => !NOT_A_THING.test(noun) && contentTerms(noun).length === 1);
  const own = contentTerms(text).map((t) => t.stem);
  const previous = contentTerms(before).map((t) => t.stem);
  const said = (stems: readonly string[], stem: string) => stems.some((s) => stemsMatch(s, stem));
  const candidates = subjectStems.filter((s) => !s.includes(' ') && !said(own, s) && said(previous, s));
  if (!candidates.length) return [];
  const nounStems = pointed.filter((noun) => titled.has(stemOf(noun.toLowerCase()))).map((noun) => stemOf(noun.toLowerCase()));
  const kinds = nounStems.length ? candidates.filter((subject) => texts.some((t) => writesBeside(t, subject, nounStems))) : [];
  // "Furthermore, we identified a conserved surface-exposed hydrophobic loop found only in Gram-positive homologues of
  // IcaB. Our data suggest that this loop is required for membrane association": the sentence before writes the
  // pointed noun itself, and the subjects its phrase names (the words just before it, or after it in its clause) are
  // what the demonstrative stands for. The noun must be one the question asks of too ("the hydrophobic loop of IcaB"),
  // so that the phrase is the question's: "PAX3-FKHR fusion ... These fusions" are no PAX3 when PAX3 is asked.
  const repeated = pointed.map((noun) => stemOf(noun.toLowerCase())).filter((noun) => said(previous, noun) && said(subjectStems, noun));
  const named = repeated.length ? candidates.filter((subject) => namedWith(before, subject, repeated)) : [];
  return [...new Set([...kinds, ...named])];
}

/** Words of a noun's phrase: those just before the noun, and those after it up to the end of its clause. */
const BEFORE_NOUN = 3;
const AFTER_NOUN = 6;

/** Whether a text names the subject in the phrase of one of the nouns ("hydrophobic loop", "loop found in ... IcaB"). */
function namedWith(text: string, subject: string, nouns: readonly string[]): boolean {
  for (const clause of text.toLowerCase().split(/[,;:()]|\s(?:and|but|which|while|whereas)\s/u)) {
    const stems = (clause.match(/[\p{L}\p{N}]+/gu) ?? []).map(stemOf);
    const subjectAt = stems.flatMap((s, i) => (stemsMatch(s, subject) ? [i] : []));
    const nounAt = stems.flatMap((s, i) => (nouns.some((n) => stemsMatch(n, s)) ? [i] : []));
    if (subjectAt.some((i) => nounAt.some((j) => (i < j && j - i <= BEFORE_NOUN) || (i > j && i - j <= AFTER_NOUN)))) return true;
  }
  return false;
}

/** Whether a text writes one of the nouns a few words before a word of the subject. */
function writesBeside(text: string, subject: string, nouns: readonly string[]): boolean {
  const stems = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stemOf);
  const at = (match: (s: string) => boolean) => stems.flatMap((s, i) => (match(s) ? [i] : []));
  const subjectAt = at((s) => stemsMatch(s, subject));
  if (!subjectAt.length) return false;
  const nounAt = at((s) => nouns.includes(s));
  // The noun comes first: "tumours resembling pilomatricomas" makes pilomatricomas tumours, while a noun after the name
  // ("PAX3-FKHR fusion", "pseudodeficiency allele", "PWS region") is another thing, of or in the named one.
  return subjectAt.some((i) => nounAt.some((j) => j < i && i - j <= NEAR));
}
