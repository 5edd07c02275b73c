import type { Evidence, Passage } from '../domain/index.js';
import type { QuestionAnalysis, QuestionType } from './analyze-question.js';
import { mentions, stemOf, stemSet } from './content-terms.js';
import { cueCount, KIND_CUES } from './kind-cues.js';
import { definedAbbreviations, questionForms, withQuestionForms } from './expand-abbreviations.js';
import { genusShortForms, withGenusNames } from '../lib/index.js';
import { inlineLabel, splitPassages } from './split-passages.js';
import { statesAim } from './states-aim.js';
import { statesHypothesis } from './states-hypothesis.js';
import { isPremiseSection } from './drop-premises.js';
import { pointedSubjects } from './demonstrative-subject.js';
import { setsScene, surveysOptions } from './states-background.js';
import { isOpening, statesMotive } from './states-motive.js';
import { describesSample, presentsCase, reportsResult, statesMethod } from './states-method.js';
import { askedNoun } from './names-asked.js';
import { askedKindWord, namesAskedKind } from './asked-kind-name.js';
import { namesDisease } from './names-disease.js';
import { answeringWords } from './answering-words.js';

/** A passage with what selection learned about it. */
export type ScoredPassage = Passage & {
  score: number;
  /** Weighted share of the question's concepts the sentence mentions, 0..1. */
  coverage: number;
  /** Position of the sentence's article in the evidence list (0 = most relevant). */
  rank: number;
  stems: Set<string>;
  /** Weighted share of the question's concepts the whole article mentions (title, abstract, MeSH), 0..1. */
  articleCoverage?: number;
  /** Whether the sentence states an aim or a method rather than a finding. */
  aim?: boolean;
};

/** A chosen sentence, with sentences of other articles that say the same thing. */
export type Selection = { passage: ScoredPassage; alsoSaidBy: ScoredPassage[] };

// Sections of a structured abstract, by how likely they hold a finding worth quoting.
const SECTION_WEIGHT: Record<string, number> = {
  CONCLUSIONS: 1,
  CONCLUSION: 1,
  RESULTS: 0.85,
  ABSTRACT: 0.75,
  UNASSIGNED: 0.7,
  title: 0.2,
  BACKGROUND: 0.45,
  INTRODUCTION: 0.45,
  OBJECTIVE: 0.4,
  OBJECTIVES: 0.4,
  METHODS: 0.3,
};

// Sentences that report what was believed or unknown before the study ("is thought to be transmitted primarily via
// injecting drug use", "the impact on survival remains unclear", "A variable effect ... in mice has been recently
// reported", "it has been empirically known that", "have been proposed to form", "Recently, we discovered that"):
// the study's background, which its finding may contradict.
const BELIEF =
  /\b(?:(?:is|are|was|were|has been|have been)(?: \w+ly)? (?:thought|believed|assumed|presumed|suspected|supposed) to\b|(?:is|are|was|were|has been|have been) (?:widely |generally |commonly |often )?(?:thought|believed|assumed|presumed) that\b|(?:remains?|remained|is still|are still) (?:unclear|unknown|controversial|uncertain|debated|elusive|a matter of debate)\b|little is known\b|\b(?:speculation|speculated|(?:theoretical )?concerns?|fears?) (?:has been raised |have been raised |was raised |were raised )?that\b|(?:it is|it remains) (?:unclear|unknown|not known|uncertain) (?:whether|if|how|what)\b|(?:has|have) (?:recently been|been recently) (?:reported|described|suggested|proposed|shown|observed)\b|(?:it is|it has been|it was)(?: \w+ly)? known that\b|(?:has|have) been proposed to\b|^recently,? (?:we|others|it) (?:have |has )?(?:discovered|showed|shown|reported|found|demonstrated|described)\b|\bwe (?:therefore |thus |then |next )?(?:wondered|asked|hypothesi[sz]ed|postulated?|reasoned|questioned) (?:whether|if|that)\b)/i;

// A call for study of what is asked ("the need for basic science and clinical trials"), shared with decide-verdict.
export const CALL_FOR_STUDY = /(?<!\b(?:reduc\w*|eliminat\w*|obviat\w*|avoid\w*|decreas\w*|lower\w*|remov\w*|without|no) (?:the )?)\b(?:need|call)s? for (?:(?:further|more|additional|larger|future|prospective|basic|science|clinical|randomi[sz]ed|controlled|well-designed|and) )*(?:studies|research|trials|investigations?)\b/i;

// Sentences that only say a question is open: earlier results conflict ("attempts to confirm that G6PD deficiency is
// protective ... have yielded conflicting results"), the matter is debated ("is still a matter of debate"), or more
// study is needed ("warrants further investigation", "larger randomized trials are needed", "supports the need for
// basic science and clinical trials"). As an answer's lead they tell the reader nothing its article's finding does not.
const LEAVES_OPEN = new RegExp(
  String.raw`\b(?:(?:yielded|produced|given|shown|reported|provided) (?:\w+ )?(?:conflicting|contradictory|inconsistent|mixed|controversial|equivocal) (?:results|findings|data|evidence|conclusions)|(?:results|findings|data|evidence|reports) (?:(?:have|has) been|are|is|were|was|remain) (?:conflicting|contradictory|inconsistent|controversial|equivocal|scarce|lacking)|(?:is|are|remains?) (?:still )?(?:a matter of )?(?:debate|controvers(?:y|ial))\b|warrants? (?:a )?(?:further|more (?:detailed|thorough|extensive|careful)|additional|larger)\b|(?:further|more|additional|larger|future|prospective|well-designed|randomi[sz]ed) (?:[\w-]+ ){0,2}?(?:studies|research|trials|investigations?|work|data|evaluations?)\b[^.;]{0,60}?\b(?:needed|required|warranted|necessary)\b|(?:needs?|requires?|deserves?|merits?) further (?:study|studies|investigation|research|evaluation)|${CALL_FOR_STUDY.source}|remains? to be (?:determined|established|elucidated|clarified|investigated|seen|proven|defined))`,
  'i',
);

/** Whether a sentence only says that a question is open: results conflict, it is debated, or more study is needed. */
export function leavesOpen(text: string): boolean {
  return LEAVES_OPEN.test(text);
}

/** Whether a sentence reports prior belief or uncertainty (the study's background) rather than a finding. */
export function statesBelief(text: string): boolean {
  return BELIEF.test(text);
}

// Sections of a structured abstract that say how a study was done, never what it found ("METHODS AND RESULTS" holds
// findings too, so it is not among them). An objective section often opens with background ("Risdiplam was approved
// recently ..."), so only a structured abstract's own OBJECTIVE category marks its sentences as aims.
const METHOD_SECTION =
  /^(?:METHODS?|DESIGN|STUDY DESIGN|SETTINGS?|PARTICIPANTS|SUBJECTS|PATIENTS|MEASUREMENTS|INTERVENTIONS?|(?:MATERIALS?|PATIENTS|SUBJECTS) AND METHODS|DATA SOURCES|STUDY SELECTION|DATA EXTRACTION)$/;

// Questions about the means of study or care: what is used, measured or assessed, by which scale, test or technique.
const METHOD_QUESTION =
  /\b(?:used?|uses|using|measur\w*|assess\w*|scales?|scores?|techniques?|methods?|methodolog\w*|assays?|tools?|instruments?|questionnaires?|kits?|protocols?|approach\w*|procedures?|criteria|how (?:is|are|was|were|can|could|should|do|does) .+ (?:detected|measured|assessed|evaluated|quantified|identified|studied|analy[sz]ed|tested|performed|done))\b/i;

// How many sentences make a record a full abstract rather than a few snippets.
const FULL_RECORD = 4;

// Questions on how a condition shows itself, where a case report's patient ("A 45-year-old woman presented with ...")
// is itself the answer; elsewhere a case's introduction is no finding.
const CASE_QUESTION = /\b(?:symptoms?|signs?|present(?:s|ed|ing|ation)?|features?|manifest\w*|cases?|look like|clinical (?:picture|course))\b/i;

const LOCATION_CUES = /\b(locat\w*|distribut\w*|sites?|involv\w*|regions?|locali[sz]\w*|confined|spread)\b/g;
const COMPARISON_CUES = /\b(compar\w*|than|similar\w*|differ\w*|versus|vs\.?|equally|superior|inferior)\b/g;

function cueScore(types: readonly QuestionType[], text: string): number {
  let hits = 0;
  let asked = 0;
  for (const type of types) {
    if (type in KIND_CUES) {
      asked++;
      hits += cueCount(type as keyof typeof KIND_CUES, text);
    } else if (type === 'location') {
      asked++;
      hits += (text.toLowerCase().match(LOCATION_CUES) ?? []).length;
    } else if (type === 'comparison') {
      asked++;
      hits += (text.toLowerCase().match(COMPARISON_CUES) ?? []).length;
    }
  }
  // A question without a topic gives every sentence the same neutral cue score.
  return asked === 0 ? 0.5 : Math.min(1, hits / 2);
}

const ENUMERATION = /\b(including|such as|namely|e\.g\.|include[sd]?|consist\w* of)\b|,[^,]+,[^,]+\band\b/i;

/** Words that look like a named entity: gene symbols, acronyms, drug or proper names inside the sentence. */
export function namedEntities(text: string): string[] {
  const tokens = text.split(/\s+/).map((t) => t.replace(/^[("'\[]+|[)"'.,;:\]]+$/g, ''));
  // The first word is capitalised anyway; it counts only when it looks like a symbol (BRCA1, TNF-alpha).
  const symbol = (t: string) => /^[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*$/.test(t);
  return tokens.filter((t, i) => symbol(t) || (i > 0 && /^[A-Z][a-z]{3,}$/.test(t)));
}

// List questions want sentences that enumerate; factoid questions want one that names something new.
function typeBonus(analysis: QuestionAnalysis, text: string): number {
  if (analysis.type === 'list') return ENUMERATION.test(text) ? 0.06 : 0;
  if (analysis.asksForEntity) {
    const asked = analysis.question.toLowerCase();
    return namedEntities(text).some((e) => !asked.includes(e.toLowerCase())) ? 0.06 : 0;
  }
  return 0;
}

function lengthFactor(words: number): number {
  if (words < 6) return 0.3;
  if (words < 10) return 0.75;
  if (words > 70) return 0.5;
  if (words > 45) return 0.85;
  return 1;
}

function statisticsFactor(text: string): number {
  const tokens = text.split(/\s+/).filter(Boolean);
  const stats = tokens.filter((t) => /\d/.test(t) || /^(p|ci|or|hr|rr|sd|iqr|n|=|<|>|±|vs\.?)$/i.test(t.replace(/[(),;:]/g, ''))).length;
  const share = tokens.length ? stats / tokens.length : 0;
  if (share > 0.35) return 0.45;
  if (share > 0.2) return 0.8;
  return 1;
}

/** Scores every sentence of the evidence by concept coverage, type cues, section, rank, length and statistics. */
export function scorePassages(
  analysis: QuestionAnalysis,
  evidence: readonly Evidence[],
  articleCoverage: ReadonlyMap<string, number> = new Map(),
): ScoredPassage[] {
  const totalWeight = analysis.concepts.reduce((sum, c) => sum + c.weight, 0);
  const cueTypes = [analysis.type, ...analysis.topics];
  const scored: ScoredPassage[] = [];
  const forms = questionForms(analysis.question, analysis.synonyms);
  const names = (analysis.synonyms ?? []).flatMap((s) => s.names);
  const methodAsked = METHOD_QUESTION.test(analysis.question);
  const caseAsked = CASE_QUESTION.test(analysis.question);
  const optionsAsked = analysis.type === 'list' || OPTIONS_ASKED.test(analysis.question);
  // How common a condition is or what it leads to is asked of an opening's "X is a common cause of death".
  const burdenAsked = BURDEN_ASKED.test(analysis.question);
  const countAsked = /\bhow\s+(?:many|much)\b/i.test(analysis.question);
  const subjectStems = analysis.concepts.filter((c) => !c.generic).map((c) => c.stem);
  // "Sweat chloride testing is used for which disease?": a sentence naming a disease ("the gold standard for
  // confirmatory diagnosis of cystic fibrosis") gives the kind asked by naming one, without the word "disease".
  const noun = askedNoun(analysis.question);
  const kindStem = noun ? stemOf(noun) : null;
  const kindConcept = kindStem ? analysis.concepts.find((c) => c.stem === kindStem) : undefined;
  // "Which cancers turn up more often in families with A-T?": a sentence naming things of the kind asked by their shape
  // ("ovarian, gastric, and biliary system carcinomas and ... leukemia and lymphoma") speaks of "cancers" (asked-kind-name).
  const shapedWord = askedKindWord(analysis);
  const shapedStem = shapedWord ? stemOf(shapedWord) : undefined;
  const shapedConcept = shapedStem ? analysis.concepts.find((c) => c.stem === shapedStem) : undefined;
  // "How is X inherited?": a sentence naming a mode of inheritance ("an X-linked recessive disorder") says how; "What
  // causes X?" one saying what X is due to, "What are the symptoms of X?" one saying what X is characterized by.
  const answering = answeringWords(analysis);
  evidence.forEach(({ article }, rank) => {
    const passages = splitPassages(article);
    // A short form led by a symbol ("percentage excess body weight loss (%EBWL)") is defined by its letters.
    const abbreviations = definedAbbreviations(`${article.title} ${article.abstract}`.replace(/\(\s*[%#Δ]\s*(?=[A-Za-z])/gu, '('));
    // The short forms that stand for exactly a medical name of one of the question's lay phrases.
    // "S. stercoralis" after "Strongyloides stercoralis" names the genus too.
    const genera = genusShortForms(article.abstract);
    const named = [...abbreviations].filter(([, long]) => names.some((name) => name.length === long.size && name.every((s) => long.has(s))));
    const abstractCount = passages.filter((p) => p.section !== 'title').length;
    const full = abstractCount >= FULL_RECORD;
    // A label kept inline in an unstructured abstract ("METHODS: ...") holds for its sentences until the next one.
    let label: string | undefined;
    const own: ScoredPassage[] = [];
    const texts = passages.map((p) => p.text);
    passages.forEach((passage, position) => {
      if (passage.section === 'ABSTRACT') label = inlineLabel(passage.text) ?? label;
      // A sentence that asks rather than states cannot answer anything.
      if (/\?\s*$/.test(passage.text)) return;
      // A title names a topic rather than stating a finding; quote it only when there is no abstract.
      if (passage.section === 'title' && abstractCount > 0) return;
      // A lay phrase of the question is read from the sentence's own words, and from a short form only when it stands
      // for exactly the phrase's medical name ("AD", atopic dermatitis, says eczema): "LUS" spelled out as
      // "laparoscopic ultrasonography" does not make a staging sentence say the question's "ultrasound".
      const plain = stemSet(genera.size ? withGenusNames(passage.text, genera) : passage.text);
      const written = new Set(plain);
      for (const [short, long] of named) if (plain.has(short)) for (const s of long) written.add(s);
      const stems = withQuestionForms(withAbbreviations(plain, abbreviations), passage.text, forms, abbreviations, written);
      // "At least 75% of these tumours possess mutations" speaks of the pilomatricomas the sentence before names.
      for (const stem of pointedSubjects(texts, position, subjectStems, article.title)) stems.add(stem);
      const covered = analysis.concepts.filter(
        (c) =>
          mentions(stems, c.stem) ||
          (c === kindConcept && namesDisease(analysis, passage.text)) ||
          (c === shapedConcept && namesAskedKind(analysis, passage.text) === true) ||
          answering.some((a) => a.concept === c && a.says(passage.text)),
      );
      const coverage = totalWeight ? covered.reduce((s, c) => s + c.weight, 0) / totalWeight : 0;
      let section = SECTION_WEIGHT[passage.section] ?? 0.6;
      // Unstructured abstracts usually close with their conclusion.
      if (passage.section === 'ABSTRACT' && position >= abstractCount - 1) section = 0.95;
      const words = passage.text.split(/\s+/).length;
      const fit = articleCoverage.get(article.pmid) ?? coverage;
      // A question on how something is measured or what is used ("What is the most commonly used pain scale?") is
      // answered by what studies used, so their methods count as findings there.
      // A methods section may report a result too ("Propensity-score matching identified 27,640 patients; Black race
      // was associated with worse 5-year overall survival"): that sentence is a finding.
      const methodSection = METHOD_SECTION.test(passage.section) || (label !== undefined && METHOD_SECTION.test(label));
      // A case or sample described is the message of a short record (a few snippets, as BioASQ rebuilds them: "We
      // report a case of radiation-induced osteosarcoma ..."), but only the setting of a full abstract's findings.
      const detail = full && ((!methodAsked && describesSample(passage.text)) || (!caseAsked && presentsCase(passage.text)));
      const aim = statesAim(passage.text) || (!methodAsked && statesMethod(passage.text)) || detail || /^OBJECTIVES?$/.test(passage.section) || (methodSection && !reportsResult(passage.text));
      const base =
        0.45 * coverage +
        0.15 * fit +
        0.12 * cueScore(cueTypes, passage.text) +
        0.13 * section +
        0.15 / (1 + 0.3 * rank);
      const score =
        (base + typeBonus(analysis, passage.text)) *
        lengthFactor(words) *
        statisticsFactor(passage.text) *
        (aim ? 0.5 : 1);
      own.push({ ...passage, score, coverage, rank, stems, articleCoverage: fit, aim });
    });
    scored.push(...withHypothesesAsAims(own, optionsAsked, burdenAsked, countAsked));
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * An article's passages with the hypothesis or doubt its background states ("Vitamin D may prevent autoimmunity by
 * stimulating naturally occurring regulatory T cells") read as what the study set out to test, an aim, when the
 * article also states a finding covering at least half as much of the question ("Vitamin D supplementation was
 * associated with significantly increased %Tregs"): the finding answers. An article whose only word on the question
 * is its background keeps it as it is. A sentence already read as prior belief ("It is unknown if accuracy of physician
 * estimates differs between black and white patients") is kept out of the direct answer by that reading and stays a
 * point, as before this rule (PubMedQA 17453263 lost its verdict without it).
 */
function withHypothesesAsAims(passages: ScoredPassage[], optionsAsked: boolean, burdenAsked: boolean, countAsked = false): ScoredPassage[] {
  // In an abstract without sections, what comes before the sentence saying what the study set out to do is its
  // opening, when that sentence comes in the abstract's first half.
  const unlabelled = passages.filter((p) => p.section === 'ABSTRACT' || p.section === 'UNASSIGNED');
  const aimAt = unlabelled.findIndex((p) => p.aim);
  const firstAim = aimAt >= 0 && aimAt <= unlabelled.length / 2 ? (unlabelled[aimAt] as ScoredPassage).index : -1;
  // An abstract of several sentences without sections opens with its first one, even when no sentence says what the
  // study set out to do ("The Ebola epidemic in West Africa has caused substantial morbidity and mortality. ... We
  // project that ..."): there the scene or motive is as much the study's premise.
  const first = unlabelled.length >= FULL_RECORD ? unlabelled[0] : undefined;
  const opening = (p: ScoredPassage) => isOpening(p.section, p.index, firstAim) || p === first;
  const finding = (p: ScoredPassage, least: number) => p.section !== 'title' && !p.aim && !isPremiseSection(p.section) && p.coverage >= least;
  // So is, unless the question asks for the means of care, a list of the usual means the study sets its own beside
  // ("There are a few medical approaches to manage this costly health care burden: antiarrhythmics ...").
  const background = (p: ScoredPassage) => (isPremiseSection(p.section) && statesHypothesis(p.text)) || (!optionsAsked && surveysOptions(p.text));
  return passages.map((p) => {
    if (p.aim) return p;
    if (background(p) && !statesBelief(p.text) && passages.some((q) => finding(q, p.coverage / 2))) return { ...p, aim: true, score: p.score * 0.5 };
    // The opening's motive ("the precise role of ... remains unknown", "continues to be recommended for this purpose")
    // is what the study answers, when its article states a finding outside the opening: as an aim it neither votes on
    // a verdict nor answers, and selection gives its place to the article's finding. It keeps its score, so the
    // article keeps its rank among the evidence.
    // So is its scene ("LSG is currently being performed with increasing frequency worldwide", "statins have been shown
    // to reduce the risk of stroke"), unless the question asks how common a condition is.
    // A count asked ("How many extra measles deaths could follow ...?") is not answered by a burden said without a
    // figure, so that scene is the premise there too.
    const scene = setsScene(p.text) && (!burdenAsked || (countAsked && !/\d/.test(p.text)));
    if (opening(p) && (statesMotive(p.text) || scene) && passages.some((q) => !opening(q) && finding(q, p.coverage / 2))) return { ...p, aim: true };
    // So is an opening practice or view the very next sentence calls into question ("DRE are routinely used on trauma
    // patients ... as recommended by current ATLS protocols. However, recent literature has called the blanket use of
    // the DRE ... into question."): the study tests it, and its finding answers.
    const challenged = passages.some((q) => q.pmid === p.pmid && q.index === p.index + 1 && CHALLENGES.test(q.text));
    if (opening(p) && challenged && passages.some((q) => !opening(q) && finding(q, 0))) return { ...p, aim: true };
    return p;
  });
}

// A sentence calling what comes before it into question.
const CHALLENGES = /^(?:however|but|yet|nevertheless)\b[^.]*?\b(?:(?:called|brought|put)\b[^.]{0,60}?\binto question|questioned|challenged|disputed|debated|controversial)\b/i;

// A question on how common, used or weighty something is.
const BURDEN_ASKED = /\b(?:common|commonly|prevalen\w*|incidence|frequen\w*|how (?:many|often|much)|burden|leading|popular\w*|widely|worldwide|trends?|rates?|epidemiolog\w*)\b/i;

// A question asking for the means of care or their kinds ("What are the treatment options for X?").
const OPTIONS_ASKED = /\b(?:options?|approach(?:es)?|strateg(?:y|ies)|ways?|methods?|modalit(?:y|ies)|treat\w*|therap(?:y|ies)|manag\w*)\b/i;

// A sentence saying "DM" mentions the article's long form too, and one with the long form mentions "dm".
function withAbbreviations(stems: Set<string>, abbreviations: Map<string, Set<string>>): Set<string> {
  const all = new Set(stems);
  // A numbered form of a defined short form ("SPG2" beside "X-linked spastic paraplegia (SPG)") names it too.
  const numbered = new Set([...stems].map((s) => /^([a-z]{2,})\d{1,2}[a-z]?$/.exec(s)?.[1]).filter((s): s is string => s !== undefined));
  for (const [short, long] of abbreviations) {
    if (stems.has(short) || numbered.has(short)) for (const s of long) all.add(s);
    else if ([...long].every((s) => stems.has(s))) all.add(short);
  }
  return all;
}

/** Jaccard overlap of two sentences' content stems. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/** Options for selectSentences. */
export type SelectOptions = {
  maxPoints?: number;
  /** Sentences covering less than this share of the question are not selected. */
  minCoverage?: number;
  /** Above this word overlap two sentences count as saying the same thing. */
  duplicateOverlap?: number;
  /** At most this many points from one article (default: half of maxPoints, at least 3). */
  perArticle?: number;
};

/** The best-scored finding of an aim's article not yet taken that covers at least `least` of the question. */
function findingOf(scored: readonly ScoredPassage[], aim: ScoredPassage, least: number, taken: ReadonlySet<ScoredPassage>): ScoredPassage | undefined {
  return scored.find((p) => p.pmid === aim.pmid && !p.aim && p.section !== 'title' && p.coverage >= least && !taken.has(p) && !statesBelief(p.text));
}

// A passage's own words, read once however often it is compared.
const ownStems = new WeakMap<ScoredPassage, ReadonlySet<string>>();
function ownStemsOf(passage: ScoredPassage): ReadonlySet<string> {
  let stems = ownStems.get(passage);
  if (!stems) ownStems.set(passage, (stems = stemSet(passage.text)));
  return stems;
}

/** Two passages' stems to compare: their own words when both come from one article, else all they mention. */
function comparedStems(a: ScoredPassage, b: ScoredPassage): [ReadonlySet<string>, ReadonlySet<string>] {
  return a.pmid === b.pmid ? [ownStemsOf(a), ownStemsOf(b)] : [a.stems, b.stems];
}

/** Above this overlap of their words two sentences say the same thing. */
const DUPLICATE_OVERLAP = 0.5;

/** Whether two passages say the same thing (their words overlap above `limit`, compared as comparedStems does). */
export function saysAgain(a: ScoredPassage, b: ScoredPassage, limit = DUPLICATE_OVERLAP): boolean {
  return overlap(...comparedStems(a, b)) > limit;
}

/** Picks diverse, well-scored sentences (MMR-like): near-duplicates are merged as extra citations or dropped. */
export function selectSentences(scored: readonly ScoredPassage[], options: SelectOptions = {}): Selection[] {
  const { maxPoints = 10, minCoverage = 0.3, duplicateOverlap = DUPLICATE_OVERLAP } = options;
  const best = scored[0]?.score ?? 0;
  const articles = new Set(scored.map((p) => p.pmid)).size;
  // Spread points over articles when there are several.
  const perArticle = articles <= 1 ? maxPoints : (options.perArticle ?? Math.max(3, Math.ceil(maxPoints / 2)));
  const chosen: Selection[] = [];
  const used = new Map<string, number>();
  const taken = new Set<ScoredPassage>();
  for (const candidate of scored) {
    if (chosen.length >= maxPoints) break;
    if (candidate.coverage < minCoverage || candidate.score < best * 0.45 || taken.has(candidate)) continue;
    // What a study set out to do or how it went about it is no point of an answer: its article speaks by its best
    // finding on the question instead, and by the aim only when it states none (a record may hold no more).
    if (candidate.aim && used.has(candidate.pmid)) continue;
    const passage = candidate.aim ? (findingOf(scored, candidate, minCoverage, taken) ?? candidate) : candidate;
    taken.add(passage);
    // Two sentences of one article share its abbreviations' long forms ("DGE" read as delayed gastric emptying in
    // both), so they are told apart by their own words; across articles the long forms show the same thing said.
    const twin = chosen.find((c) => saysAgain(c.passage, passage, duplicateOverlap));
    if (twin) {
      if (twin.passage.pmid !== passage.pmid && !twin.alsoSaidBy.some((p) => p.pmid === passage.pmid) && twin.alsoSaidBy.length < 2) {
        twin.alsoSaidBy.push(passage);
      }
      continue;
    }
    if ((used.get(passage.pmid) ?? 0) >= perArticle) continue;
    used.set(passage.pmid, (used.get(passage.pmid) ?? 0) + 1);
    chosen.push({ passage, alsoSaidBy: [] });
  }
  return chosen;
}
