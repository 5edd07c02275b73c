import { escapeRegExp } from '../lib/index.js';
import { isRelationWord, type QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';
import { isSubsequence } from './expand-abbreviations.js';
import { KIND_CUES } from './kind-cues.js';
import { classifyPoint, comparesStudyGroups, kindHits, saysHowStudied } from './classify-point.js';
import type { SectionKind } from '../domain/index.js';
import { overlap, type ScoredPassage } from './select-sentences.js';

// Contrast wording beyond the distinction cues shared with classification.
const CONTRAST =
  /\b(in contrast|as opposed to|differ(s|ed)? from|distinct from|not to be confused|misdiagnos\w*|should be (differentiated|distinguished)|differential diagnosis|rather than|unlike|whereas)\b/i;

/** Whether a sentence draws a contrast. */
export function hasContrast(text: string): boolean {
  return CONTRAST.test(text) || new RegExp(KIND_CUES.distinction.source, 'i').test(text);
}

/**
 * Whether a sentence sets one thing apart from another as classification reads it: contrast wording, or a distinction
 * cue that is no "vs" between two figures ("46.05 ± 13.30 vs 91.24 mg/dL" compares two measures of one group). A
 * point found by its contrast (findDistinctions) that does not is filed by its own kind.
 */
export function setsApart(text: string): boolean {
  return CONTRAST.test(text) || kindHits('distinction', text) > 0;
}

/**
 * The section a point goes under when it may be a distinction: one that names a confusable neighbour of what was asked,
 * or (for a point found by its contrast) that sets one thing apart from another, reads as a distinction; a study's
 * result comparing its groups ("survival in 36 crizotinib-naive controls was similar ..., whereas ...") is an outcome
 * of the study, filed by its own kind, whatever neighbour or contrast word it names.
 */
export function distinctionOrKind(analysis: QuestionAnalysis, text: string, foundByContrast = false): SectionKind {
  const treatmentAsked = analysis.type === 'treatment' || analysis.topics.includes('treatment');
  // A study's own limitation ("this was a small study with short follow-up when compared to open cystectomy series")
  // qualifies the evidence: context, whatever it compares.
  if (statesLimitation(text)) return 'context';
  // How a study was done ("Participants were randomly assigned ... to tamsulosin 400 μg, nifedipine 30 mg, or placebo
  // ... using an algorithm with centre, stone size ... as minimisation covariates") sets nothing apart, whatever
  // neighbour its design names.
  if (saysHowStudied(text)) return classifyPoint(text, { treatmentAsked });
  if (comparesStudyGroups(text)) return classifyPoint(text, { treatmentAsked });
  // A tested difference's "versus" names the groups compared ("Type of treatment (retention versus removal) was the
  // only factor associated with ..."), no two entities told apart.
  if (testsGroupDifference(text)) {
    const kind = classifyPoint(text.replace(/\b(?:versus|vs)\b\.?/gi, ' '), { treatmentAsked });
    return kind === 'distinction' ? 'other' : kind;
  }
  return neighbourMentions(analysis, text, true).length || (foundByContrast && setsApart(text)) ? 'distinction' : classifyPoint(text, { treatmentAsked });
}

// A difference a study tested among the groups it measured ("Ki-67 values of patients with luminal, Her2 enriched, and
// basal-like cancers differed significantly from each other", "levels did not differ significantly between the
// subtypes"): a statistical result, not two easily confused entities told apart. "X differs from Y in its ..." with no
// test of significance still sets two things apart.
const TESTED_DIFFERENCE =
  /\b(?:only|independent|significant)\s+(?:\w+\s+)?(?:factors?|predictors?)\s+(?:associated\s+with|of|for|were|was|included)\b|\b(?:differ(?:s|ed|ing)?|(?:were|was|are|is)\s+(?:\w+ly\s+)?different)\s+(?:\w+ly\s+)?(?:significantly|statistically)\b|\b(?:significantly|statistically(?:\s+significantly)?)\s+(?:differ\w*|different)\b|\bdiffer(?:s|ed|ing)?\s+(?:\w+ly\s+)?from\s+(?:each\s+other|one\s+another)\b/i;

// A study's own limitation: its size, its follow-up, its design ("a small study", "short follow-up", "is limited by",
// "limitations of this study").
const LIMITATION =
  /\b(?:(?:this|the present|our|the current)\s+(?:was|is)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:small|retrospective|single[- ]cent(?:er|re)|pilot|underpowered)\b|(?:small|limited)\s+(?:sample|number of patients|study)\b[^.]*\b(?:short|limited)\s+follow-up|(?:was|were|is|are)\s+limited\s+by|limitations?\s+of\s+(?:this|the|our)\s+(?:study|analysis|trial|review)|short\s+follow-up)\b/i;

/** Whether a sentence states a study's own limitation (its size, follow-up or design). */
export function statesLimitation(text: string): boolean {
  return LIMITATION.test(text);
}

// Wording that tells conditions apart whatever test it reports: a differential diagnosis, a mimic.
const TOLD_APART = /\b(?:distinguish\w*|differential|differentiat\w*|mimic\w*|confused with|misdiagnos\w*)\b/i;

/** Whether a sentence reports a difference a study tested among its measured groups. */
export function testsGroupDifference(text: string): boolean {
  return TESTED_DIFFERENCE.test(text) && !TOLD_APART.test(text);
}

type Pair = { modifier: string; head: string; before: string[]; coordinated: string[] };

// Modifiers that grade or hedge rather than name a different entity ("malignant tumors" of a solitary fibrous tumor's
// series are its own kind graded).
const VAGUE_MODIFIERS = new Set(
  `other such several many most various certain affected existing preexisting associated related severe mild moderate
  new early late possible possibly potential common rare typical atypical known same different similar main major
  minor total overall initial primary secondary recurrent persistent human one two three four five single multiple
  more less benign malignant`
    .split(/\s+/)
    .filter(Boolean),
);

// Adjacent content words "modifier head" in running text, e.g. "skin lesions" -> (skin, lesion), with the stems
// of the few words before the head (so "deep infiltrating endometriosis" still counts as "deep endometriosis").
// A participle ("inherited", "reported") says what happened to the head, and a nationality ("Canadian", "Japanese")
// where it was studied: neither names another entity of the head's kind.
const NOT_A_KIND = /ed$|^\p{Lu}\p{Ll}+(?:an|ese|ish|ch)$/u;

const DEGREE = /^(?:\w+ly|very|more|most|less|least|too|so|quite|rather)$/;

const VERB_MARKER = /^(?:not|never|did|do|does|will|would|can|could|may|might|must|should|shall|cannot)$/;

const DEGREE_WORDS = new Set(['complete', 'partial', 'incomplete']);

// A list of modifiers joined by "and" or "or" ("fragile, inelastic, and delicate mucosa"): each says how the head is.
const CONJUNCTION = /^(?:and|or|nor)$/;

/** The stems of the modifiers coordinated with the one at `at` before it ("fragile", "inelastic" of "delicate"). */
function coordinatedBefore(tokens: readonly string[], terms: readonly ({ stem: string } | undefined)[], at: number): string[] {
  if (!CONJUNCTION.test(tokens[at - 1] ?? '')) return [];
  const list: string[] = [];
  for (let j = at - 2; j >= Math.max(0, at - 6); j--) {
    const term = terms[j];
    if (term) list.push(term.stem);
    else if (!DEGREE.test(tokens[j] as string)) break;
  }
  return list;
}

// Words of a disease's course ("acute", "chronic"): a stroke's course and its kind ("ischemic") are two ways of
// reading one stroke, so "acute stroke" overlaps "ischemic stroke" rather than naming another kind of it.
const COURSE = new Set(['acut', 'chronic', 'subacut', 'hyperacut', 'fulmin']);
// Ordinal members of a numbered series ("the seventh complement component"): a sibling is another ordinal ("the
// eighth component"), while a word for the series' part ("terminal complement components") is the broader class.
const ORDINAL = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/** Whether an asked modifier and a text's read the head on different axes (a course beside a kind, an ordinal beside a class). */
function otherAxis(asked: string, written: string): boolean {
  if (COURSE.has(asked) !== COURSE.has(written)) return true;
  return ORDINAL.has(asked) && !ORDINAL.has(written);
}

function pairsOf(text: string, strict = false): Pair[] {
  const written = text.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const tokens = written.map((t) => t.toLowerCase());
  const terms = tokens.map((t) => contentTerms(t)[0]);
  const pairs: Pair[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const m = terms[i - 1];
    const h = terms[i];
    if (!m || !h || /\d/.test(m.word) || /ly$/.test(m.word) || VAGUE_MODIFIERS.has(m.word) || NOT_A_KIND.test(written[i - 1] as string)) continue;
    // Read strictly (to file a point as a distinction), a degree word ("complete deficiency") or a modifier graded by
    // an adverb ("highly suspicious nodes", "extremely delicate mucosa") says how the head is, never which kind of it.
    if (strict && (DEGREE_WORDS.has(m.word) || (i >= 2 && DEGREE.test(tokens[i - 2] as string)))) continue;
    // Nor is a word after an auxiliary or a negation a kind of the head: it is a verb ("patients who did not receive
    // chemotherapy", "those who will need surgery"). "To" stays out: it is a preposition as often ("Similar to natural
    // language models").
    if (strict && i >= 2 && VERB_MARKER.test(tokens[i - 2] as string)) continue;
    const before = terms.slice(Math.max(0, i - 3), i).flatMap((t) => (t ? [t.stem] : []));
    pairs.push({ modifier: m.stem, head: h.stem, before, coordinated: coordinatedBefore(tokens, terms, i - 1) });
  }
  return pairs;
}

/**
 * Neighbouring entities a sentence names: the question's head noun with a different modifier ("sclerotic bone
 * lesions" for a question on "sclerotic skin lesions"), which readers easily confuse with what was asked. `strict`
 * (filing a point as a distinction, not finding one) leaves out modifiers that grade rather than name a kind.
 */
export function neighbourMentions(analysis: QuestionAnalysis, text: string, strict = false): { modifier: string; head: string }[] {
  // Only the question's subject nouns can have confusable neighbours; "first-line therapies" is no rival entity.
  const subjects = analysis.concepts.filter((c) => !c.generic && c.weight > 0).map((c) => c.stem);
  // Both words of the asked pair name the subject: in "What causes ataxia-telangiectasia?" the verb "causes" is no
  // modifier, so "disease ataxia-telangiectasia" is not a neighbour.
  // A relation word before the head ("trigger migraine") is a verb of the question, not a kind of the head.
  // Nor is the relation itself a head ("intervention prevent depression"): "demonstrate preventive effects" names no
  // other kind of prevention.
  const asked = pairsOf(analysis.question).filter((q) => subjects.includes(q.head) && subjects.some((s) => stemsMatch(s, q.modifier)) && !isRelationWord(q.modifier) && !isRelationWord(q.head));
  // A neighbour shares a head with an asked pair: a question without one has none, whatever the text says.
  if (!asked.length) return [];
  const questionStems = new Set(analysis.concepts.map((c) => c.stem));
  const pairs = pairsOf(text, strict);
  // A sentence that uses the asked modifier of the same head too, and draws no contrast, speaks of the same entity
  // in other words ("the transporter adrenoleukodystrophy protein" in a sentence on X-linked adrenoleukodystrophy,
  // "binge alcohol consumption" in one on binge drinking of alcohol).
  const stems = contentTerms(text).map((t) => t.stem);
  const contrast = hasContrast(text);
  const usesModifier = (q: Pair) => !contrast && stems.some((s) => stemsMatch(q.modifier, s));
  // The medical name of the question's own phrase is no neighbour of it ("atmospheric pressure" for "air pressure").
  const medicalName = (p: Pair) => (analysis.synonyms ?? []).some((s) => s.names.some((name) => name.includes(p.modifier) && name.includes(p.head)));
  return pairs.filter(
    (p) =>
      asked.some((q) => q.head === p.head && !p.before.some((b) => stemsMatch(q.modifier, b)) && !otherAxis(q.modifier, p.modifier)) &&
      // A modifier listed with one of the question's ("fragile, inelastic, and delicate mucosa" for fragile mucosa)
      // says how the same head is.
      !p.coordinated.some((c) => [...questionStems].some((s) => stemsMatch(s, c))) &&
      // A verb before the head ("did not reduce caregiver burden") says what happened to it, not which kind it is.
      !isRelationWord(p.modifier) &&
      !medicalName(p) &&
      !asked.some((q) => q.head === p.head && usesModifier(q)) &&
      ![...questionStems].some((s) => stemsMatch(s, p.modifier)) &&
      // Last: it compiles a pattern for the modifier, and most pairs of a text fail the cheap tests above.
      !abbreviatesQuestion(p.modifier, text, analysis.question),
  ).map(({ modifier, head }) => ({ modifier, head }));
}

/**
 * Whether a modifier the text writes in capitals is the short form of a run of the question's words, as
 * Schwartz–Hearst reads an abbreviation: its letters in order, the first one opening the run's first word, the last in
 * its last word, and every word's initial one of its letters. "VLCAD deficiency" is the asked "very-long-chain acyl-CoA
 * dehydrogenase deficiency", no neighbour of it.
 */
function abbreviatesQuestion(modifier: string, text: string, question: string): boolean {
  const letters = modifier.replace(/[^a-z]/g, '');
  if (letters.length < 2 || letters.length > 10) return false;
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(modifier)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  if (!written || (written[0].match(/\p{Lu}/gu) ?? []).length < 2) return false;
  // "Huntington's disease" is spelled HD: the possessive is no word of the name.
  const words = question.toLowerCase().replace(/['’]s\b/gu, '').match(/\p{L}+/gu) ?? [];
  for (let start = 0; start < words.length; start++) {
    if (!words[start]?.startsWith(letters[0] as string)) continue;
    for (let end = start + 1; end <= Math.min(words.length, start + letters.length + 2); end++) {
      const run = words.slice(start, end);
      if (!run.every((w) => letters.includes(w.charAt(0)))) break;
      if ((run.at(-1) as string).includes(letters.at(-1) as string) && isSubsequence(letters, run.join(' '))) return true;
    }
  }
  return false;
}

/**
 * Sentences worth an "Important Distinctions" point: they mention what was asked and either draw a contrast or
 * name a confusable neighbour of it; near-duplicates of already chosen sentences are skipped.
 */
export function findDistinctions(
  analysis: QuestionAnalysis,
  scored: readonly ScoredPassage[],
  chosen: readonly ScoredPassage[],
  max = 2,
): ScoredPassage[] {
  const found: ScoredPassage[] = [];
  const named = new Set<string>();
  // A distinction speaks of what was asked: it names the question's most specific subject ("pylori" in a question
  // on Helicobacter pylori infection), so a sentence on another infection is no distinction of it.
  const subjects = analysis.concepts.filter((c) => !c.generic);
  const top = Math.max(0, ...subjects.map((c) => c.weight));
  const key = subjects.filter((c) => c.weight >= top * 0.8).map((c) => c.stem);
  for (const passage of scored) {
    if (found.length >= max) break;
    // Titles, aims and methods state no finding to distinguish by.
    if (passage.section === 'title' || passage.aim || passage.coverage < 0.25) continue;
    if (key.length && !key.some((k) => [...passage.stems].some((s) => stemsMatch(s, k)))) continue;
    if ([...chosen, ...found].some((c) => c === passage || overlap(c.stems, passage.stems) > 0.5)) continue;
    // One point per confusable neighbour is enough.
    const neighbours = neighbourMentions(analysis, passage.text).filter((n) => !named.has(`${n.modifier} ${n.head}`));
    const contrast = hasContrast(passage.text) && passage.section !== 'METHODS';
    // A contrast alone qualifies only when the sentence also covers much of the question.
    if (neighbours.length > 0 || (contrast && passage.coverage >= 0.5)) {
      found.push(passage);
      for (const n of neighbourMentions(analysis, passage.text)) named.add(`${n.modifier} ${n.head}`);
    }
  }
  return found;
}
