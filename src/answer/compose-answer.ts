import { pointsOf, type Answer, type Article, type Audience, type Evidence, type FindEvidence, type Point, type SearchFilters, type Section, type SectionKind } from '../domain/index.js';
import { stemmer } from 'stemmer';
import { americanSpelling, capitalise, escapeRegExp, isAbbreviation, joinWords, tidiedSentence, withoutSourceCitations } from '../lib/index.js';
import { analyzeQuestion, isRelationWord, type Concept, type QuestionAnalysis, type QuestionType } from './analyze-question.js';
import { assembleReferences, type DroppedCitation } from './assemble-references.js';
import { CASE_NOTE, classifyPoint, SECTION_TITLES, tellsCase } from './classify-point.js';
import { decideVerdict, polarityOf, type Verdict } from './decide-verdict.js';
import { absentAttribute, answeredElsewhere } from './verdict-absent.js';
import { withdrawnStatus } from './verdict-status.js';
import { leadForVerdict, verdictBesideLead } from './verdict-lead.js';
import { askedRelationsOf, speaksOfRelation } from './verdict-relation.js';
import { askedQualifiers, competingAttributes, competingClasses } from './verdict-category.js';
import { isConclusion, splitSentences } from './split-passages.js';
import { asksEffect, asksGeneCause, asksSeverity, asksWhatItIs, asksQuantity, asksSuperlative, countsPlainly, definesSubject, directFit, givesAskedCause, namesCause, givesAskedFigure, relatesSubjects, spelledOutLead, statesAskedSuperlative, statesEffect, statesHowDiagnosed } from './direct-fit.js';
import { onlySaysHowDone } from './states-method.js';
import { askedNoun, asksForSeveral, asksForThing, describesGiven, listsSeveral } from './names-asked.js';
import { namesPlace } from './places-subject.js';
import { cueCount } from './kind-cues.js';
import { OPERATION_ENDING } from './operation-words.js';
import { distinctionOrKind, findDistinctions } from './find-distinctions.js';
import { leavesOpen, namedEntities, saysAgain, scorePassages, selectSentences, statesBelief, type ScoredPassage, type Selection } from './select-sentences.js';
import { summarizeCitedEvidence } from './summarize-evidence.js';
import { contentTerms, greekLetterOf, indexStem, mentions, stemOf, withNamesCapitalised } from './content-terms.js';
import { storyWords } from './reader-context.js';
import { withPlainVerbs } from './phrasal-verbs.js';
import { withShorthandWrittenOut } from './written-shorthand.js';
import { articleWords, spelledIn } from './near-spelling.js';
import { articleStems, coverageOf, fitEvidence, rarestSubject, rarityWeights, type ArticleFit } from './weigh-concepts.js';
import { verifyAnswer } from './verify-answer.js';
import { dropPremises, isPremiseSection } from './drop-premises.js';
import { cutsAgainst } from './cuts-against.js';
import { foldRepeats } from './fold-repeats.js';
import { questionSynonyms, renamedStems } from './expand-abbreviations.js';
import { namesWithShortForms, type ShortForms } from './corpus-short-forms.js';
import { asksInheritance, isInheritanceWord, statesInheritanceMode } from './inheritance-mode.js';
import { signCount } from './names-signs.js';
import { asksInGeneral, reportsUnusualCase, UNUSUAL_CASE_NOTE } from './unusual-form.js';
import { antecedentsOf } from './standing-points.js';
import { STATES_FEATURES } from './answering-words.js';
import { everydayTest, meetsAsConcept, namedOnlyWithin, type ConceptOptions } from './concept-phrase.js';
import { isReaderPerson } from './reader-people.js';
import { followUpTopic, toldWhatItIs } from './follow-up-topic.js';
import { asWritten, nameAsAsked } from './asked-name.js';
import { unresolvedReference } from './unresolved-reference.js';
import { foreignLanguageSummary } from './question-language.js';
import { unnamedCondition, unstatedAsk } from './unnamed-condition.js';
import { inReaderVoice, toldByFamily } from './reader-voice.js';
import { letterHyphenedNames, namesAKind, namesNothing, namesWhichRemedy, namesOnlyKinds, RARE_KIND_LEVEL } from './general-words.js';
import { figureLead } from './figure-lead.js';
import { leadWithAskedAspect, leavesOutAspect, withoutAspectNouns } from './asked-aspect.js';
import { askedQuantity, givesQuantity } from './asked-quantity.js';
import { isPopulationSubject, leavesOutPopulation } from './population.js';
import { asksOutcome, effectLead, ownAnswerLead, standingLead, statesMeasuredChange, statesPremise } from './lead-conclusion.js';
import { askedKindNamer, askedKindNames, callsAskedKind } from './asked-kind-name.js';
import { restsOnAnimals } from './animal-evidence.js';
import { asksCause, asksOfPeople, restsOffPeople } from './people-evidence.js';
import { leavesOutNamedHead, leavesOutRenamedPhrase } from './named-heads.js';
import { directLeavesOut } from './reader-subjects.js';
import { organRootSynonyms } from './organ-roots.js';
import { isFullAbstract } from './full-abstract.js';
import { boundedEvidence } from './bounded-evidence.js';
import { speaksOfGroup, subjectGroups, subjectsHeldTo, subjectsSpoken, subjectUnit, unitSaid, type SubjectGroup } from './subject-groups.js';
import { titleSays } from './title-says.js';
import { goodForObject, relationObject } from './relation-object.js';
import { leavesOutOutcome } from './asked-outcome.js';
import { missesMainTopic } from './main-topic.js';
import { chooseCorrection, namingCandidates, replaceWord, withSuggestions, writesKnownName, type SpellingCandidate } from './spelling-suggestions.js';
import { preferThreadRecords, type ThreadContext } from './resolve-follow-up.js';

/** What composeAnswer needs besides the question. */
export type ComposeOptions = {
  findEvidence: FindEvidence;
  audience?: Audience;
  corpus: { articles: number; snapshot: string };
  /** How many articles to ask findEvidence for. */
  limit?: number;
  filters?: SearchFilters;
  /** At most this many points, direct answer included. */
  maxPoints?: number;
  /** The best article (title, abstract, MeSH) must cover at least this specificity-weighted share of the question. */
  minCoverage?: number;
  /** The best article must mention at least this share of the question's subject (non-generic) concepts. */
  minSubject?: number;
  /** At most this many articles give points (distinction points aside), the first relevant ones in search order. */
  maxArticles?: number;
  /** Articles covering less than this share of the best article's coverage give no points. */
  articleShare?: number;
  /**
   * How many articles of the whole corpus contain each stem (optional). With it, the question's words weigh by
   * how rare they are in the corpus, and an answer must cover the rare ones: a topic word no article mentions,
   * or one no retrieved article mentions together with the rest, means the evidence is insufficient.
   */
  documentFrequencies?: (stems: readonly string[]) => Promise<ReadonlyMap<string, number>>;
  /**
   * Whether a question word (lower case) names a concept of the medical vocabulary, e.g. a MeSH heading (optional).
   * With it, only such words count as topics for the corpus-wide checks; phrasing such as "underrecognised" or
   * "worthwhile" that a small corpus happens to lack does not make the evidence insufficient.
   */
  isNamedConcept?: (word: string) => boolean;
  /**
   * How common a lower-case word is in general English (a SCOWL size: 10 the commonest, 70 rare), undefined when it
   * is no English word, e.g. a brand name ("benadryl") or a misspelling (optional). With it, a question word no
   * article contains that is no English word is a topic the corpus does not cover, and everyday wording ("last",
   * "days") is not taken for the question's most specific topic.
   */
  englishLevel?: (word: string) => number | undefined;
  /**
   * The medical names the vocabulary gives a phrase of the question, e.g. "myocardial infarction" for "heart attack"
   * (optional). With it, an article that uses the medical name speaks of the reader's words.
   */
  alternativesOf?: (phrase: string) => readonly string[] | undefined;
  /**
   * The names the vocabulary itself gives a phrase (MeSH, lay terms, dictionaries' other names, names built from a
   * body part and a condition), without the guesses from definitions `alternativesOf` adds (optional): an everyday
   * phrase so renamed ("throat cancer") must be spoken of by the direct answer's article.
   */
  namesOf?: (phrase: string) => readonly string[] | undefined;
  /**
   * The short forms the corpus defines for the question's phrases, both ways ("af" → "atrial fibrillation"), read once
   * per question asked (optional; search's abbreviation table): added to `alternativesOf` and `namesOf`, so an article
   * writing either form speaks of the question's.
   */
  shortFormsOf?: (question: string) => Promise<ShortForms>;
  /** With documentFrequencies: the best article must cover this corpus-rarity-weighted share of the subject words. */
  minRareSubject?: number;
  /** With documentFrequencies: a subject word in at most this share of the corpus names the question's topic. */
  rareShare?: number;
  /** Told about every citation removed because it failed verification. */
  onDrop?: (dropped: DroppedCitation) => void;
  /**
   * The corpus words nearest to a word no article has, nearest first (optional; src/search/corpus-spelling.ts). With
   * it, a question refused for a word that is in no article and no English word list is asked again with each; the
   * one correction that is answered is the answer, its `spelling` note saying so, and otherwise the refusal names them.
   */
  spellingCandidates?: (word: string) => Promise<readonly SpellingCandidate[]>;
  /**
   * For a follow-up in a thread: the turn it follows and the records that turn cites (resolve-follow-up.ts). Those records
   * come first in the evidence when search scores them near the best (a prior, not a filter).
   */
  thread?: ThreadContext;
  /**
   * The question with its compounds written as the corpus writes them ("sleepwalking" as "sleep-walking"; optional;
   * src/search/compound-spellings.ts): the answer is composed for that wording and keeps the reader's question.
   */
  compoundSpellings?: (question: string) => Promise<string>;
};

// A refusal for words no article has and no English word list or vocabulary knows (typing slips, brand names): the words.
const UNKNOWN_WORDS = new WeakMap<Answer, { words: string[]; absent: number }>();

/** Composes an extractive, cited answer from the evidence findEvidence returns, or says the evidence is insufficient. */
export async function composeAnswer(question: string, options: ComposeOptions): Promise<Answer> {
  if (options.compoundSpellings) {
    const { compoundSpellings, ...rest } = options;
    const written = await compoundSpellings(question);
    return written === question ? composeAnswer(question, rest) : { ...(await composeAnswer(written, rest)), question };
  }
  // "before an attack kicks off" is read as "before an attack starts": the particle's verb names no subject (phrasal-verbs.ts).
  // "vit D" is read as "vitamin D": two-word shorthand the one-word lookup never sees (written-shorthand.ts).
  const plainVerbs = withPlainVerbs(withShorthandWrittenOut(question));
  if (plainVerbs !== question) return { ...(await composeAnswer(plainVerbs, options)), question };
  // "The doctor said catatonia. What is that?" asks what catatonia is: the story around it is not what is asked.
  const told = toldWhatItIs(question);
  if (told !== null) {
    const answer = await composeAnswer(told, options);
    if (answer.status === 'answered') return { ...answer, question };
  }
  const first = await composeOnce(question, options);
  const unknown = UNKNOWN_WORDS.get(first);
  const wrote = unknown?.words[0];
  if (!wrote) return first;
  // A word no vocabulary, word list or article knows and no corpus word nearly spells is a name clinq does not know:
  // often a brand ("Abilify"), which papers call by its generic name.
  // A disease's proper name ("Lyme disease") is corrected only to another name, never to an everyday word ("lyse").
  // One the question writes in a name the vocabulary knows, in any case ("lyme disease"), is that name: no slip, no brand.
  if (options.isNamedConcept && writesKnownName(wrote, question, options.isNamedConcept)) return first;
  const candidates = options.spellingCandidates ? namingCandidates(wrote, question, await options.spellingCandidates(wrote), options.englishLevel) : [];
  if (!candidates.length) return { ...first, evidenceSummary: withUnknownNames(first.evidenceSummary, unknown.words, question) };
  const tried = [];
  for (const candidate of candidates) tried.push({ candidate, answer: await composeOnce(replaceWord(question, wrote, candidate.word), options) });
  const { note, answer } = chooseCorrection(wrote, question, tried);
  if (answer) return { ...answer, question, spelling: note };
  return { ...first, evidenceSummary: withSuggestions(first.evidenceSummary, wrote, unknown.absent === 1, note.suggestions), spelling: note };
}

/**
 * A refusal's reason naming the words clinq knows by no name: "No article ... mentions abilify; "abilify" is in none
 * of clinq's vocabularies: if it is a brand name, ask with the medicine's generic name." Words the question writes as
 * short forms (two capitals or a digit: "HoLEP") are named as written, and asked for in full instead.
 */
export function withUnknownNames(reason: string, words: readonly string[], question?: string): string {
  if (!words.length) return reason;
  const written = words.slice(0, 3).map((w) => (question === undefined ? w : asWritten(w, question)));
  const shortForms = question !== undefined && written.every((w) => isAbbreviation(w));
  const list = joinWords((shortForms ? written : words.slice(0, 3)).map((w) => `"${w}"`));
  const ask = shortForms ? 'if it is a short form, ask with it written out in full' : "if it is a brand name, ask with the medicine's generic name";
  return `${reason.replace(/\.$/, '')}; ${list} ${words.length > 1 ? 'are' : 'is'} in none of clinq's vocabularies: ${ask}.`;
}

// SCOWL sizes up to 20 hold the commonest English words ("last", "days", "take"): the question's wording, rarely its topic.
const EVERYDAY_LEVEL = 20;
/**
 * The SCOWL size of the commonest English words ("get", "waiting", "longer", "start"); size 20 already holds words
 * that name medical subjects ("genetic", "cancer").
 */
export const COMMONEST_LEVEL = 10;
// The reader's own wording of who and what ("people", "problems", "likely", "occur") and the everyday verbs a question
// asks with ("get", "start", "make"), as stems: never what a sentence must say to answer, unlike the relation words
// ("worse", "reduces", "cure") that say how the subjects bear on each other, or common names ("cell", "open surgery").
// "take" is left out: it is how a reader names a medicine's use ("while taking colchicine").
const READER_WORDING = new Set(
  `peopl person someon somebodi anyon anybodi everyon everybodi folk problem issu thing stuff occur happen like likelihood
  chanc wai kind sort get make need want feel go give mean keep start try come see find know`.split(/\s+/),
);
// How many other specific question words one retrieved article must cover for an unknown word to pass as a variant.
const MIN_CONTEXT = 3;

const BASE_ORDER: SectionKind[] = [
  'presentation',
  'distinction',
  'diagnosis',
  'treatment',
  'prognosis',
  'epidemiology',
  'mechanism',
  'context',
  'other',
];

const KIND_OF_TYPE: Partial<Record<QuestionType, SectionKind[]>> = {
  treatment: ['treatment', 'prognosis'],
  diagnosis: ['diagnosis', 'distinction', 'presentation'],
  prognosis: ['prognosis', 'treatment'],
  epidemiology: ['epidemiology'],
  mechanism: ['mechanism'],
  location: ['presentation', 'diagnosis'],
  comparison: ['distinction'],
  definition: ['presentation', 'mechanism', 'distinction'],
  yesno: ['context'],
};

/** Section kinds in the order most useful for this question. */
function sectionOrder(analysis: QuestionAnalysis): SectionKind[] {
  const first = [analysis.type, ...analysis.topics].flatMap((t) => KIND_OF_TYPE[t] ?? []);
  return [...new Set([...first, ...BASE_ORDER])];
}

// "These results suggest that ..." and "we suggest that ..." stay: the hedge is part of the claim.
const PREAMBLE =
  /^(to our knowledge|in conclusion|in summary|in sum|to conclude|taken together|overall|collectively|altogether|in addition|moreover|furthermore|finally|therefore|thus|hence|consequently|importantly|notably|interestingly|(?:our|these|the) (?:results|findings|data)(?: of this study)? (?:show|demonstrate|confirm)(?:ed)? that|(?:here,? )?we (?:conclude|found|show|demonstrate|report)(?:d)? that|this (?:study|review|report) (?:shows|demonstrates) that)\s*,?\s+/i;

// A connective that points back to a sentence the reader does not see ("However, ...", "But ...", "In contrast, ..."):
// the point stands alone. "Yet", "still" and "also" open a sentence in other senses too, so only with a comma.
// "In contrast to the earlier technologies, pHLIPs act as ...", "Similarly to X", "As a result of Y" compare or explain
// within the sentence itself: there the words stay, lest the point open "To the earlier technologies".
const CONNECTIVE = /^(?:(?:however|but|nevertheless|nonetheless|conversely|in contrast|by contrast|on the other hand|similarly|likewise|accordingly|additionally|as a result|indeed)\s*,?|(?:yet|still|also|further|besides|instead|again|then)\s*,)\s+(?!(?:to|with|of)\b)/i;

// A structured-abstract label left inside the sentence text ("BACKGROUND/AIMS The …", "<b>RESULTS</b>: …").
const SECTION_LABEL =
  /^(?:<[^>]+>\s*)*(?:(?:STUDY|BACKGROUND|AIMS?|OBJECTIVES?|PURPOSE|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE|HYPOTHESIS|METHODS?|MATERIALS?|DESIGN|SETTINGS?|PATIENTS|PARTICIPANTS|SUBJECTS|INTERVENTIONS?|MEASUREMENTS?|OUTCOMES?|EXPOSURES?|RESULTS?|FINDINGS|DISCUSSION|CONCLUSIONS?|INTERPRETATION|SIGNIFICANCE|SUMMARY|LIMITATIONS|CASE|REPORTS?|PRESENTATION|EVIDENCE|SOURCES?|SELECTION|EXTRACTION|SYNTHESIS|ABSTRACT|AND)(?:\s*[/&,]\s*|\s+(?=[A-Z]{3,}\b)))*(?:CLINICAL\s+(?:RELEVANCE|IMPLICATIONS|SIGNIFICANCE)|MAIN\s+OUTCOME\s+MEASURES?|BACKGROUND|AIMS?|OBJECTIVES?|PURPOSE|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE|HYPOTHESIS|METHODS?|MATERIALS?|DESIGN|SETTINGS?|PATIENTS|PARTICIPANTS|SUBJECTS|INTERVENTIONS?|MEASUREMENTS?|OUTCOMES?|EXPOSURES?|RESULTS?|FINDINGS|DISCUSSION|CONCLUSIONS?|INTERPRETATION|SIGNIFICANCE|SUMMARY|LIMITATIONS|REPORTS?|PRESENTATION|EVIDENCE|SYNTHESIS|ABSTRACT)\b(?:\s*<\/[^>]+>)*\s*[:.\-–]?\s+(?=\S)/;

// The word "Abstract" a record keeps before its first sentence ("Abstract Here we review a novel class of ..."): a
// label, not a word of the sentence.
const ABSTRACT_WORD = /^Abstract\s+(?=[A-Z])/;

// A list item's number or letter before a capitalised word: "(3) ", "2) ", "(iv) ", "(b) ".
const LIST_MARKER = /^(?:\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)|(?:\d{1,2}|[ivx]{1,4}|[a-h])\))\s+(?=[A-Z])/;

/**
 * A source sentence without the structured-abstract label or "Abstract" word its record left at its start
 * ("CONCLUSIONS Women with ...", "BACKGROUND/AIMS The ..."): the label is the record's layout, not the authors' words. A
 * sentence that would keep fewer than four words keeps its label.
 */
export function withoutSectionLabel(sentence: string): string {
  return trimmedUnlessShort(sentence, [SECTION_LABEL, ABSTRACT_WORD]);
}

/** A sentence without what the patterns match at its start, unless fewer than four words would remain. */
function trimmedUnlessShort(sentence: string, patterns: readonly RegExp[]): string {
  const trimmed = patterns.reduce((text, pattern) => text.replace(pattern, ''), sentence);
  return trimmed.split(/\s+/).length >= 4 ? trimmed : sentence;
}

/** What the reader sees for a source sentence: section label and preamble trimmed, first letter capitalised. */
export function pointText(sentence: string): string {
  // A sentence split out of an enumerated list ("(3) The DEP is recommended ...") keeps its number in the quote only:
  // alone, the reader sees a stray "(3)" with no (1) or (2) before it.
  const base = trimmedUnlessShort(sentence, [SECTION_LABEL, ABSTRACT_WORD, LIST_MARKER]);
  const text = trimmedUnlessShort(base, [PREAMBLE, CONNECTIVE]);
  // A doubled full stop in the source ("counselling..") is shown once, a decimal it spaced out ("0. 5 percent") whole,
  // a quotation mark left on the wrong side of a full stop where it belongs (src/lib/tokenised-text.ts); the paper's own
  // pointers to its references, tables and figures ("(ref. 1)", "[12]") go: they are not clinq's citations.
  return capitalise(withoutSourceCitations(tidiedSentence(text)));
}

function pointOf(selection: Selection): Point {
  const sources = [selection.passage, ...selection.alsoSaidBy];
  // One patient's course says so: a reader takes it for what happened to one person, not for what to expect.
  const text = pointText(selection.passage.text);
  return {
    text: tellsCase(selection.passage.text) ? `${text} ${CASE_NOTE}` : text,
    citations: sources.map((p) => ({ n: 0, pmid: p.pmid, quote: p.text })),
  };
}

/** A point with a note for the reader after its text, in place of the note on one patient's case. */
function withNote(point: Point, note: string): Point {
  const text = point.text.endsWith(` ${CASE_NOTE}`) ? point.text.slice(0, -CASE_NOTE.length - 1) : point.text;
  return { ...point, text: `${text} ${note}` };
}

/**
 * A lead of another article that answers as well as `lead` does, in the form asked, covering nearly as much of the
 * question (`fits`: no report of an unusual case, fit to lead), or undefined.
 */
function usualAnswer(analysis: QuestionAnalysis, lead: Selection, selected: readonly Selection[], candidates: readonly ScoredPassage[], fits: (s: Selection) => boolean): Selection | undefined {
  const fit = directFit(analysis, lead.passage.text);
  // One in the form asked ("an X-linked recessive bleeding disorder") need not repeat the asking word ("inherited").
  const covers = (s: Selection) => s.passage.coverage >= (fit > 0 ? lead.passage.coverage / 2 : lead.passage.coverage - RELATED_SLACK);
  const answers = (s: Selection) => s.passage.pmid !== lead.passage.pmid && fits(s) && directFit(analysis, s.passage.text) >= fit && covers(s);
  // A point already chosen first; else a sentence of any article found (a mode of inheritance is a fact of the disease).
  return selected.find(answers) ?? candidates.map((passage): Selection => ({ passage, alsoSaidBy: [] })).find(answers);
}

/**
 * A subject of the reader's story without the story's everyday words ("stroke" of "had a stroke last spring"): when
 * it happened is context, and a text on the stroke need not say it. A subject of such words only is left as it is.
 */
function withoutStoryWords(g: SubjectGroup, storyOnly: (word: string) => boolean): SubjectGroup {
  const keep = g.words.map((w) => !storyOnly(w));
  if (keep.every(Boolean) || !keep.some(Boolean)) return g;
  const words = g.words.filter((_, i) => keep[i]);
  return { ...g, words, stems: g.stems.filter((_, i) => keep[i]), text: words.join(' ') };
}

function insufficient(
  question: string,
  audience: Audience,
  corpus: Answer['corpus'],
  evidenceSummary: string,
): Answer {
  return { question, audience, status: 'insufficient_evidence', direct: null, sections: [], references: [], evidenceSummary, corpus };
}

/** Whether an article's title, abstract, MeSH headings or keywords contain the word's surface form (a few letters of inflection aside). */
function namesWord(article: Article, word: string): boolean {
  // A plural, another ending ("pregnancy" and "pregnant") or a British spelling ("immunisation") names it too.
  const lower = britishZ(word.toLowerCase()).replace(/(?<=[a-z]{4})s$/, '');
  // A qualified name keeps its qualifier whole: "vitamin d" is named by "vitamin D3", never by "vitamin K".
  const root = lower.includes(' ') || lower.length <= 6 ? lower : lower.slice(0, lower.length - 3);
  const text = britishZ([article.title, article.abstract, ...article.meshHeadings.map((m) => m.descriptor), ...article.keywords].join(' ').toLowerCase()).replace(/[-‐]/gu, ' ');
  // Hyphens read as spaces, so "IL-6" names "il 6" and "COVID-19" names "covid 19". A short word must be a word
  // of the text (a plural aside): "flu" is not named by "influenza" or "fluoroquinolone", nor "pid" by "rapid".
  if (lower.length > 5) return text.includes(root);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(root)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const britishZ = (text: string) => text.replace(/is(ation|ing|ed|e)\b/g, 'iz$1');

function records(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'record' : 'records'}`;
}

// The full-text index folds diacritics ("Lavallée" is indexed as "lavallee"), so lookups fold them too.
const fold = (stem: string) => stem.normalize('NFD').replace(/\p{M}/gu, '');

/** Corpus-wide document counts of the question's stems, keyed by the stems as the answer stage spells them. */
async function corpusFrequencies(
  analysis: QuestionAnalysis,
  documentFrequencies: (stems: readonly string[]) => Promise<ReadonlyMap<string, number>>,
): Promise<Map<string, number>> {
  // Stemming the folded word matters: "barré" stems to "barré" but the index holds "barre" stemmed, "barr".
  // A qualified name ("vitamin d") is not an index term: its head word's count bounds it.
  const keys = (c: Concept) => {
    const [stem, word] = [c.stem.split(' ')[0] as string, c.word.split(' ')[0] as string];
    // The index holds "β" where a paper writes it; the question's terms spell it "beta".
    const letter = greekLetterOf(word);
    return [fold(stem), stemmer(fold(word)), ...(letter ? [letter] : [])];
  };
  const counts = await documentFrequencies([...new Set(analysis.concepts.flatMap(keys))]);
  return new Map(analysis.concepts.map((c) => [c.stem, Math.max(...keys(c).map((k) => counts.get(k) ?? 0))]));
}

// Adjective endings and the noun endings they come from: viral/virus, bacterial/bacterium, allergic/allergy.
const NOUN_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ical', ['y', 'ics']],
  ['al', ['us', 'um', 'a', 'e']],
  ['ic', ['y', 'ia', 'e', 'is']],
  ['ous', ['us', 'y']],
];

/** Index stems of the nouns an adjective may come from ("adenoviral" → "adenoviru"). */
function nounForms(word: string): string[] {
  const ending = NOUN_ENDINGS.find(([adjective]) => word.endsWith(adjective) && word.length > adjective.length + 3);
  if (!ending) return [];
  const base = word.slice(0, word.length - ending[0].length);
  return ending[1].map((noun) => stemmer(fold(`${base}${noun}`)));
}

/** The analysis with each qualified name ("vitamin d") read as its head word ("vitamin"), weight and all. */
function headWords(analysis: QuestionAnalysis): QuestionAnalysis {
  const seen = new Set<string>();
  const concepts = analysis.concepts
    .flatMap((c) => {
      if (!c.stem.includes(' ')) return [c];
      // A qualifier that is a word of its own ("iii", "b12") stays a concept, as contentTerms reads it; a stop word
      // opening a name ("down" of "down syndrome") does not.
      return contentTerms(c.word).map((t) => ({ ...c, ...t }));
    })
    .filter((c) => !seen.has(c.stem) && seen.add(c.stem));
  return { ...analysis, concepts };
}

/** The question's subject concepts: every concept but the generic wording of its kind ("treatment", "risk"). */
function subjectConcepts(analysis: QuestionAnalysis): Concept[] {
  return analysis.concepts.filter((c) => !c.generic);
}

/** The two subjects a comparison sets side by side ("laparoscopic surgery" better than "open surgery"), or null. */
function comparedSubjects(question: string, subjects: readonly SubjectGroup[]): [SubjectGroup, SubjectGroup] | null {
  const pivot = /\b(?:than|versus|vs\.?|compared (?:with|to)|superior to|inferior to)\s/i.exec(question);
  if (!pivot) return null;
  const lower = question.toLowerCase();
  const at = (g: SubjectGroup) => lower.indexOf(g.text.toLowerCase());
  const before = subjects.filter((g) => at(g) >= 0 && at(g) < pivot.index).at(-1);
  const after = subjects.find((g) => at(g) > pivot.index);
  if (!before || !after) return null;
  // The words both share ("surgery" of laparoscopic and open surgery) tell neither apart.
  const own = (g: SubjectGroup, other: SubjectGroup): SubjectGroup => {
    const stems = g.stems.filter((s) => !other.stems.includes(s));
    return stems.length ? { ...g, stems } : g;
  };
  return [own(before, after), own(after, before)];
}


/**
 * Why the article that would give the direct answer is about something else, or null: a full abstract that speaks of
 * only one of the question's subjects ("low-grade thyroid cancer" for "Does low thyroid cause weight gain?").
 */
export function speaksOfTooLittle(subjects: readonly SubjectGroup[], evidence: readonly Evidence[], fits: ReadonlyMap<string, ArticleFit>, passage: ScoredPassage, need = 2, concept: ConceptOptions = {}): string | null {
  const article = evidence.find((e) => e.article.pmid === passage.pmid)?.article;
  const spoken = article ? spokenIfTooFew(subjects, article, fits.get(passage.pmid)?.stems ?? passage.stems, need, concept) : null;
  if (!spoken) return null;
  const name = (g: SubjectGroup) => g.text;
  // Who is asked about ("bedridden patients") is no subject the article is missing (population.ts).
  const unsaid = subjects.filter((g) => !unitSaid(spoken, g) && !g.population);
  // When every subject left is wording ("level", "soon"), the wording is what is named.
  const missing = (unsaid.some((g) => !g.wording) ? unsaid.filter((g) => !g.wording) : unsaid).map(name);
  const about = spoken.length ? `The best article found speaks of ${joinWords(spoken.map(name))} but not` : 'The best article found does not speak';
  return missing.length ? `${about} of ${joinWords(missing.slice(0, 3), 'or')}, so it answers another question.` : 'The best article found speaks of other things than the question asks, so it answers another question.';
}

/** The subjects a full abstract speaks of when they are too few of the question's, or null when it speaks of enough. */
function spokenIfTooFew(subjects: readonly SubjectGroup[], article: Article, stems: ReadonlySet<string>, need: number, concept: ConceptOptions = {}): SubjectGroup[] | null {
  const heldAll = subjectsHeldTo(stems, subjects);
  // A record with a title and no abstract is whole too: "Sleep-walking with zolpidem" says nothing of controlled drugs.
  if (!heldAll.length || (!isFullAbstract(article) && article.abstract.trim() !== '')) return null;
  // One shared everyday word is no answer: some subject must be met as itself ("sinus infection", not "sinus rhythm").
  const met = (g: SubjectGroup) => meetsAsConcept(article, g, stems, concept);
  const spokenAll = heldAll.filter((g) => speaksOfGroup(stems, g) && !namedOnlyWithin(article, g, heldAll) && (g.stems.length > 1 || met(g)));
  // Who is asked about ("bedridden patients") counts when spoken of but is not missed when not, beside what is asked of
  // them: an article on preventing pressure ulcers answers for bedridden patients too.
  const asked = heldAll.filter((g) => !g.population || spokenAll.includes(g));
  const held = asked.some((g) => !g.population) ? asked : heldAll;
  const spoken = spokenAll.filter((g) => held.includes(g));
  if (held.some((g) => !g.wording) && !spoken.some((g) => !g.wording && met(g))) return [];
  // Who is asked about does not make up the count beside the exposure when what a yes/no question asks an effect on
  // ("fractures" of "reduce fractures") goes unsaid: vitamin D and adults is no answer on vitamin D and fractures.
  // Alternatives joined by "or" ("heart attack or stroke") count once, said by either.
  const objectUnsaid = held.some((g) => g.object && !unitSaid(spoken, g));
  const counted = objectUnsaid ? spoken.filter((g) => !g.population) : spoken;
  const units = (groups: readonly SubjectGroup[]) => new Set(groups.map(subjectUnit)).size;
  return units(counted) >= Math.min(need, units(held)) ? null : spoken;
}

// What a question of each kind asks about its subject, and the cue words that show a sentence says it.
// Only questions worded as asking how a condition is treated, diagnosed, turns out or how common it is count: "What
// medication was tested in the X trial?" asks for names and "How many copies ...?" for a number.
// A question on a treatment's harms ("What are the side effects of colchicine?") is answered by a sentence on them.
const HARMS = /\b(?:side[- ]effects?|adverse|toxic\w*|harm\w*|safety|safe|tolerat\w*|intoleran\w*|withdraw\w*|discontinu\w*)\b/gi;

type AskedKind = { type: QuestionType | 'any'; kind: Exclude<SectionKind, 'other'>; says: string; asks: RegExp; cues?: RegExp };

const ASKED_KIND: AskedKind[] = [
  { type: 'any', kind: 'treatment', says: 'what its side effects or harms are', asks: /\b(?:side[- ]effects?|adverse (?:effects?|events?|reactions?|drug reactions?))\b/i, cues: HARMS },
  { type: 'treatment', kind: 'treatment', says: 'how it is treated or prevented', asks: /\b(treat(?:ment|ed|ing)?s?|therapy|therapies|manag\w*|cured?)\b/i },
  { type: 'diagnosis', kind: 'diagnosis', says: 'how it is diagnosed', asks: /\b(diagnos\w*|how (?:do|can|would|will|could) \w+ (?:know|tell))\b/i },
  { type: 'prognosis', kind: 'prognosis', says: 'what its outcome or survival is', asks: /\b(prognos\w*|outlook|survival|life expectancy)\b/i },
  { type: 'epidemiology', kind: 'epidemiology', says: 'how common it is', asks: /\b(prevalen\w*|inciden\w*|how (?:common|frequent)\w*|epidemiolog\w*)\b/i },
  // A reader's words for the same ("What can I take for the cough?", "Anything for the nausea?"), in any form.
  {
    type: 'any',
    kind: 'treatment',
    says: 'what treats or relieves it',
    asks: /\bwhat (?:can|could|should|do|would) (?:i|you|we|one|they|he|she|my \w+) (?:take|use|do|put on|give|try|recommend)\b.*\bfor\b|\b(?:anything|something|medications?|medicines?|drugs?|remed(?:y|ies)|pills?)(?: (?:i|we|you) (?:can|could|should) (?:take|use|try|put on \w+(?: \w+)?)| to (?:take|use|try))? for\b/i,
  },
  { type: 'any', kind: 'mechanism', says: 'how it works', asks: /\bhow (?:does|do|did) [\w -]+ work\b|\bmechanisms? of action\b/i },
  { type: 'any', kind: 'mechanism', says: 'what causes it', asks: /^what (?:causes|caused)\b|^what (?:is|are) the (?:main |common |usual )?causes? of\b/i },
  { type: 'any', kind: 'presentation', says: 'what its symptoms or signs are', asks: /^(?:what|which) (?:are|is) the (?:main |first |early |common |typical |usual )?(?:symptoms?|signs?)\b/i },
];

// How many first letters of a subject's head another word must share to count as a form of it ("microbi").
const HEAD_PREFIX = 7;

// A sentence that opens by pointing back at what its article is about.
const POINTS_BACK = /^(?:it|its|this|these|they|their|such|both)\b/i;

// Below this many sentences (the direct answer included), the direct answer's own study adds its findings.
const MIN_POINTS = 3;
// An abstract's methods section: how a study measured, not what it found.
const METHODS_SECTION = /\bmethods?\b|\bmaterials?\b/i;
// A supporting finding of that study must still speak of some of the question.
const SUPPORT_COVERAGE = 0.2;
// A sentence naming the subject itself is heard for the verdict from this coverage when the rest spoke of other subjects.
const OWN_SUBJECT_COVERAGE = 0.2;

// The words that ask which gene causes a condition, as stems: no subject of their own.
const GENE_CAUSE_WORDS = /^(?:gene|mutat|variant|genet|caus|defect|alter|chang|respons|underl|delet)/;

// Questions on what a condition is like.
const FEATURES_QUESTION = /\b(?:features?|characteristics?|manifestations?|phenotypes?|clinical picture)\b/i;

/** The kind of answer a question's wording asks for ("How is X treated?" asks for treatment), or undefined. */
function askedKindOf(analysis: QuestionAnalysis): AskedKind | undefined {
  // "How are cystic thyroid nodules treated with ethanol injection?" names the treatment: it asks how that goes.
  if (NAMES_MEANS.test(analysis.question)) return undefined;
  return ASKED_KIND.find((k) => (k.type === analysis.type || k.type === 'any') && k.asks.test(analysis.question));
}

// An operation named by its kind ("orchidopexy", "septoplasty", "tracheostomy", "splenectomy", "a single scrotal
// incision", "aneurysm repair") says how a condition is treated, though no treatment word is written beside it.
const OPERATION = new RegExp(String.raw`\b[a-z]+${OPERATION_ENDING}\b|\b(?:incisions?|repair(?:s|ed)?|operations?|operative(?:ly)?)\b`, 'gi');

// A means given ("percutaneous ethanol injection", "eyes receiving primary IOLs", "patients who underwent ...", an
// implant or prosthesis) says how a condition is treated, as an operation does.
const GIVEN_MEANS = /\b(?:injections?|injected|infusions?|infused|implant(?:s|ed|ation)?|prosthe(?:sis|ses|tic)|receiv(?:ed|ing)|underw(?:ent)|undergo(?:es|ing)?)\b/gi;

// A share of people ("78.9% had depression", "12 of 40 patients", "one in 500 births") says how common something is.
const SHARE = /\d\s*%|\b\d+ (?:of|out of) \d+\b|\b(?:one|1) in (?:every )?[\d,]+\b/gi;


// A question that names the means of treating or diagnosing ("treated with", "diagnosed by").
const NAMES_MEANS = /\b(?:treat|manag|diagnos|detect|prevent)\w* (?:with|by|using|through|via)\b/i;

// How a condition runs or what it turns out to be ("frequently asymptomatic clinical course", "In 5 cases, malignant
// tumors were found", "a benign course") says what its outcome is, though no outcome word is written.
const COURSE = /\b(?:clinical course|course of (?:the )?(?:disease|illness)|(?:benign|malignant|indolent|aggressive|favou?rable|unfavou?rable|fatal|nonfatal|self-limit\w*) (?:course|outcome|behaviou?r|tumou?rs?|lesions?|forms?|cases?)|(?:is|are|was|were|be|proved|proves) (?:\w+ )?(?:benign|malignant)|malignan(?:cy|cies)|malignant transformation|metasta\w*|fatal)\b/gi;

/** How many words of a sentence say what the question asks of its subject (how it is treated, how common it is, ...). */
function askedCues(asked: Pick<AskedKind, 'kind' | 'cues'>, text: string): number {
  if (asked.cues) return (text.match(asked.cues) ?? []).length;
  const extra = asked.kind === 'treatment' ? OPERATION : asked.kind === 'epidemiology' ? SHARE : asked.kind === 'prognosis' ? COURSE : null;
  const given = asked.kind === 'treatment' ? (text.match(GIVEN_MEANS) ?? []).length : 0;
  // "CF is due to a folding defect in the CFTR protein" says what causes CF, though no word of a mechanism is written.
  const cause = asked.kind === 'mechanism' && namesCause(text) ? 1 : 0;
  // "essentially asymptomatic, apart from minimal ankle edema and ease of fatigue" names the symptoms themselves.
  const signs = asked.kind === 'presentation' ? signCount(text) : 0;
  return cueCount(asked.kind, text) + (extra ? (text.match(extra) ?? []).length : 0) + given + cause + signs;
}

// How many sentences of the asked kind an answer needs (leavesOutAskedKind), and the least share of the question one
// drawn from a chosen article to give them must cover.
const ASKED_KIND_NEED = 2;
const ASKED_KIND_COVERAGE = 0.1;
const DRAWN_KINDS = new Set<SectionKind>(['treatment', 'diagnosis', 'prognosis', 'epidemiology']);

/**
 * The sentences chosen, with those of their own articles that say what the question asks of its subject ("In 5 cases,
 * malignant tumors were found ...", "Treatment consists in resection ..." for "What is the prognosis of X?") in place
 * of the weakest others, when too few chosen say it: the articles chosen may say it in sentences that name less of the
 * question. Findings only: no title, aim or premise.
 */
function withAskedKind(analysis: QuestionAnalysis, selected: Selection[], scored: readonly ScoredPassage[], maxPoints: number): Selection[] {
  const asked = askedKindOf(analysis);
  // A cause's or a presentation's cue words are too loose ("genes", "expression", "features", "phenotype") to draw
  // sentences by: "his features fitted the PWS-like phenotype" let a sentence on another chromosome's disomy answer
  // "What are the symptoms of maternal uniparental disomy 14?".
  if (!asked || asked.cues || !DRAWN_KINDS.has(asked.kind) || analysis.type === 'yesno' || !selected.length) return selected;
  const says = (p: ScoredPassage) => askedCues(asked, p.text) > 0;
  const cued = selected.filter((s) => says(s.passage)).length;
  if (cued >= ASKED_KIND_NEED) return selected;
  const pmids = new Set(selected.map((s) => s.passage.pmid));
  const taken = (p: ScoredPassage) => selected.some((s) => s.passage === p || s.alsoSaidBy.includes(p) || s.passage.text === p.text);
  const extra = scored
    .filter((p) => pmids.has(p.pmid) && p.section !== 'title' && !p.aim && !isPremiseSection(p.section) && !statesBelief(p.text) && p.coverage >= ASKED_KIND_COVERAGE && says(p) && !taken(p))
    .slice(0, ASKED_KIND_NEED)
    .map((passage): Selection => ({ passage, alsoSaidBy: [] }));
  if (!extra.length) return selected;
  // The weakest sentences that do not say it make room; the first stays.
  const kept = [...selected];
  for (let i = kept.length - 1; i > 0 && kept.length + extra.length > maxPoints; i--) if (!says((kept[i] as Selection).passage)) kept.splice(i, 1);
  return [...kept, ...extra];
}

/**
 * The lead for a question asking how a condition is treated, diagnosed or turns out: when the lead chosen says nothing
 * of that kind ("AFOP is a recently described histologic pattern ...") and another sentence found on the subject says it
 * twice over ("... with favorable outcome after immunosuppressive therapy and hematopoietic stem cell transplantation"),
 * that sentence leads.
 */
function leadWithAskedKind(analysis: QuestionAnalysis, lead: Selection | undefined, onSubject: readonly Selection[]): Selection | undefined {
  const asked = askedKindOf(analysis);
  // A cause's or a working's cue words ("genes", "expression", "receptors") are too loose to lead by.
  if (!lead || !asked || asked.cues || asked.kind === 'mechanism' || analysis.type === 'yesno' || askedCues(asked, lead.passage.text) > 0) return lead;
  return onSubject.find((s) => s !== lead && !s.passage.aim && s.passage.section !== 'title' && askedCues(asked, s.passage.text) >= 2) ?? lead;
}

/**
 * Why the answer would not say what a treatment, diagnosis, prognosis or frequency question asks, or null: every
 * sentence chosen comes from a full abstract, and neither two sentences nor the direct answer twice over speak of that kind
 * ("What is the treatment for Wilms tumor?" answered with what the WT1 gene does). Short records may just leave the
 * cue words out.
 */
function leavesOutAskedKind(analysis: QuestionAnalysis, subjects: readonly SubjectGroup[], passages: readonly ScoredPassage[], articleOf: ReadonlyMap<string, Article>): string | null {
  const asked = askedKindOf(analysis);
  if (!asked || !passages.length) return null;
  const full = passages.every((p) => {
    const article = articleOf.get(p.pmid);
    return article !== undefined && isFullAbstract(article);
  });
  // Two sentences must say it, or the direct answer twice over ("phlebotomy therapy"): one passing mention ("only
  // revealed at surgery") does not.
  const cues = (text: string) => askedCues(asked, text);
  const cued = passages.filter((p) => cues(p.text) > 0);
  const direct = (passages[0] as ScoredPassage).text;
  // A harm is no passing word: one sentence naming side effects answers ("The most common side effects are ...").
  // Any sentence chosen that says how it is treated, diagnosed or turns out twice over ("favorable outcome after
  // immunosuppressive therapy and hematopoietic stem cell transplantation") says it as plainly as the direct answer
  // would. A cause's words are looser ("cause", "genes", "expression" of another condition's): the direct answer must.
  const twice = asked.kind === 'mechanism' ? cues(direct) >= 2 : passages.some((p) => cues(p.text) >= 2);
  if (!full || cued.length >= (asked.cues ? 1 : 2) || twice) return null;
  // A direct answer that says what the condition is made of ("DDS is a rare childhood disease characterized by a
  // nephropathy ..., XY pseudohermaphroditism and/or Wilms tumor") lists its signs: no passing mention.
  if (asked.kind === 'presentation' && STATES_FEATURES.test(direct)) return null;
  // The title of an article chosen says it too when it speaks of the kind twice over and of every subject asked about
  // ("Nonsense mutation in exon 4 of human complement C9 gene is the major cause of Japanese complement C9
  // deficiency"), as its abstract may then only report the finding ("revealed a nonsense substitution").
  const titles = [...new Set(passages.map((p) => p.pmid))].map((pmid) => articleOf.get(pmid)?.title ?? '');
  if (titles.some((title) => titleSays(title, cues, subjects, cued.length > 0 ? 1 : 2))) return null;
  // The words asking ("side" of "side effects") are no subject the articles were found on.
  const asking = asked.asks.exec(analysis.question)?.[0].toLowerCase() ?? '';
  const named = subjects.filter((g) => !asking.includes(g.text.toLowerCase()));
  const about = named.length ? ` on ${joinWords(named.map((g) => nameAsAsked(g.text, analysis.question)))}` : '';
  const count = new Set(passages.map((p) => p.pmid)).size;
  return `The ${count === 1 ? 'article' : `${count} articles`} found${about} ${count === 1 ? 'does' : 'do'} not say ${asked.says}.`;
}

/**
 * The reason to refuse a yes/no question whose asked relation (inheriting, curing, stopping: verdict-relation) no
 * sentence found speaks of, or null.
 */
function unspokenRelation(analysis: QuestionAnalysis, passages: readonly ScoredPassage[], subjects: readonly SubjectGroup[]): string | null {
  const [relation] = askedRelationsOf(analysis);
  if (!relation || !passages.length || passages.some((p) => speaksOfRelation(p.text, analysis))) return null;
  const count = new Set(passages.map((p) => p.pmid)).size;
  // The subjects without the asking word ("tuberous sclerosis", not "tuberous sclerosis inherited").
  const names = subjects.map((g) => nameAsAsked(g.text.split(/\s+/).filter((w) => w.toLowerCase() !== relation.word).join(' '), analysis.question)).filter(Boolean);
  const about = names.length ? ` on ${joinWords(names.slice(0, 2))}` : '';
  const whether = relation.kind === 'inheriting' ? 'it is inherited' : relation.kind === 'curing' ? 'it can be cured' : relation.kind === 'changing' ? `it is ${relation.word}` : relation.kind === 'knowing' ? `it is known` : names.length > 1 ? 'the one stops the other' : 'it can be stopped';
  return `The ${count === 1 ? 'article' : `${count} articles`} found${about} ${count === 1 ? 'does' : 'do'} not say whether ${whether}.`;
}

// A question asking for a thing of a kind ("Which gene ...?", "What drug ...?"), not what happens or what about it.
const ASKS_FOR_KIND =
  /^\s*(?:which|what)\s+(?!(?:about|happens?|happened|is|are|was|were|do|does|did|can|could|should|would|will|may|might|has|have|if)\b)[\p{L}-]+/iu;

// The least share of the question a sentence naming a thing of the asked kind, drawn from a near sentence's article, covers.
const KIND_COVERAGE = 0.2;

// The fit of a sentence giving what the question asks for (an age, a figure, a cause, a definition), not merely its topic.
const ANSWERING_FIT = 0.1;

// How much less of the question a sentence in the form asked for, or one relating its subjects, may cover and still answer.
const RELATED_SLACK = 0.2;
// A where-question's words ("in the body", "found", "originate") are scaffolding: the sentence naming the place covers less.
const PLACE_SLACK = 0.3;

// The least share of the question a sentence giving the asked figure or superlative must cover, beside coming from an
// article whose other sentences cover it.
const FIGURE_COVERAGE = 0.15;
// How much of the question a sentence giving a figure of the asked kind (asked-quantity) must cover.
const QUANTITY_COVERAGE = 0.1;

/**
 * The sentences giving the figure, superlative or mode of inheritance a question asks for ("How common is X?", "What is
 * the leading cause of X?", "How is X inherited?"): those among the near ones when any do, else findings that name a
 * subject, of the near ones' articles (a mode: the first of any article found).
 */
function askedFormFrom(
  analysis: QuestionAnalysis,
  near: readonly Selection[],
  close: readonly Selection[],
  passages: readonly ScoredPassage[],
  onSubject: (passage: ScoredPassage) => boolean,
): Selection[] {
  const inheritance = asksInheritance(analysis.question);
  // "How is X diagnosed?" is answered by the sentence saying how ("Diagnosis was made clinically based on ..."), which
  // an article on X need not name X in.
  // "How long ...?", "How many eyes ...?", "What dose ...?" are answered by a figure of that kind (asked-quantity), which a
  // study's methods may give ("The analyses were based on 20 437 cataract extractions").
  const quantity = askedQuantity(analysis);
  const diagnosis = analysis.type === 'diagnosis' && !asksQuantity(analysis) && !quantity && !asksSuperlative(analysis) && !inheritance;
  if (!asksQuantity(analysis) && !quantity && !asksSuperlative(analysis) && !inheritance && !diagnosis) return [];
  const inForm = (p: ScoredPassage) =>
    inheritance ? statesInheritanceMode(p.text) : diagnosis ? statesHowDiagnosed(p.text) : (quantity !== undefined && givesQuantity(quantity, analysis.question, p.text)) || givesAskedFigure(analysis, p.text) || statesAskedSuperlative(analysis, p.text);
  const there = near.filter((s) => inForm(s.passage));
  if (there.length) return there;
  // "How is Huntington disease inherited?": a sentence naming the mode ("HD is a severe autosomal dominant
  // neurodegenerative disorder") answers from any article found on the subject, as it is a fact of the disease.
  if (inheritance) {
    const stated = passages.find((p) => p.section !== 'title' && !p.aim && !statesBelief(p.text) && onSubject(p) && inForm(p));
    return stated ? [{ passage: stated, alsoSaidBy: [] }] : [];
  }
  // Beyond the near sentences, only for a question that says what it counts or which thing stands first: "how often?"
  // alone would take any figure of the article.
  if (!diagnosis && !quantity && !countsPlainly(analysis) && !asksSuperlative(analysis)) return [];
  const articles = new Set(close.map((s) => s.passage.pmid));
  const seen = new Set<string>();
  const found: Selection[] = [];
  // A dose, count or duration of a study is given in its methods ("The patients received either 6 mg melatonin or a
  // placebo"), which are no aim to leave out here.
  const design = quantity === 'dose' || quantity === 'count' || quantity === 'duration';
  const aside = (p: ScoredPassage) => (p.aim && !(design && /METHOD/i.test(p.section))) || (onlySaysHowDone(p) && !design);
  for (const p of passages) {
    const key = `${p.pmid} ${p.text}`;
    if (seen.has(key) || !articles.has(p.pmid) || p.section === 'title' || aside(p) || statesBelief(p.text)) continue;
    seen.add(key);
    // A figure of the kind asked, of an article the near sentences come from, need not name the subject again ("For
    // the whole group, the mean improvements of UPDRS parts II and III were 32.5% and 31.5%").
    // It repeats little of the question: it names the measure, not the treatment or the people.
    if (p.coverage >= (quantity ? QUANTITY_COVERAGE : FIGURE_COVERAGE) && (onSubject(p) || quantity !== undefined) && inForm(p)) found.push({ passage: p, alsoSaidBy: [] });
  }
  return found;
}

/** Picks the direct answer: the best-scoring sentence among those covering the question best, conclusions first. */
function chooseDirect(
  analysis: QuestionAnalysis,
  all: Selection[],
  decisive: ScoredPassage | null,
  onSubject: (passage: ScoredPassage) => boolean,
  candidates: readonly ScoredPassage[] = [],
  subjects: readonly SubjectGroup[] = [],
  verdict: Verdict | undefined = undefined,
  titles: ReadonlyMap<string, string> = new Map(),
): Selection | undefined {
  // A sentence that relates the question's subjects to each other ("Renal amyloidosis, prevented by colchicine, is
  // the most severe complication of FMF") answers it better than one that merely names them both ("the disease of
  // FMF and the effect of continuous colchicine treatment on its course").
  // Subjects compared ("the difference between X and Y") are set side by side, not related; a question asking for
  // a thing ("Which gene causes ...?") is answered by the sentence naming it, which relates it, not the question's words.
  const relating =
    subjects.filter((g) => !g.wording).length >= 2 &&
    analysis.type !== 'comparison' &&
    !analysis.topics.includes('comparison') &&
    analysis.type !== 'list' &&
    !ASKS_FOR_KIND.test(analysis.question);
  const relates = (p: ScoredPassage) => relating && relatesSubjects(subjects, p.text);
  // A sentence from an article about the question's subjects answers it; one from an article about only one of
  // them does not, however well it scores, while a better one exists.
  const about = all.filter((s) => onSubject(s.passage));
  // The sentence that decided a yes/no question may come from an article about all its subjects that the points
  // passed over (it lacks the rarest word): it is the answer when no point is about the subjects.
  // It answers unless it only says what the study set out to do or believed.
  const finding = decisive !== null && !decisive.aim && !statesBelief(decisive.text);
  if (!about.length && decisive && finding && onSubject(decisive)) return { passage: decisive, alsoSaidBy: [] };
  const selections = about.length ? about : all;
  // A title names a topic rather than stating a finding: the direct answer is a sentence when one exists.
  // Nor does a statement of aims ("We aimed to examine ...") when a finding is there.
  const findings = selections.filter((s) => s.passage.section !== 'title' && !s.passage.aim && !statesBelief(s.passage.text));
  if (decisive && finding) {
    const hit = selections.find((s) => s.passage === decisive || s.alsoSaidBy.includes(decisive));
    // The sentence that decided the verdict gives way to a near one that relates the subjects and stands the same way
    // (or, where it is silent, the way the verdict went).
    const stance = polarityOf(decisive.text, analysis);
    const verdictWay = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
    const sameWay = (p: ScoredPassage) => {
      const way = polarityOf(p.text, analysis);
      return way === stance || (stance === 0 && way === verdictWay);
    };
    // A deciding sentence stating the effect asked about ("results in a significant reduction in the incidence of
    // CAUTI") does not give way to one relating the subjects without it ("CAUTI is a common complication of urinary
    // catheterization").
    const outcome = analysis.type === 'yesno' && asksOutcome(analysis.question);
    const keepsEffect = (p: ScoredPassage) => !outcome || !statesMeasuredChange(decisive.text) || statesMeasuredChange(p.text);
    const related = relating && !relates(decisive)
      ? findings.find((s) => s.passage.coverage >= decisive.coverage - RELATED_SLACK && relates(s.passage) && sameWay(s.passage) && keepsEffect(s.passage))
      : undefined;
    if (hit && related) return related;
    // A deciding sentence that is the study's premise, or one result beside the authors' conclusion, gives way to its
    // own article's answer on the same side: the finding that settles the premise, or the conclusion (lead-conclusion).
    // It takes the same side in words, or, silent, states the asked relation ("individuals with periodontal disease are
    // at higher risk of rheumatoid arthritis").
    const sided = (p: ScoredPassage) => (polarityOf(p.text, analysis) !== 0 ? sameWay(p) : relates(p));
    const usable = (p: ScoredPassage) => !statesBelief(p.text) && !leavesOpen(p.text) && onSubject(p);
    // A deciding sentence that only sets the scene or speculates gives way to its article's sentence stating the
    // effect asked about (lead-conclusion effectLead).
    const effect = hit && outcome ? effectLead(decisive, candidates, sided, usable) : undefined;
    if (effect) return all.find((s) => s.passage.text === effect.text || s.alsoSaidBy.some((o) => o.text === effect.text)) ?? { passage: effect, alsoSaidBy: [] };
    const own = hit ? ownAnswerLead(decisive, candidates, sided, usable) : undefined;
    if (own) return { passage: own, alsoSaidBy: [] };
    if (hit) return hit;
    // Points that only tell what was done leave the finding that decided the verdict to answer.
    if (!findings.length && onSubject(decisive)) return { passage: decisive, alsoSaidBy: [] };
  }
  // A direct answer states a finding or a fact: a sentence that only says how a study was done ("Gout patients were
  // included based on ... receipt of at least 1 allopurinol prescription") answers nothing, even when no other
  // sentence names what was asked. A question asking for a thing or several may be answered by what a study used
  // ("The vaccine used contained the strains A/... and B/..."): there the methods stay.
  const namesAsked = asksForSeveral(analysis) || (asksForThing(analysis) && askedNoun(analysis.question) !== null);
  const stated = findings.length ? findings : selections.filter((s) => s.passage.section !== 'title' && (namesAsked || !onlySaysHowDone(s.passage)));
  if (!stated.length && selections.some((s) => s.passage.section !== 'title')) return undefined;
  const pool = stated.length ? stated : selections;
  const top = Math.max(...pool.map((s) => s.passage.coverage));
  // A sentence in the form asked for may cover a little less ("H pylori" does not spell out "Helicobacter").
  const places = (p: ScoredPassage) => namesPlace(analysis, p.text);
  const slack = (p: ScoredPassage) => (places(p) ? PLACE_SLACK : directFit(analysis, p.text) > 0 || relates(p) || describesGiven(analysis, p.text) ? RELATED_SLACK : 0.1);
  // "How could the Ebola epidemic affect measles?" is answered by the sentence of an article on both that gives the
  // change in measles ("increases the expected size of a regional measles outbreak from 127,000 to 227,000 cases"):
  // it need not name the cause again, which a background sentence on the epidemic does, covering more of the question.
  const effects = asksEffect(analysis) ? pool.filter((s) => statesEffect(analysis, s.passage.text)) : [];
  const close = effects.length ? effects : pool.filter((s) => s.passage.coverage >= top - slack(s.passage));
  const asked = analysis.question.toLowerCase();
  // A factoid question is answered by the sentence that names the thing asked for.
  const namesSomething = (p: ScoredPassage) =>
    asksForThing(analysis) && namedEntities(p.text).some((e) => !asked.includes(e.toLowerCase())) ? 0.08 : 0;
  // The sentence in the form the question asks for (what X is, how it is treated) comes first among near-equals.
  // So is the one saying what the entity the question gives is, naming the thing asked ("LB-100, an inhibitor of protein phosphatase 2A").
  // A question asking for several things is answered first by a sentence listing several.
  const several = asksForSeveral(analysis);
  const bonus = (p: ScoredPassage) =>
    p.score + (isConclusion(p) ? 0.05 : 0) + namesSomething(p) + directFit(analysis, p.text) + (describesGiven(analysis, p.text) ? 0.1 : 0) + (several && listsSeveral(p.text) ? 0.06 : 0);
  // "What is X?" is answered by a sentence saying what X is whenever one is close enough, however the others score;
  // it may be a sentence of a cited article that no point took.
  const defines = (p: ScoredPassage) => p.section !== 'title' && onSubject(p) && definesSubject(analysis, p.text);
  // "How is X inherited?" reads as a definition question by its form but asks for a mode of inheritance.
  // So does "How dangerous is it? (X)", which asks how grave X is (direct-fit asksSeverity).
  const inheritance = asksInheritance(analysis.question) || asksSeverity(analysis.question);
  // A share, rate or count (direct-fit), or a duration, dose, magnitude, time or choice (asked-quantity).
  const figure = asksQuantity(analysis) || askedQuantity(analysis) !== undefined;
  const definition = (analysis.type === 'definition' && !asksForThing(analysis) && !asksEffect(analysis) && !figure && !inheritance) || asksWhatItIs(analysis);
  const defining = definition ? close.filter((s) => defines(s.passage)) : [];
  const unpicked = definition && !defining.length
    ? candidates.filter((p) => p.coverage >= top - 0.2 && defines(p)).map((passage): Selection => ({ passage, alsoSaidBy: [] }))
    : [];
  // "How is X treated?", "What are the symptoms of X?": a sentence that speaks of that comes first among near-equals.
  // "What are the features of X?" prefers a sentence on how X presents, though (unlike the kinds above) an answer
  // without one is not refused: features may be molecular or radiological as well.
  const askedKind = askedKindOf(analysis) ?? (FEATURES_QUESTION.test(analysis.question) ? { kind: 'presentation' as const } : undefined);
  const fitting = askedKind ? close.filter((s) => askedCues(askedKind, s.passage.text) > 0) : [];
  const formed = defining.length ? defining : unpicked.length ? unpicked : fitting.length ? fitting : close;
  // "Why can ALD and AMN occur in the same family?" is answered by the sentence giving the cause ("ALD and AMN are
  // caused by a mutation in the same gene"), though another relates the subjects ("carrier detection in affected
  // families").
  // The gene of another condition ("dominant myotonias sensitive to potassium are caused by point mutations in SCN4A")
  // is no answer to which gene causes the one asked about: a cause given for it names it.
  const named = asksGeneCause(analysis) ? subjectConcepts(analysis).filter((c) => !GENE_CAUSE_WORDS.test(c.stem)) : [];
  const subjectNamed = (p: ScoredPassage) => named.every((c) => mentions(p.stems, c.stem));
  const causal = formed.filter((s) => givesAskedCause(analysis, s.passage.text) && subjectNamed(s.passage));
  // "How common is X in Y?" is answered by the results sentence giving the figure ("71 (78.9%) subjects had
  // depression"), "What is the leading cause of X?" by the one naming it ("was identified as the primary cause of X"),
  // though a conclusion without it covers more of the question (it need not name the study's population again): when
  // no near sentence gives it, one of an article the near sentences come from does.
  // The form asked leads the causes ("What mutation causes most cases of X?": "caused in almost all cases by
  // homozygous intronic expansions"), among them when one of them has it.
  const figured = askedFormFrom(analysis, causal.length ? causal : formed, close, [...selections.map((s) => s.passage), ...candidates], onSubject);
  const causalFigured = figured.filter((s) => causal.includes(s));
  const shaped = causalFigured.length ? causalFigured : figured.length ? figured : causal.length ? causal : formed;
  // "From what age should screening start?" is answered by a sentence giving an age ("starting at age 45"), not by one
  // relating the subjects without it: the sentences in the form asked come first, relating ones among them.
  // (What X is has been chosen above, by defining.)
  const answering = analysis.type === 'definition' && !asksEffect(analysis) && !figure && !inheritance ? [] : shaped.filter((s) => directFit(analysis, s.passage.text) >= ANSWERING_FIT);
  // "What chromosome is involved in X?": a sentence naming one of the kind asked ("band 22q11") comes before one that
  // names none (a definition of X), whatever else fits (asked-kind-name).
  const fitted = answering.length ? answering : shaped;
  const namesKind = askedKindNamer(analysis);
  const kindNamed = namesKind ? fitted.filter((s) => namesKind(s.passage.text)) : [];
  // When no near sentence names one, a finding of their articles that does ("This BRCA1-associated RING domain (BARD1)
  // protein contains ...", beside "Here we describe a novel protein that interacts ... with BRCA1") answers, covering at
  // least half as much of the question.
  const fittedArticles = new Set(fitted.map((s) => s.passage.pmid));
  const kindCoverage = Math.max(KIND_COVERAGE, top / 2);
  // A tool's or database's own article says what it is for in its title ("GprotPRED: Annotation of Gα, Gβ and Gγ
  // subunits of G-proteins ...") and calls it a tool in a sentence saying little else ("An online tool, GprotPRED, was
  // developed ..."): that sentence answers with its article's coverage when it names what the title names.
  const titleNames = (p: ScoredPassage) => {
    const title = titles.get(p.pmid);
    if (!title || p.coverage === 0 || (p.articleCoverage ?? 0) < kindCoverage || callsAskedKind(analysis, p.text) !== true) return false;
    const named = askedKindNames(analysis, title) ?? [];
    return (askedKindNames(analysis, p.text) ?? []).some((n) => named.includes(n));
  };
  const kindFound = kindNamed.length || !fitted.length || !namesKind
    ? []
    : candidates
        .filter((p) => fittedArticles.has(p.pmid) && p.section !== 'title' && !p.aim && !statesBelief(p.text) && onSubject(p) && namesKind(p.text) && (p.coverage >= kindCoverage || titleNames(p)))
        .map((passage): Selection => all.find((s) => s.passage === passage) ?? { passage, alsoSaidBy: [] });
  // A sentence saying what the named thing is ("We present 3DSNP, an integrated database") comes before one that only
  // uses the name ("Deep features learned by DeepCC captured ...").
  const kindCalled = kindNamed.filter((s) => callsAskedKind(analysis, s.passage.text) === true);
  const inForm = kindCalled.length ? kindCalled : kindNamed.length ? kindNamed : kindFound.length ? kindFound : fitted;
  const related = inForm.filter((s) => relates(s.passage));
  const best = related.length ? related : inForm;
  const chosen = best.sort((a, b) => bonus(b.passage) - bonus(a.passage))[0];
  // A verdict is shown with a sentence that says it: "no" to "Is there a cure for X?" opens with "there is no known
  // treatment that alters the natural course of the disease", not with a better-scoring sentence that hopes for one.
  const verdictWay = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  if (chosen && decisive && finding && verdictWay !== 0 && onSubject(decisive) && polarityOf(decisive.text, analysis) === verdictWay && polarityOf(chosen.passage.text, analysis) !== verdictWay) {
    return { passage: decisive, alsoSaidBy: [] };
  }
  const spelled = [...pool, ...candidates.filter((p) => onSubject(p)).map((passage): Selection => ({ passage, alsoSaidBy: [] }))];
  const led = settledLead(spelledOutLead(analysis, chosen, spelled), candidates, pool);
  // A question asking for a thing ("Which molecule is targeted by X?") is answered by the sentence naming it, whatever
  // else its article covers; "What are the attacks like?" asks what they are like, no thing.
  const thingAsked = namesAsked && !DESCRIPTION_ASKED.test(analysis.question);
  return analysis.type === 'yesno' || figure || inheritance || thingAsked ? led : fullerArticleLead(led, candidates, onSubject);
}

// A question asking what something is like ("What are the attacks like?", "What does the rash look like?").
const DESCRIPTION_ASKED = /\b(?:what|how)\b[^?]*\blike\s*\?\s*$/i;

// How much more of the question another article must cover than the lead's for its finding to lead instead.
const FULLER_ARTICLE = 0.2;
// The least share of the question that finding must still cover.
const FULLER_FINDING = 0.2;

/**
 * A lead from an article that meets fewer of the question's words ("By conventional linkage analysis ... markers of
 * the acute attacks" for "FMF that only starts after age 40 - what are the attacks like?") gives way to the best finding
 * of an article that meets clearly more of them, the asked qualifier among them ("the onset of FMF in a late age
 * defines a milder form of disease ..." of a study whose aim names the age): the question asks about that article's
 * people. Not for a yes/no, a figure or a thing asked, which their own sentence-level rules answer.
 */
export function fullerArticleLead(chosen: Selection | undefined, candidates: readonly ScoredPassage[], onSubject: (p: ScoredPassage) => boolean): Selection | undefined {
  if (!chosen) return chosen;
  const own = chosen.passage.articleCoverage ?? chosen.passage.coverage;
  const fuller = candidates.find(
    (p) =>
      (p.articleCoverage ?? 0) >= own + FULLER_ARTICLE && p.coverage >= FULLER_FINDING && p.section !== 'title' && !p.aim &&
      !isPremiseSection(p.section) && !statesBelief(p.text) && !leavesOpen(p.text) && onSubject(p),
  );
  return fuller ? { passage: fuller, alsoSaidBy: [] } : chosen;
}

/**
 * A lead that only says the question is open or was believed ("However, the number of needles used ... is still a
 * matter of debate", "attempts to confirm that G6PD deficiency is protective ... have yielded conflicting results")
 * gives way to its own article's best finding on the question ("Both groups, independently from the number of needles
 * used, obtained a good therapeutic effect"): the study settles what its background leaves open.
 */
function settledLead(chosen: Selection | undefined, candidates: readonly ScoredPassage[], pool: readonly Selection[] = []): Selection | undefined {
  if (!chosen) return chosen;
  const lead = chosen.passage;
  // So does one that only sets out the study's premise ("No linkage data are as yet available on X"), for its
  // article's finding covering at least half as much of the question (lead-conclusion).
  const article = candidates.filter((p) => p.pmid === lead.pmid);
  const believed = statesBelief(lead.text) || leavesOpen(lead.text);
  const premise = !believed && statesPremise(lead, article);
  if (!believed && !premise) return chosen;
  const settles = (p: ScoredPassage) => p !== lead && p.section !== 'title' && !p.aim && !statesBelief(p.text) && !leavesOpen(p.text) && !statesPremise(p, article);
  const finding = candidates.find((p) => p.pmid === lead.pmid && settles(p) && p.coverage > (premise ? lead.coverage / 2 : 0));
  if (premise) return finding ? { passage: finding, alsoSaidBy: [] } : chosen;
  if (finding) return { passage: finding, alsoSaidBy: [] };
  // An article that only calls for more study gives way to another article's finding on the question that covers at least
  // half as much of it: any finding says more than a call for study.
  return pool.find((s) => settles(s.passage) && s.passage.coverage >= lead.coverage / 2) ?? chosen;
}

async function composeOnce(question: string, given: ComposeOptions): Promise<Answer> {
  const options = given.shortFormsOf ? await withShortForms(question, given, given.shortFormsOf) : given;
  const { findEvidence, audience = 'physician', corpus, limit = 10, filters, maxPoints = 10, minCoverage = 0.4, minSubject = 0.3, articleShare = 0.6, maxArticles = 8, onDrop } = options;
  const { documentFrequencies, minRareSubject = 0.5, rareShare = 0.01, isNamedConcept: isNamedWord = () => true, englishLevel } = options;
  // A name hyphened to a single letter ("c-section") is read without the letter ("section"), the vocabulary names it
  // whole: its word is a name here, not the everyday word it is alone.
  const lettered = letterHyphenedNames(question, isNamedWord);
  const isNamedConcept = (word: string) => isNamedWord(word) || lettered.has(word);
  // The person a reader speaks for ("my dad's Parkinson's", "my frail elderly mum") is who the question is for, not a
  // topic an article names or a word its coverage counts.
  // A disease name a reader writes in lower case ("down syndrome") is read as the name, not as "syndrome" alone.
  const read = analyzeQuestion(withNamesCapitalised(question, isNamedConcept));
  const concepts = read.concepts.filter((c) => !isReaderPerson(question, c.word));
  const asked = concepts.length < read.concepts.length ? { ...read, concepts } : read;
  // An organ asked in English is also spoken of by its Greek or Latin root ("cholecystectomy" of the gallbladder).
  // A name the question restates in a bracket ("strawberry birthmark (hemangioma)") is spoken of by either name.
  const restated = asked.restated ?? [];
  const plain = options.alternativesOf
    ? { ...asked, synonyms: [...restated, ...questionSynonyms(asked.question, options.alternativesOf), ...organRootSynonyms(asked.question)] }
    : restated.length ? { ...asked, synonyms: restated } : asked;
  const subject = subjectConcepts(plain).map((c) => c.word);
  const named = subject.length ? subject : plain.concepts.map((c) => c.word);
  if (!plain.concepts.length) {
    return insufficient(question, audience, corpus, 'The question names nothing to look for in the literature.');
  }
  // clinq reads questions in English only: one in another language gets that said, not a search on its words.
  const foreign = foreignLanguageSummary(question);
  if (foreign) return insufficient(question, audience, corpus, foreign);
  // A question lifted out of a conversation ("Is it contagious?", "What does this medication do?") would be answered
  // about its other words only; the reader is asked for the name instead.
  const everyday = (word: string) => (englishLevel?.(word) ?? Infinity) <= EVERYDAY_LEVEL;
  const commonest = (word: string) => (englishLevel?.(word) ?? Infinity) <= COMMONEST_LEVEL;
  const pointer = unresolvedReference(question, everyday);
  if (pointer) {
    return insufficient(question, audience, corpus, `The question says "${pointer}" without naming what it means; ask it again with the name of the condition, test or medicine.`);
  }
  // "Do I need antibiotics?" asks for advice on a kind of treatment for a condition it does not name.
  const forWhat = unnamedCondition(question, (word) => commonest(word) && !isNamedConcept(word));
  if (forWhat) return insufficient(question, audience, corpus, `The question asks about ${joinWords(forWhat)} without naming the condition or symptom to treat; ask it again with that name.`);
  // "Anything I can do for pain?", "Is there a treatment?": only kinds of thing are named, so any answer is about another condition.
  const general = namesOnlyKinds(question, (word) => commonest(word) && !isNamedConcept(word), (word) => (englishLevel?.(word) ?? Infinity) > RARE_KIND_LEVEL, isNamedConcept);
  if (general) return insufficient(question, audience, corpus, `The question names only general words (${joinWords(general.slice(0, 3).map((w) => `"${w}"`))}) and no condition, medicine or test; ask it again naming the condition, medicine or test.`);
  // "How long will it take to get better?", "What are my chances now?": nothing but the reader's everyday words.
  if (namesNothing(question, (word) => commonest(word) && !isNamedConcept(word))) return insufficient(question, audience, corpus, 'The question names nothing to look for in the literature.');
  // A bare "What about X?" lifted out of a conversation does not say what it asks of X.
  const about = unstatedAsk(question);
  if (about) return insufficient(question, audience, corpus, `The question asks about ${about} without saying what it wants to know of it; ask it in full, e.g. what causes it or how it is treated.`);
  // A bare short form ("abc") says neither which of its meanings is meant (ATP-binding cassette, abacavir, airway,
  // breathing, circulation) nor what is asked of it: an answer would be about whichever meaning search met first.
  const bare = /^\W*([\p{L}\p{N}]{2,4})\W*$/u.exec(question)?.[1];
  if (bare !== undefined && englishLevel !== undefined && englishLevel(bare.toLowerCase()) === undefined && !isNamedConcept(bare.toLowerCase())) {
    return insufficient(question, audience, corpus, `The question asks about ${bare} without saying what it wants to know of it; ask it in full, with the short form written out and what you want to know of it.`);
  }
  const [evidence, frequencies] = await Promise.all([
    // A record's abstract is read up to a bound (bounded-evidence.ts), so a 100 KB record cannot slow every answer.
    findEvidence(question, { limit, ...(filters ? { filters } : {}) }).then((found) => boundedEvidence(options.thread ? preferThreadRecords(found, options.thread.pmids, options.thread.pointedAt) : found)),
    documentFrequencies ? corpusFrequencies(plain, documentFrequencies) : Promise.resolve(null),
  ]);
  // A subject word no article of the corpus contains is a topic the corpus does not cover when the vocabulary names
  // it ("colchicine") or it is no English word ("benadryl", or a misspelling the reader can then correct).
  // So is an English word that says which treatment is asked about ("cranberry tablets", "cranberry juice").
  const topicWord = (word: string) => isNamedConcept(word) || (englishLevel !== undefined && englishLevel(word) === undefined) || namesWhichRemedy(word, question);
  const unseen = frequencies ? plain.concepts.filter((c) => !c.generic && !isRelationWord(c.stem) && frequencies.get(c.stem) === 0 && topicWord(c.word)) : [];
  // A reader's word the corpus writes only by its medical name ("outlook" as "prognosis") is no missing topic.
  // Every word of the name must be in the corpus: "herpes" alone does not write "shingles" (herpes zoster).
  const medicalNames = (c: Concept) => [
    ...(options.alternativesOf?.(c.word) ?? []).map((name) => contentTerms(name).map((t) => t.stem)),
    ...restated.filter((r) => r.stems.includes(c.stem)).flatMap((r) => r.names),
  ].filter((stems) => stems.length > 0).map((stems) => stems.map(indexStem));
  const namedCounts = unseen.length && documentFrequencies ? await documentFrequencies([...new Set(unseen.flatMap(medicalNames).flat())]) : new Map<string, number>();
  const zero = unseen.filter((c) => !medicalNames(c).some((stems) => stems.every((stem) => (namedCounts.get(stem) ?? 0) > 0)));
  // A word only the vocabulary of English lacks may be a typing slip of a word the retrieved articles use
  // ("apetite"), or a code too short to tell ("zp"): only longer words that no retrieved article nearly spells count.
  // When one retrieved article covers several other specific words of the question, an unknown word beside them is
  // more likely a variant spelling ("glucosteroids" for Duchenne muscular dystrophy) than the topic itself.
  const unknown = zero.filter((c) => !isNamedConcept(c.word));
  const words = unknown.length ? evidence.map((e) => articleWords(e.article)) : [];
  const specific = unknown.length ? plain.concepts.filter((c) => !c.generic && !zero.includes(c) && !everyday(c.word)) : [];
  const context = Math.max(0, ...evidence.map((e) => specific.filter((c) => mentions(articleStems(e.article), c.stem)).length));
  // An adjective the corpus writes as its noun ("adenoviral" for "adenovirus") is no missing topic either.
  const related = unknown.length && documentFrequencies ? await documentFrequencies([...new Set(unknown.flatMap((c) => nounForms(c.word)))]) : new Map<string, number>();
  const inNounForm = (c: Concept) => nounForms(c.word).some((stem) => (related.get(stem) ?? 0) > 0);
  const absent = zero
    .filter((c) => isNamedConcept(c.word) || namesWhichRemedy(c.word, question) || (c.word.length >= 4 && context < MIN_CONTEXT && !spelledIn(c.word, words) && !inNounForm(c)))
    .map((c) => c.word);
  // "Is impetigo a viral infection?": no article need say "viral" when one calls impetigo a bacterial infection.
  const givenOtherwise = (words: readonly string[]) =>
    plain.type === 'yesno' && words.every((w) => askedQualifiers(question).includes(w.toLowerCase())) &&
    competingClasses(question, evidence.flatMap((e) => splitSentences(`${e.article.title} ${e.article.abstract}`).map((text) => ({ text })))).length > 0;
  // "Is ameloblastoma a tumour occurring in the brain?" when the articles on it place it in the jaw: the verdict may
  // answer no from them, and only if it does not is the question refused as it would have been here.
  const elsewhere = plain.type === 'yesno' ? answeredElsewhere(question, evidence) : null;
  let waived: string | undefined;
  if (absent.length && !givenOtherwise(absent)) {
    // Named as the question writes them, with the disease's head it gives them ("Lyme disease", not "lyme").
    const message = `No article in the corpus of ${records(corpus.articles)} mentions ${joinWords(absent.slice(0, 3).map((w) => asWritten(nameAsAsked(w, question), question)), 'or')}.`;
    if (!elsewhere?.waives(absent, true)) {
      const refusal = insufficient(question, audience, corpus, message);
      // The words no English word list or vocabulary knows may be typing slips: composeAnswer offers the nearest corpus words.
      const unknownWords = absent.filter((w) => englishLevel !== undefined && englishLevel(w.toLowerCase()) === undefined && !isNamedConcept(w));
      if (unknownWords.length) UNKNOWN_WORDS.set(refusal, { words: unknownWords, absent: Math.min(absent.length, 3) });
      return refusal;
    }
    waived = message;
  }
  if (!evidence.length) {
    return insufficient(question, audience, corpus, `No article in the corpus of ${records(corpus.articles)} mentions ${joinWords(named)}.`);
  }
  // Concepts weigh by how specific they are within the evidence; an article must cover the specific ones. Wording
  // (relation words, everyday words the vocabulary does not name) is no specific part of the question.
  // An everyday word right before a name the vocabulary knows qualifies that name ("intermittent fasting", "healthy
  // knee"), and words that together make such a name ("weight loss") are one: part of the subject, not wording.
  const qualifiers = new Set(
    subjectGroups(plain).flatMap((g) =>
      g.words.flatMap((w, i) => {
        const next = g.words[i + 1];
        if (next === undefined) return [];
        if (isNamedConcept(`${w} ${next}`)) return [w, next];
        return isNamedConcept(next) ? [w] : [];
      }),
    ),
  );
  // What only the reader's story before the question holds ("My daughter is a straight-A student.") in everyday
  // English the vocabulary does not name is context, not a subject the evidence must speak of (reader-context.ts);
  // a name ("Parkinson's") or a medical word of the story stays a subject.
  const story = storyWords(question, (w) => isRelationWord(stemOf(w)) || (commonest(w) && !isNamedConcept(w)));
  // So is a noun of the story naming only a kind of treatment, condition or test ("no longer responds to his tablets").
  const storyOnly = (word: string) => story.size > 0 && word.split(' ').every((w) => w.length < 2 || (story.has(w) && ((everyday(w) && !isNamedConcept(w)) || commonest(w) || namesAKind(w))));
  const wording = (c: Concept) => isRelationWord(c.stem) || (commonest(c.word) && !isNamedConcept(c.word) && !qualifiers.has(c.word)) || storyOnly(c.word);
  // Only which articles cover the question hears that: within an article, and for the verdict, the sentence that
  // says how the subjects relate ("worse", "reduces") is the one that answers.
  const { analysis, fits: sentenceFits } = fitEvidence(plain, evidence);
  // Which sentences answer does not hear the reader's everyday words ("people", "occur", "likely", "get") at full
  // weight, though: rare among the articles because they are wording, they would outweigh the subjects ("the absence
  // of DM in sub-Saharan Negroid peoples" for "Why do people with myotonic dystrophy get cataracts?").
  const readerWording = (c: Concept) => wording(c) && READER_WORDING.has(c.stem);
  // Weighing only ever lowers such words that are no generic word; a question without one is weighed as above.
  const readerWorded = plain.concepts.some((c) => !c.generic && readerWording(c));
  const pointFit = readerWorded ? fitEvidence(plain, evidence, readerWording) : { analysis, fits: sentenceFits };
  const { analysis: topicalAnalysis, fits } = fitEvidence(plain, evidence, wording);
  const bestArticle = Math.max(0, ...[...fits.values()].map((f) => f.coverage));
  const bestSubject = Math.max(0, ...[...fits.values()].map((f) => f.subject));
  // The question's rarest word that some retrieved article uses is its most specific topic: only articles that
  // mention it give points. When that word is a named concept of the vocabulary (not phrasing), one of those
  // articles must also cover at least half of the question's subject weighed by corpus rarity, or the evidence is
  // about something else ("colchicine" in breast milk for a question on colchicine and cardiovascular events).
  const retrieved = [...fits.values()].map((f) => f.stems);
  // Everyday words ("last", "days", "time") are wording, however rare in the corpus, unless nothing else is left.
  const topical = { ...plain, concepts: plain.concepts.filter((c) => !everyday(c.word)) };
  const rarestAny = frequencies ? rarestSubject(topical.concepts.length ? topical : plain, frequencies, corpus.articles * rareShare, retrieved) : null;
  // Search's first article decides whether the rare word is the topic: when it lacks the word, the word may be
  // phrasing that the right article does not repeat. A first article that shares only everyday wording with the
  // question (a dystonia scale "at three time points" for "Does a migraine last for days at a time?") has no say.
  const first = fits.get(evidence[0]?.article.pmid ?? '');
  const firstIsTopical = first !== undefined && topical.concepts.some((c) => !c.generic && mentions(first.stems, c.stem));
  // A word the vocabulary names or that is no English word at all ("ubrogepant") is never phrasing.
  const surelyTopic = (c: Concept) => isNamedConcept(c.word) || (englishLevel !== undefined && englishLevel(c.word) === undefined);
  // The question's only subject word beyond everyday wording ("migraines" in "Do you recommend anything to avoid
  // these migraines?", "diabetics" in "Can diabetics eat sweets?") is its topic whether or not the vocabulary names
  // it. The word naming the kind of answer ("What medications were tested in the COSMIC-313 trial?") is not: the
  // articles answer with drug names.
  const answerKind = /^(?:what|which)\s+([\p{L}\p{N}]+)/iu.exec(question)?.[1]?.toLowerCase();
  // The question's subjects are its runs of subject words: "colorectal cancer" is one subject, "smoking" another.
  // A word no article of the corpus has that was let pass (a typing slip, a variant spelling) cannot be asked for,
  // nor is the kind of thing asked for ("company" in "Which company produces Keytruda?") a subject to find.
  // A lone word of the commonest English wording the vocabulary does not name ("away" of "go away on its own") is the
  // reader's phrasing: an article that does not say it is not held to it. Such words in a run with others ("different
  // follow-up modalities", "community setting") stay a subject.
  const plainWording = (word: string) => commonest(word) && !isNamedConcept(word) && !qualifiers.has(word);
  // So is a run of such words that only qualifies the question's relation word ("heavy manual" of "Can heavy manual
  // work cause ...?"): its head is wording, and an article on "working exposure" is not held to "heavy" or "manual".
  const qualifiesRelation = (g: SubjectGroup) => {
    const next = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(g.text)}\\s+([\\p{L}]+)`, 'iu').exec(question)?.[1]?.toLowerCase();
    return next !== undefined && isRelationWord(stemOf(next)) && g.words.every(plainWording);
  };
  const questionSubjects = subjectGroups(plain, (word) => word === answerKind || zero.some((c) => c.word === word)).map((g) =>
    (g.words.length === 1 && plainWording(g.words[0] as string)) || g.words.every(storyOnly) || qualifiesRelation(g) ? { ...g, wording: true } : withoutStoryWords(g, storyOnly),
  ).map((g) => (isPopulationSubject(question, g) ? { ...g, population: true } : g));
  // What a yes/no question asks an effect on must be spoken of by an article that answers it (relation-object).
  // What it asks a thing to be good or bad for ("a cold") names the condition, though a lone everyday word.
  const effectOn = plain.type === 'yesno' ? (relationObject(question, questionSubjects) ?? goodForObject(question, questionSubjects)) : undefined;
  if (effectOn) questionSubjects.splice(questionSubjects.indexOf(effectOn), 1, { ...effectOn, wording: false, object: true });
  const subjectTopics = topical.concepts.filter((c) => !c.generic && c.word !== answerKind);
  const sole = englishLevel !== undefined && subjectTopics.length === 1 ? subjectTopics[0] : undefined;
  const soleFound = sole && retrieved.some((stems) => mentions(stems, sole.stem)) ? sole : null;
  const rarest = (rarestAny && first && (mentions(first.stems, rarestAny.stem) || !firstIsTopical || surelyTopic(rarestAny)) ? rarestAny : null) ?? soleFound;
  // A noun naming only a kind of treatment, condition or test ("tablets", "the infection") says not which one: it is
  // no topic whose articles must cover the question, though the vocabulary names it.
  const vocabularyOnly = { ...plain, concepts: plain.concepts.filter((c) => isNamedConcept(c.word) && !namesAKind(c.word)) };
  const rarestNamed = frequencies ? rarestSubject(vocabularyOnly, frequencies, corpus.articles * rareShare, retrieved) : null;
  // The rare subject words search's first article shares with the question ("robotic" and "cystectomies"): the
  // direct answer comes from an article naming them all when one gives a point, not from one on robotic liver surgery.
  const rareTopics = rarest && first && frequencies
    ? topical.concepts.filter((c) => !c.generic && !isRelationWord(c.stem) && (frequencies.get(c.stem) ?? Infinity) <= corpus.articles * rareShare && mentions(first.stems, c.stem))
    : [];
  const onTopic = (f: ArticleFit) => !rarest || mentions(f.stems, rarest.stem);
  const bestOnTopic = Math.max(0, ...[...fits.values()].filter(onTopic).map((f) => f.coverage));
  // The reader's story before the question ("My dad had a stroke last spring.") in everyday words is context: rare in
  // abstracts because it is narrative ("spring", "knew"), it would outweigh the subjects the question asks about.
  // A word no article of the corpus writes that the check above let pass ("rugby" of the story, "shrink", or "tummy"
  // that the corpus writes by its medical name) is covered by no article found: weighed as the rarest word of all it
  // would refuse every article, counting again what that check has weighed.
  const written = plain.concepts.filter((c) => (frequencies?.get(c.stem) ?? 1) > 0 || zero.includes(c) || retrieved.some((stems) => mentions(stems, c.stem)));
  const writtenOnly = written.filter((c) => !c.generic).length >= 2 ? written : plain.concepts;
  // So is the commonest wording of a reader asking in their own voice that the vocabulary does not name ("Will keeping
  // my vitamin D level up ...?"): rare in abstracts because they put it otherwise, it is no part of the subject an
  // article must cover. A question put in the literature's terms is held to its words ("Are astronauts in higher risk
  // for developing cancer?").
  const ownVoice = inReaderVoice(question) || toldByFamily(question);
  const storyFree = writtenOnly.filter((c) => !storyOnly(c.word) && !(ownVoice && commonest(c.word) && !isNamedConcept(c.word) && !qualifiers.has(c.word)));
  const rareWeighedOf = storyFree.filter((c) => !c.generic).length >= 2 ? { ...plain, concepts: storyFree } : { ...plain, concepts: writtenOnly };
  const rareWeights = frequencies ? rarityWeights(rareWeighedOf, frequencies, corpus.articles) : [];
  // The reader's own wording ("want to do", "go wrong", "people") is rare in abstracts without being specific: an
  // article that does not say it is not held to it, though one that does is credited for it (the better coverage
  // counts). A yes/no question is held to all its words: its verdict must rest on what it asks ("Are astronauts in
  // higher risk for developing cancer?"; "Back pain could be because Im starting my cycle ...?").
  const wordingOptional = plain.type !== 'yesno';
  const rareWeighed = writtenOnly.filter((c) => !READER_WORDING.has(c.stem));
  // Two subjects or more must remain ("crosslinking", "keratoconus"): one alone is too little to answer from.
  const subjectWeights = wordingOptional && frequencies && rareWeighed.length >= 2 && rareWeighed.length < writtenOnly.length ? rarityWeights({ ...plain, concepts: rareWeighed }, frequencies, corpus.articles) : null;
  const rareCoverage = (stems: ReadonlySet<string>) => Math.max(coverageOf(rareWeights, stems), subjectWeights ? coverageOf(subjectWeights, stems) : 0);
  // A named word of everyday English ("thinking") that search's first article does not write may be the reader's word
  // for what that article says in its own terms ("cognitive"): the first article then counts too, when it speaks of
  // the question's topic and covers half its rarity-weighed subject without that word.
  const firstInOwnTerms = rarestNamed && first && firstIsTopical && everyday(rarestNamed.word) && !mentions(first.stems, rarestNamed.stem) ? rareCoverage(first.stems) : 0;
  const bestRare = rarestNamed
    ? Math.max(firstInOwnTerms, ...[...fits.values()].filter((f) => mentions(f.stems, rarestNamed.stem)).map((f) => rareCoverage(f.stems)))
    : 1;
  // An article that shares only generic wording ("risk factors") with the question is about something else.
  if (bestArticle < minCoverage || bestSubject < minSubject || bestRare < minRareSubject) {
    // The message names topics, not everyday wording ("get rid of", "take"), when there are topics to name.
    const notWording = <T extends { word: string }>(list: T[]) => (list.some((c) => !everyday(c.word)) ? list.filter((c) => !everyday(c.word)) : list);
    const missing = analysis.concepts
      .filter((c) => !everyday(c.word) && ![...fits.values()].some((f) => mentions(f.stems, c.stem)))
      .sort((a, b) => b.weight - a.weight);
    const shown = notWording(named.map((word) => ({ word }))).map((c) => c.word);
    const together = shown.length > 1 ? ' together' : '';
    // The question's subjects as it writes them ("heart attack and memory loss"), when they are what is shown.
    const phrases = (words: string[]) => {
      const used = questionSubjects.filter((g) => g.words.some((w) => words.includes(w)));
      return used.length > 1 && words.every((w) => used.some((g) => g.words.includes(w))) ? used.map((g) => g.text) : words;
    };
    // Words some other article of the corpus has were missed by the articles found, not by the corpus.
    const inCorpus = frequencies !== null && missing.every((c) => (frequencies.get(c.stem) ?? 0) > 0);
    const whereMissing = inCorpus ? `None of the articles found for the question in the corpus of ${records(corpus.articles)}` : `No article in the corpus of ${records(corpus.articles)}`;
    const message =
      missing.length
        ? `${whereMissing} mentions ${joinWords(missing.slice(0, 3).map((c) => c.word))}${shown.every((w) => missing.some((c) => c.word === w)) ? '' : `; none covers ${joinWords(phrases(shown))}${together}`}.`
        : together
          ? `No article found for the question in the corpus of ${records(corpus.articles)} covers ${joinWords(phrases(shown))}${together}.`
          : `The articles found for the question in the corpus of ${records(corpus.articles)} mention ${joinWords(shown)}, but none covers the rest of the question.`;
    // "Can CPX-351 be used for the treatment of tuberculosis?" covers little of any article on CPX-351 for leukaemia.
    if (!elsewhere?.sentences.length) return insufficient(question, audience, corpus, message);
    waived ??= message;
  }
  // Porter stems over-conflate ("appendicitis" and "appended" share the stem "append"), so a named topic also has
  // to appear as a word in some retrieved article; search ranks articles that name it first. Only a vocabulary
  // (isNamedConcept given) tells a topic from phrasing, so without one nothing is refused here.
  // A sole topic word rare in the corpus must be named by some article found, or search found other things.
  const rareSole = sole && (frequencies?.get(sole.stem) ?? Infinity) <= corpus.articles * rareShare ? sole : undefined;
  // A rare word qualifying a name ("intermittent" of "intermittent fasting") says which of its kind is asked about:
  // when the articles found name what it qualifies ("fasting glucose") but no word of theirs begins as it does, they
  // answer another question. The commonest words ("worst kidney outlook") are wording; a name the articles do not
  // write either ("computerised tomography" in a record that says "CT") is left to the other checks.
  const qualifiedName = new Map(
    questionSubjects.flatMap((g) => g.words.slice(0, -1).map((w, i) => [w, g.words[i + 1] as string] as const)).filter(([w, next]) => qualifiers.has(w) && isNamedConcept(next)),
  );
  // Each retrieved article's stems as a list, for the tests below on how its words begin.
  const stemLists = new Map(evidence.map((e) => [e.article.pmid, [...(fits.get(e.article.pmid)?.stems ?? [])]]));
  // Whether some word of the stems begins as a question word does ("Jewish" for "Jews", "microbiota" for "microbiome").
  const beginsAs = (stems: readonly string[], stem: string) => stems.some((s) => s.startsWith(stem.slice(0, HEAD_PREFIX)));
  const rareQualifier = (c: Concept) => {
    const head = qualifiedName.get(c.word);
    // A qualifier hyphened to a word before it ("IgM-enriched") is part of a compound the articles may shorten.
    if (head === undefined || commonest(c.word) || new RegExp(`[-‐]${c.word}\\b`, 'i').test(question)) return false;
    const count = frequencies?.get(c.stem) ?? 0;
    if (count === 0 || count > corpus.articles * rareShare) return false;
    return evidence.some((e) => namesWord(e.article, head)) && ![...stemLists.values()].some((stems) => beginsAs(stems, c.stem));
  };
  const isTopic = (c: Concept) => (options.isNamedConcept !== undefined && isNamedConcept(c.word)) || rareSole === c || rareQualifier(c);
  // A relation word the vocabulary happens to name ("work", "help") is the question's wording, not its topic.
  // An article that uses the medical name of the reader's word ("renal" for "kidney") names it.
  // A British spelling ("haemochromatosis") is named by the American one the articles write.
  const namesOf = (word: string) => [...new Set([word, americanSpelling(word)])].concat(options.alternativesOf?.(word) ?? []);
  // So does one that uses the medical name of a phrase the word is part of ("atmospheric pressure" for "air pressure").
  const renamedIn = new Map<string, Set<string>>();
  const namedInPhrase = (c: Concept, article: Article) => {
    let renamed = renamedIn.get(article.pmid);
    if (!renamed) renamedIn.set(article.pmid, (renamed = renamedStems(articleStems(article), plain.synonyms ?? [])));
    return renamed.has(c.stem);
  };
  const unnamed = plain.concepts.filter(
    (c) => !c.generic && !isRelationWord(c.stem) && isTopic(c) && !storyOnly(c.word) && !evidence.some((e) => namesOf(c.word).some((w) => namesWord(e.article, w)) || namedInPhrase(c, e.article)),
  );
  if (unnamed.length && !givenOtherwise(unnamed.map((c) => c.word))) {
    // A qualifier is named with what it qualifies, as the question puts it ("intermittent fasting").
    const shownAs = (c: Concept) => (rareQualifier(c) ? (questionSubjects.find((g) => g.words.includes(c.word))?.text ?? c.word) : c.word);
    // The articles found are search's pick for the question's other words, not all the corpus holds on the missing
    // one (an article may write it by another name): the reason says what they were found for.
    const spokenOf = [...new Set(plain.concepts.filter((c) => !c.generic && !isRelationWord(c.stem) && isTopic(c) && !unnamed.includes(c) && evidence.some((e) => namesOf(c.word).some((w) => namesWord(e.article, w)))).map((c) => c.word))];
    const foundFor = spokenOf.length ? `; the articles found speak of ${joinWords(spokenOf.slice(0, 3))}` : '';
    const message = `None of the articles found for the question in the corpus of ${records(corpus.articles)} mentions ${joinWords([...new Set(unnamed.slice(0, 3).map(shownAs))])}${foundFor}.`;
    // A refusal waived before is the one the question would have had.
    if (!elsewhere?.waives(unnamed.map((c) => c.word), false)) return insufficient(question, audience, corpus, waived ?? message);
    waived ??= message;
  }
  // The head of a subject of several words says what kind of thing is asked about ("cystectomies" of "surgeon's first
  // robotic cystectomies"); its other words may be put otherwise. When the head is a rare word search's first article
  // shares with the question, an article that lacks it (robotic liver surgery) is about something else: it gives no
  // points and no vote, provided some article names every such head. A word that begins the same ("Jewish" for
  // "Jews", "microbiota" for "microbiome") counts; single-word subjects ("microbes" beside "bacteria") and qualifiers
  // are left to the other checks. A closing verb form ("insulated" in "Are super enhancers structurally insulated
  // ...?") says what is asked of the subject, not what it is.
  const rareHeads = rareTopics.filter((c) => !/(?:ed|ing)$/.test(c.word) && questionSubjects.some((g) => g.words.length >= 2 && g.words.at(-1) === c.word));
  const sharesRareHeads = (e: Evidence) => {
    const fit = fits.get(e.article.pmid);
    if (!fit) return false;
    const all = stemLists.get(e.article.pmid) ?? [];
    return rareHeads.every((c) => mentions(fit.stems, c.stem) || beginsAs(all, c.stem));
  };
  // An article naming a qualified name of the question with another qualifier only ("vitamin K" for "vitamin D") is
  // about that neighbour, however many other words it shares. That holds for the name the question asks about, before
  // its relation word ("Does vitamin D supplementation prevent ..."); a name after it is the slot the answer fills, and
  // an article naming another ("17p13" for "Is Miller-Dieker syndrome associated with chromosome 1?") answers no.
  const lowerQuestion = question.toLowerCase();
  const relationAt = Math.min(
    ...plain.concepts.filter((c) => isRelationWord(c.stem)).map((c) => lowerQuestion.indexOf(c.word)).filter((i) => i >= 0),
  );
  const qualifiedNames = plain.concepts.filter((c) => c.stem.includes(' ') && lowerQuestion.indexOf(c.word.split(' ')[0] as string) < relationAt);
  const namesNeighbourOnly = (e: Evidence) => {
    const fit = fits.get(e.article.pmid);
    if (!fit) return false;
    const all = stemLists.get(e.article.pmid) ?? [];
    return qualifiedNames.some((c) => {
      const head = `${c.stem.split(' ')[0] as string} `;
      // A disease named by a stop word and its head ("Down syndrome", "Still's disease") has no rarer word whose
      // counts would hold articles to it: one that does not name it (on "hypoplastic left heart syndrome") is about another.
      const eponym = contentTerms(c.word.split(' ')[0] as string).length === 0;
      return !mentions(fit.stems, c.stem) && (eponym || all.some((s) => s.startsWith(head)));
    });
  };
  const aboutTheSubject = (list: Evidence[]) => {
    const own = list.filter((e) => !namesNeighbourOnly(e));
    return rareHeads.length && own.some(sharesRareHeads) ? own.filter(sharesRareHeads) : own;
  };
  // Marginal articles (covering much less than the best one) give no points: they would be filler.
  // Search's order is the best guide to which articles answer the question, so the citable ones are the first
  // few relevant articles in that order.
  const relevant = new Set(
    aboutTheSubject(
      evidence.filter((e) => {
        const fit = fits.get(e.article.pmid);
        return fit !== undefined && fit.coverage >= bestOnTopic * articleShare && onTopic(fit);
      }),
    )
      .slice(0, maxArticles)
      .map((e) => e.article.pmid),
  );
  // Only relevant articles give points, distinction points included: on BioASQ dev (odd files) a third of the
  // distinction points drawn from any retrieved article cited a paper off the question (124 of 383).
  const scoredAll = scorePassages(pointFit.analysis, evidence, new Map([...pointFit.fits].map(([pmid, f]) => [pmid, f.coverage])));
  const scored = scoredAll.filter((p) => relevant.has(p.pmid));
  const bestCoverage = Math.max(0, ...scored.map((p) => p.coverage));
  // Points must cover a fair share of what the best sentence covers.
  // List questions gather items from many articles, so each article gives fewer points.
  const isList = analysis.type === 'list';
  const selected = withAskedKind(analysis, selectSentences(scored, {
    maxPoints,
    minCoverage: bestCoverage * (isList ? 0.4 : 0.5),
    ...(isList ? { perArticle: 2 } : {}),
  }), scored, maxPoints);
  // The verdict and distinctions read the question word by word ("chromosome" then "1"), so they hear head words:
  // the verdict's own check tells "chromosome 17p13" from the "chromosome 1" asked about.
  const qualified = plain.concepts.some((c) => c.stem.includes(' '));
  const wordFit = qualified ? fitEvidence(headWords(plain), evidence) : { analysis, fits: sentenceFits };
  const byWord = wordFit.analysis;
  const bestByWord = Math.max(0, ...[...wordFit.fits.values()].map((f) => f.coverage));
  // The verdict hears every article that covers the question, whether or not it names the rarest word (but not one
  // lacking a rare head, as above).
  const voters = new Set(
    aboutTheSubject(evidence.filter((e) => (wordFit.fits.get(e.article.pmid)?.coverage ?? 0) >= bestByWord * articleShare))
      .slice(0, maxArticles)
      .map((e) => e.article.pmid),
  );
  // Only a yes/no question is heard for a verdict; when neither the head words nor the reader's wording weigh the
  // question otherwise, the sentences are heard as the points scored them.
  const heard =
    analysis.type !== 'yesno' ? [] : qualified || readerWorded ? scorePassages(byWord, evidence, new Map([...wordFit.fits].map(([pmid, f]) => [pmid, f.coverage]))) : scoredAll;
  // A study's premise does not speak for it beside its finding: the verdict hears what the study found.
  const hearing = dropPremises(heard.filter((p) => voters.has(p.pmid)));
  // A comparison ("Is laparoscopic surgery better than open surgery for appendicitis?") needs evidence on both
  // things compared and what they are compared for; other questions need two of their subjects.
  const need = analysis.topics.includes('comparison') ? 3 : 2;
  // A verdict needs evidence that speaks of the question's subjects together: a yes from an article on "Sweet
  // syndrome" says nothing on whether people with diabetes may eat sweets, so the answer stays uncertain. A full
  // abstract must speak of two of the question's subjects ("smoking" and "colorectal cancer", not "colorectal" and
  // "cancer"); a short record (a title, a few sentences) may just lack a word, so two subject words do.
  const wordSubjects = subjectConcepts(plain);
  // A comparison is decided by a sentence that names both things compared, not by one about either alone.
  const compared = comparedSubjects(analysis.question, questionSubjects);
  // Each side needs one of the words that tell it from the other ("laparoscopic", "open"; "GES", "pharmacologic").
  const namesSide = (stems: ReadonlySet<string>, g: SubjectGroup) => [...g.stems, ...g.alternatives].some((s) => mentions(stems, s));
  const offSubjectAt = (p: ScoredPassage): boolean => {
    const decisiveStems = fits.get(p.pmid)?.stems;
    const decisiveArticle = evidence.find((e) => e.article.pmid === p.pmid)?.article;
    const fullAbstract = decisiveArticle !== undefined && isFullAbstract(decisiveArticle);
    const [needed, spoken] = fullAbstract
      ? [decisiveStems ? subjectsHeldTo(decisiveStems, questionSubjects).length : questionSubjects.length, decisiveStems ? subjectsSpoken(decisiveStems, questionSubjects) : 0]
      : [wordSubjects.length, decisiveStems ? wordSubjects.filter((c) => mentions(decisiveStems, c.stem)).length : 0];
    const offComparison = compared !== null && fullAbstract && !compared.every((g) => namesSide(p.stems, g));
    return (needed >= 2 && spoken < Math.min(need, needed)) || offComparison;
  };
  // A side won only by articles off the subject (trials of other drugs for ALS) says nothing of it: the sentences
  // that name the question's first subject are heard alone, from a lower coverage ("the recombinant human
  // erythropoietin RCT that failed to demonstrate differences" answers "Is erythropoietin effective for ALS?").
  const heardAll = analysis.type === 'yesno' ? decideVerdict(hearing, { analysis: byWord, described: scoredAll }) : { verdict: undefined, decisive: null, support: [] };
  const [firstSubject] = questionSubjects;
  const heardOff = firstSubject && heardAll.verdict !== undefined && heardAll.verdict !== 'uncertain' && heardAll.support.every(offSubjectAt);
  const own = heardOff ? decideVerdict(dropPremises(heard.filter((p) => !offSubjectAt(p) && firstSubject.stems.every((s) => mentions(p.stems, s)))), { analysis: byWord, described: scoredAll, minCoverage: OWN_SUBJECT_COVERAGE }) : null;
  // They decide only when they take the same side in words, not by merely naming the matter (else the verdict stays
  // uncertain below): they cover less of the question than the sentences heard first.
  const verdictOf = own && own.verdict === heardAll.verdict && own.support.some((p) => polarityOf(p.text, byWord) !== 0) ? own : heardAll;
  // When the first sentence of the winning side is off the subject, another on the same side may speak of it.
  const decided = verdictOf.verdict !== undefined && verdictOf.verdict !== 'uncertain';
  const onSubjectSupport = decided ? verdictOf.support.find((p) => !offSubjectAt(p)) : undefined;
  // A "no" from a sentence giving the subject another maker, organ or use than the one asked, when no article names
  // the asked one, or saying it was withdrawn, speaks of the subject but by construction not of what was asked.
  const otherwise = decided && verdictOf.verdict === 'no' ? [...absentAttribute(question, scoredAll), ...withdrawnStatus(question, scoredAll)] : [];
  const offSubject = decided && onSubjectSupport === undefined && !(verdictOf.decisive && otherwise.includes(verdictOf.decisive));
  const verdict = offSubject ? 'uncertain' : verdictOf.verdict;
  const verdictSentence = onSubjectSupport ?? verdictOf.decisive;
  // The decisive sentence as the answer stage scored it.
  const decisive = (verdictSentence && scoredAll.find((p) => p.pmid === verdictSentence.pmid && p.text === verdictSentence.text)) || null;
  // Whether a passage's article speaks of enough of the question's subjects: one answer per article, asked of many passages.
  const articleOf = new Map(evidence.map((e) => [e.article.pmid, e.article]));
  const concept: ConceptOptions = { synonyms: plain.synonyms ?? [], isCommon: everydayTest(englishLevel), ...(options.alternativesOf ? { alternativesOf: options.alternativesOf } : {}) };
  const enough = new Map<string, boolean>();
  const onSubject = (p: ScoredPassage): boolean => {
    const known = enough.get(p.pmid);
    if (known !== undefined) return known;
    const article = articleOf.get(p.pmid);
    const result = !article || spokenIfTooFew(questionSubjects, article, fits.get(p.pmid)?.stems ?? p.stems, need, concept) === null;
    enough.set(p.pmid, result);
    return result;
  };
  const central = (p: ScoredPassage) => {
    const stems = fits.get(p.pmid)?.stems;
    return stems !== undefined && rareTopics.every((c) => mentions(stems, c.stem));
  };
  const anyCentral = rareTopics.length > 0 && selected.some((s) => onSubject(s.passage) && central(s.passage));
  // A follow-up asked in a thread ("Is it treated with colchicine? (familial Mediterranean fever)") relates its own
  // subject to the thread's topic; the question's subjects read the bracketed topic as another name for the subject
  // before it, so the two are taken apart here.
  const thread = followUpTopic(question);
  const relatable = thread
    ? [...subjectGroups(analyzeQuestion(question.slice(0, thread.at))), ...subjectGroups(analyzeQuestion(thread.topic))]
    : questionSubjects;
  // A "no" resting on a sentence that gives the subject another attribute ("a copper storage disease") answers with it.
  // So does one resting on a sentence that gives it another of the sort asked when no article names the asked one
  // ("transcription start site mapping" for "Is SLIC-CAGE used for quantification of translation?"): what the
  // question asks of it is then no other part of the answer to look for.
  const rival = verdict === 'no' && decisive !== null && otherwise.includes(decisive);
  if (waived !== undefined && !rival) return insufficient(question, audience, corpus, waived);
  // "Is tuberous sclerosis inherited?" with no sentence found on inheriting it is not answered "uncertain" beside an
  // EEG finding: the articles found do not speak of what was asked, and the reader is told so.
  const unspoken = verdict === 'uncertain' ? unspokenRelation(byWord, [...selected.map((s) => s.passage), ...hearing], questionSubjects) : null;
  if (unspoken) return insufficient(question, audience, corpus, unspoken);
  const competing = verdict === 'no' && decisive && (rival || competingClasses(question, [decisive]).length) ? { passage: decisive, alsoSaidBy: [] } : undefined;
  const chosenDirect = competing ?? chooseDirect(analysis, selected, decisive, anyCentral ? (p) => onSubject(p) && central(p) : onSubject, scored, relatable, verdict, new Map(evidence.map((e) => [e.article.pmid, e.article.title])));
  const usable = (p: ScoredPassage) => p.section !== 'title' && !p.aim && !statesBelief(p.text) && onSubject(p) && !offSubjectAt(p);
  // "How common is X?" is answered by the study's own figure, not its conclusion without one or a figure its
  // background quotes from earlier work; "Which fungus is most often isolated from X?" by its sentence naming the
  // first ("Trichophyton rubrum was the most commonly isolated"), not its remark on how X shows (figure-lead).
  const askedForm = countsPlainly(analysis) ? (text: string) => givesAskedFigure(analysis, text) : asksSuperlative(analysis) ? (text: string) => statesAskedSuperlative(analysis, text) : undefined;
  // A figure question that does not say plainly what it counts ("How much protection did the vaccines give?", "How
  // likely is he to be alive in 5 years?", "How long does X last?") is led by its lead's article's sentence giving a
  // figure of the asked kind when the lead gives none (asked-quantity, direct-fit givesAskedFigure).
  const quantityKind = askedQuantity(analysis);
  const ownForm = !askedForm && (quantityKind !== undefined || asksQuantity(analysis))
    ? (text: string) => (quantityKind !== undefined && givesQuantity(quantityKind, analysis.question, text)) || givesAskedFigure(analysis, text)
    : undefined;
  const figureForm = askedForm ?? ownForm;
  const figureLed = chosenDirect && figureForm ? figureLead(chosenDirect.passage, scored, figureForm, (p) => usable(p) && !leavesOpen(p.text), !askedForm) : undefined;
  const picked = figureLed && figureLed !== chosenDirect?.passage ? (selected.find((s) => s.passage.text === figureLed.text) ?? { passage: figureLed, alsoSaidBy: [] }) : chosenDirect;
  // "What are the side effects of X?" is answered by a sentence that gives them (asked-aspect).
  const aspectLed = competing ?? leadWithAskedAspect(question, picked, selected.filter((s) => onSubject(s.passage)));
  // A yes or no is shown beside a sentence that says it, not one saying the opposite or giving an exception (verdict-lead).
  const supportScored = verdictOf.support.flatMap((p) => scoredAll.find((s) => s.pmid === p.pmid && s.text === p.text) ?? []);
  const verdictLed = aspectLed && !competing ? leadForVerdict(aspectLed, verdict, analysis, supportScored, usable, selected) : aspectLed;
  const kindLed = leadWithAskedKind(analysis, verdictLed, selected.filter((s) => onSubject(s.passage)));
  // A lead that cannot stand alone ("Its predictive significance varies ...", "In this review, the author also addresses
  // ...", unless a thing is asked, which "we present ..." may name) gives way to its article's sentence that says what it speaks of, or its finding (lead-conclusion standingLead),
  // one not against the verdict.
  const verdictSign = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  const standing = kindLed && !competing ? standingLead(kindLed.passage, scored, (p) => usable(p) && !leavesOpen(p.text) && (verdictSign === 0 || polarityOf(p.text, analysis) !== -verdictSign), !asksForThing(analysis)) : undefined;
  const stood = standing ? (selected.find((s) => s.passage.text === standing.text) ?? { passage: standing, alsoSaidBy: [] }) : kindLed;
  // "How is hemophilia inherited?" is not led by a case report of an unusual form when another article answers as well
  // (unusual-form.ts); when none does, the lead says where it comes from (below).
  const unusualCase = (s: Selection) => {
    const article = articleOf.get(s.passage.pmid);
    return article !== undefined && reportsUnusualCase(article);
  };
  const askedInGeneral = analysis.type !== 'yesno' && asksInGeneral(question);
  const usualLead = stood && askedInGeneral && unusualCase(stood) ? usualAnswer(analysis, stood, selected, scored, (s) => !unusualCase(s) && usable(s.passage)) : undefined;
  const direct = usualLead ?? stood;
  if (!direct) return insufficient(question, audience, corpus, `No sentence in the retrieved articles answers the question.`);
  // A direct answer that names none of the question's subjects ("Qualitative research ... may help future programs"
  // for "Will increasing my water help any?") shares only wording with it. One that opens by pointing back ("Its
  // mechanism of action includes ...") speaks of its article's subject.
  // A follow-up asked in a thread carries its article's topic in brackets ("What about colchicine? (gout)"): the
  // direct answer must name what the follow-up itself asks about ("colchicine"), not only the topic.
  const allSubjectWords = plain.concepts.filter((c) => !c.generic && !isRelationWord(c.stem));
  // "And the side effects? (colchicine)" asks its side effects of the topic: the aspect's noun is no subject of its own.
  const ownStems = thread ? new Set(contentTerms(withoutAspectNouns(question.slice(0, thread.at))).map((t) => t.stem)) : null;
  const ownWords = ownStems ? allSubjectWords.filter((c) => contentTerms(c.word).every((t) => ownStems.has(t.stem))) : [];
  const subjectWords = ownWords.length ? ownWords : allSubjectWords;
  // The sentence that decided the verdict may name the subject as "the disease" its article defined: the verdict read
  // it with the subject's name.
  const directStems = verdictSentence && verdictSentence.pmid === direct.passage.pmid && verdictSentence.text === direct.passage.text ? verdictSentence.stems : direct.passage.stems;
  // "Diagnosis was made clinically based on history ..." says how its article's disease was diagnosed: a title naming the
  // subject says which.
  const directTitle = evidence.find((e) => e.article.pmid === direct.passage.pmid)?.article.title ?? '';
  const diagnosedIn = analysis.type === 'diagnosis' && statesHowDiagnosed(direct.passage.text) && subjectWords.some((c) => mentions(new Set(contentTerms(directTitle).map((t) => t.stem)), c.stem));
  // "How is it inherited? (alkaptonuria)" is answered by "AKU is a rare autosomal recessive disorder": the mode it
  // names speaks of inheriting without the word.
  const modeGiven = asksInheritance(analysis.question) && statesInheritanceMode(direct.passage.text);
  const spoken = (c: Concept) => mentions(directStems, c.stem) || (modeGiven && isInheritanceWord(c.stem));
  if (subjectWords.length && !subjectWords.some(spoken) && !POINTS_BACK.test(direct.passage.text) && !diagnosedIn) {
    return insufficient(question, audience, corpus, `No sentence in the articles found speaks of ${joinWords(subjectWords.slice(0, 3).map((c) => c.word), 'or')}.`);
  }
  const offTopic = speaksOfTooLittle(questionSubjects, evidence, fits, direct.passage, need, concept);
  if (offTopic && !rival) return insufficient(question, audience, corpus, offTopic);

  // Beside a direct answer about the question's subjects, a distinction from a full abstract about too few of them
  // is about something else too.
  // A distinction names what is particular about the question, which its wording is not ("feed" for Prader-Willi
  // feeding difficulties in a question on how obese mothers feed their children).
  const distinctions = findDistinctions(
    qualified ? fitEvidence(headWords(plain), evidence, wording).analysis : topicalAnalysis,
    (onSubject(direct.passage) ? scoredAll.filter(onSubject) : scoredAll).filter((p) => relevant.has(p.pmid)),
    selected.flatMap((s) => [s.passage, ...s.alsoSaidBy]),
  ).map((passage): Selection => ({ passage, alsoSaidBy: [] }));
  // Distinction points take the place of the weakest ordinary points when the answer is full.
  const room = Math.max(0, maxPoints - distinctions.length);
  // Beside a direct answer about the question's subjects, sentences from full abstracts about only one are filler.
  // The sentences saying what the question asks of its subject are drawn again among those left: the ones counted
  // before may have been filler ("the overall prevalence of definite CHD was 21% in men with [CETP] mutations" for
  // "How common is G6PD deficiency in Japanese men?"), while the article on the subject gives it ("found at the rate
  // of 0. 5%").
  const subjectPoints = onSubject(direct.passage)
    ? withAskedKind(analysis, selected.filter((s) => onSubject(s.passage)), scored.filter(onSubject), maxPoints)
    : selected;
  // What a study set out to do or how ("To study the efficiency ...", "A series of 188 patients were treated ...")
  // tells the reader nothing its findings do not, when the same article gives a finding.
  const findingFrom = new Set([direct, ...subjectPoints].filter((s) => !s.passage.aim).map((s) => s.passage.pmid));
  const points = subjectPoints.filter((s) => !s.passage.aim || !findingFrom.has(s.passage.pmid));
  const chosen = [direct, ...points.filter((s) => s !== direct)].slice(0, room);
  // An answer resting on one study's conclusion shows that study's findings too ("Receiver operating characteristic
  // curves revealed high predictive values of Cmin/MIC ..." beside "little need to use peak concentration").
  // An abstract that gives one finding twice ("No statistically significant difference was determined regarding
  // D-dimer levels ..." in two sections) shows it once.
  const supporting: Selection[] = [];
  if (chosen.length < MIN_POINTS) {
    for (const p of scoredAll) {
      if (chosen.length + supporting.length >= MIN_POINTS) break;
      // A finding, not the premise its study opened with ("Currently the choice of breast cancer therapy is based on ...")
      // nor how it was measured ("The clinical response was assessed by correlating Ki-67 to ...").
      if (p.pmid !== direct.passage.pmid || p.section === 'title' || p.aim || isPremiseSection(p.section) || METHODS_SECTION.test(p.section) || statesBelief(p.text) || p.coverage < SUPPORT_COVERAGE) continue;
      if (chosen.some((s) => s.passage === p || s.alsoSaidBy.includes(p)) || distinctions.some((d) => d.passage === p)) continue;
      if ([...chosen, ...supporting].some((s) => saysAgain(s.passage, p))) continue;
      supporting.push({ passage: p, alsoSaidBy: [] });
    }
  }
  // A "yes" resting on a study whose own main comparison found nothing ("The Ki-67 values do not differ significantly
  // among the 3 groups ... (P = 0.896)") shows that finding too, under Critical Context (cuts-against).
  const shownAlready = (p: ScoredPassage) => [...chosen, ...supporting].some((s) => s.passage === p || s.alsoSaidBy.includes(p)) || distinctions.some((d) => d.passage === p);
  // A "no" likewise shows the study's significant finding ("Obese children were more likely to have rib fractures (P =
  // .02)" beside "Obesity does not seem to impact the severity of injury ...").
  const decidedWay = analysis.type === 'yesno' && (verdict === 'yes' || verdict === 'no') ? verdict : undefined;
  const cuts = (p: ScoredPassage) => decidedWay !== undefined && cutsAgainst(p.text, decidedWay);
  const cuttingShown = [...chosen, ...supporting].find((s) => s !== direct && cuts(s.passage));
  const against = decidedWay && !cuttingShown
    ? scoredAll.find((p) => p.pmid === direct.passage.pmid && p.section !== 'title' && !p.aim && !isPremiseSection(p.section) && p.coverage >= SUPPORT_COVERAGE && cuts(p) && !shownAlready(p))
    : undefined;
  const cutting: Selection | undefined = cuttingShown ?? (against ? { passage: against, alsoSaidBy: [] } : undefined);
  const selections = [...chosen, ...supporting, ...(cutting && !cuttingShown ? [cutting] : [])];
  const unasked = leavesOutAskedKind(analysis, questionSubjects, selections.map((s) => s.passage), articleOf);
  if (unasked && !rival) return insufficient(question, audience, corpus, unasked);
  // What the question asks a thing does to or for ("help with sleep") must be spoken of by what is cited (asked-outcome);
  // a yes/no question's effect object is held to by the verdict's checks (relation-object).
  const outcomeUnsaid = rival || analysis.type === 'yesno' ? null : leavesOutOutcome(question, questionSubjects, [...selections, ...distinctions].flatMap((s) => [s.passage, ...s.alsoSaidBy]), options.alternativesOf);
  if (outcomeUnsaid) return insufficient(question, audience, corpus, outcomeUnsaid);
  // Whether the question asks about people in everyday words, read once for the three checks below.
  const ofPeople = englishLevel !== undefined && asksOfPeople(question, englishLevel);
  // The direct answer's article and the stems its article is read by, for the checks below.
  const directArticle = articleOf.get(direct.passage.pmid);
  const directArticleStems = fits.get(direct.passage.pmid)?.stems ?? direct.passage.stems;
  // A subject the reader describes in everyday words a corpus article writes ("a bigger egg collection") may be said in
  // the article's own terms; the vocabulary and the word lists tell such a description from a thing's name.
  const lay = englishLevel ? { englishLevel, isNamedConcept, ...(frequencies ? { inCorpus: (stem: string) => (frequencies.get(stem) ?? 1) > 0 } : {}) } : undefined;
  // A level, dose or duration asked for, and a question about people answered from animal studies only.
  const unsaid =
    leavesOutAspect(question, selections.map((s) => s.passage.text)) ??
    // "Is colchicine safe in pregnancy?" is not answered yes from an article on nursing mothers (population.ts).
    leavesOutPopulation(question, verdict, directArticle ? `${directArticle.title} ${directArticle.abstract}` : direct.passage.text, directArticle?.meshHeadings.map((h) => h.descriptor)) ??
    restsOnAnimals(question, directArticle) ?? restsOffPeople(question, directArticle, ofPeople) ?? directLeavesOut(question, relatable, direct.passage, directArticle, directArticleStems, concept, everyday, ofPeople && asksCause(question), lay);
  if (unsaid && !rival) return insufficient(question, audience, corpus, unsaid);
  // "low thyroid" met only as "very low-density lipoprotein": a question in everyday words needs its named things.
  const headless = englishLevel && ofPeople
    ? leavesOutNamedHead(relatable, directArticle, directArticleStems, { englishLevel, isNamedConcept, ...(options.alternativesOf ? { alternativesOf: options.alternativesOf } : {}) })
    : null;
  if (headless && !rival) return insufficient(question, audience, corpus, headless);
  // "throat cancer" met only as the "cancer" of colorectal metastases: a renamed phrase needs its words or its names.
  // A denial may rest on the neighbouring subject ("type 2 diabetes" for "a link ... and type 1 diabetes?").
  const renamedAway = verdict === 'no' ? null : leavesOutRenamedPhrase(relatable, directArticle, directArticleStems, options.namesOf, everydayTest(englishLevel));
  if (renamedAway && !rival) return insufficient(question, audience, corpus, renamedAway);
  // A phrase met only word by word, an asked aspect the sentence leaves out, a vague sole subject (main-topic).
  const elsewhereTopic = rival ? null : missesMainTopic(question, relatable, direct.passage, directArticle, { ...concept, englishLevel, ...(options.isNamedConcept ? { isNamedConcept } : {}), namesOf: options.namesOf, citedArticles: selections.flatMap((s) => articleOf.get(s.passage.pmid) ?? []) });
  if (elsewhereTopic) return insufficient(question, audience, corpus, elsewhereTopic);
  // A point that says again what an earlier one says (a record's title repeating its first sentence) is shown once.
  // A point opening "It is also ...", "This allele ..." or "They ..." that points back to a sentence not shown is shown
  // with that sentence when it stands alone (standing-points.ts).
  const placed = antecedentsOf([...selections, ...distinctions], (s) => s === direct || s === cutting, articleOf);
  const standsAlone = (s: Selection): Selection[] => {
    const found = placed.get(s);
    return found === undefined ? [s] : found === null ? [] : [found];
  };
  const pointsShown = selections.flatMap(standsAlone);
  const distinctionsShown = distinctions.flatMap(standsAlone);
  const shown = foldRepeats([...pointsShown, ...distinctionsShown]);
  const byKind = new Map<SectionKind, Point[]>();
  const cuttingPoint = cutting && shown.get(cutting);
  if (cuttingPoint) byKind.set('context', [pointOf(cuttingPoint)]);
  for (const selection of pointsShown) {
    const folded = shown.get(selection);
    if (selection === direct || selection === cutting || !folded) continue;
    // A point that names a confusable neighbour of what was asked reads as a distinction, whatever its other cues.
    const kind = distinctionOrKind(byWord, selection.passage.text);
    byKind.set(kind, [...(byKind.get(kind) ?? []), pointOf(folded)]);
  }
  // A point found by its contrast that sets nothing apart ("greater mean 6MWT than controls (458 vs 359 m)") goes under its own kind.
  for (const d of distinctionsShown) {
    const folded = shown.get(d);
    if (!folded) continue;
    const kind = distinctionOrKind(byWord, d.passage.text, true);
    byKind.set(kind, [...(byKind.get(kind) ?? []), pointOf(folded)]);
  }
  const sections: Section[] = sectionOrder(analysis)
    .filter((kind) => byKind.has(kind))
    .map((kind) => ({ kind, title: SECTION_TITLES[kind], points: byKind.get(kind) as Point[] }));

  const shownVerdict = verdictBesideLead(direct.passage.text, verdict, analysis, verdictOf.support);
  const draft: Answer = {
    ...(shownVerdict ? { verdict: shownVerdict } : {}),
    question,
    audience,
    status: 'answered',
    direct: askedInGeneral && unusualCase(direct) ? withNote(pointOf(shown.get(direct) ?? direct), UNUSUAL_CASE_NOTE) : pointOf(shown.get(direct) ?? direct),
    sections,
    references: [],
    evidenceSummary: '',
    corpus,
  };
  const answer = assembleReferences(draft, articleOf, onDrop);
  if (!answer.direct) return insufficient(question, audience, corpus, 'No cited sentence survived verification against its source.');
  const quotes = pointsOf(answer).flatMap((p) => p.citations.map((c) => c.quote));
  answer.evidenceSummary = summarizeCitedEvidence(answer.references, quotes, articleOf);
  const check = verifyAnswer(answer, articleOf);
  // Loud on purpose: assembleReferences already removed bad citations, so a failure here is a bug in this stage.
  if (!check.ok) throw new Error(`answer: composed answer breaks the contract: ${check.problems.join('; ')}`);
  return answer;
}

/** The options with the corpus's short forms of the question's phrases added to the names the vocabulary gives them. */
async function withShortForms(question: string, options: ComposeOptions, shortFormsOf: (question: string) => Promise<ShortForms>): Promise<ComposeOptions> {
  const forms = await shortFormsOf(question);
  if (forms.size === 0) return options;
  const alternativesOf = namesWithShortForms(options.alternativesOf, forms);
  const namesOf = namesWithShortForms(options.namesOf, forms);
  return { ...options, ...(alternativesOf ? { alternativesOf } : {}), ...(namesOf ? { namesOf } : {}) };
}
