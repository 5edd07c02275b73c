import { isAbbreviation, superlativeBases, withoutIdioms } from '../lib/index.js';
import { contentTerms, qualifiedTerms, stemOf, stemsMatch, type Term } from './content-terms.js';
import type { QuestionSynonym } from './expand-abbreviations.js';
import { askedSentence } from './reader-context.js';
import { asksEither } from './either-or.js';
import { withoutReaderFrame } from './reader-frame.js';

/** The kinds of question clinq recognises from wording alone. */
export type QuestionType =
  | 'yesno'
  | 'factoid'
  | 'list'
  | 'definition'
  | 'location'
  | 'diagnosis'
  | 'treatment'
  | 'prognosis'
  | 'mechanism'
  | 'epidemiology'
  | 'comparison';

/** A concept of the question with its weight (generic words count half). */
export type Concept = Term & { weight: number; /** Whether the word names the kind of question (treatment, risk) rather than its subject. */ generic?: boolean };

/** What the answer stage knows about a question: its concepts, form and topics. */
export type QuestionAnalysis = {
  question: string;
  concepts: Concept[];
  /** The main type: the question's form (yesno, list) or else its first topic, or factoid. */
  type: QuestionType;
  /** Every topical type the wording suggests (treatment, diagnosis, ...), in priority order. */
  topics: QuestionType[];
  /** Whether the question asks for a named thing (which/what/who ...), whatever its topic. */
  asksForEntity: boolean;
  /** The question's lay phrases with the medical names the vocabulary gives them ("heart attack"), when known. */
  synonyms?: readonly QuestionSynonym[];
  /**
   * The noun phrases the question restates in a bracket after them, each way round: "strawberry birthmark
   * (hemangioma)" gives "strawberry birthmark" the name "hemangioma" and "hemangioma" the name "strawberry birthmark".
   */
  restated?: readonly QuestionSynonym[];
};

const AUX = /^(is|are|was|were|does|do|did|can|could|should|would|will|has|have|had|may|might|must)\b/i;

// "how well / how effectively does X work, help, prevent ...": the verb of the good a remedy does, after its subject.
const EFFECTIVENESS =
  /\bhow\s+(?:well|effective(?:ly)?|successful(?:ly)?)\s+(?:does|do|did|can|could|will|would|might|may)\s+(?:[\w'-]+\s+){1,8}?(?:work(?:s|ed)?|help(?:s|ed)?|prevent(?:s|ed)?|protect(?:s|ed)?|reliev\w*|eas(?:e|es|ed)|control(?:s|led)?|stop(?:s|ped)?|cure[sd]?|treat(?:s|ed)?|reduc\w*|lower(?:s|ed)?|improv\w*|fight(?:s)?|keep(?:s)?)(?![\w-])/i;

// Topic patterns on the question's wording; order decides which topic comes first.
const TOPIC_PATTERNS: [QuestionType, RegExp][] = [
  ['comparison', /\b(compar\w*|versus|vs\.?|difference between|differ(s|ent)? from|better than|superior|inferior)\b/i],
  ['treatment', /\b(treat\w*|prevent\w*|therap\w*|manag\w*|drugs?|medications?|cure\w*|surg\w*|first[- ]line|dose|regimen)\b/i],
  // "How well do bed nets work against malaria?", "How effectively does zinc help a cold?" ask how much a remedy does
  // its good: a treatment or prevention question. After diagnosis, so "How well does the test work?" asks of a test first.
  ['diagnosis', /\b(diagnos\w*|tests?|testing|detect\w*|biops\w*|imaging|screen\w*|markers?|differential|how (?:do|can|would|will|could) (?:i|you|we|they|doctors?|parents?) (?:know|tell))\b/i],
  ['treatment', EFFECTIVENESS],
  ['prognosis', /\b(prognos\w*|outcomes?|survival|mortality|recurr\w*|life expectancy|course)\b/i],
  ['epidemiology', /\b(prevalen\w*|inciden\w*|how (common|frequent|many)|frequency|epidemiolog\w*|risk factors?|rare)\b/i],
  ['mechanism', /\b(mechanism\w*|pathogen\w*|pathophysiolog\w*|pathways?|why|how does .+ work|causes?|caused|etiolog\w*|role of)\b/i],
  ['location', /\b(where|locali[sz]\w*|locat\w*|distribut\w*|which (organ|tissue|cell|chromosome|region|part))\b/i],
  ['definition', /^(what (is|are) (a |an |the )?[\w -]+\??$|define|definition|describe|explain)|\bwhat does .+ mean\b/i],
];

// Words that name the kind of question rather than its subject: kept, but at half weight.
const GENERIC = new Set(
  `treatment treat therapy therapi manag management diagnosi diagnos prognosi outcom risk effect role use patient
  common caus cause reduc mechan incid preval increas decreas associ factor type main differ compar
  clinic sign symptom best diseas syndrom disord condit locat effici efficaci safe new possibl relat influenc chang affect impact
  complic featur present manifest characterist typic usual peopl person individu differential confirm tablet`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that state how the subjects relate ("help", "cure", "protective", "linked") or what is asked of them
// ("feasible", "reliable", "a single syndrome") rather than name a subject. Evidence that uses one of them
// ("prevention is better than cure") has not spoken of the question's subjects, nor need evidence repeat them.
const RELATION = new Set(
  `help cure protect link benefici benefit improv good better wors bad harm trigger worsen useful work fight
  stop avoid recommend take eat drink caus increas decreas reduc rais lower promot associ relat affect influenc impact
  effect effici efficaci safe danger contribut play know get make need want feel go give mean happen keep start try
  come see find us okai ok feasibl option singl reliabl necessari possibl appropri accur valid worthwhil relev import
  suffici adequ justifi requir matter consid inform provid enhanc reliev updat prevent predict predictor less more
  fewer skip omit`
    .split(/\s+/)
    .filter(Boolean),
);

// The degree word of a question asking for a figure ("how long", "how many"), kept as "how".
const HOW_DEGREE = /\b(how)\s+(?:long|soon|often|frequently|many|much|old)\b|\b(at|from|by)\s+what\s+age\b/giu;
// Everyday wording of how often or how much ("every day", "a long time"): never a subject to find in the evidence.
// Adverbs of time and manner ("afterwards", "otherwise") place or qualify what is asked; no article need write them. ("Later"
// is left out: it is also the stem of "lateral".)
const WORDING = new Set(`everi dai daili often much mani fine realli thing wai lot bit thought idea opinion afterward otherwis alreadi
  beforehand`.split(/\s+/));

/** Whether a stem relates the question's subjects or says what is asked of them ("help", "protective", "feasible"). */
export function isRelationWord(stem: string): boolean {
  return RELATION.has(stem) || WORDING.has(stem) || [...RELATION].some((r) => r.length >= 5 && stemsMatch(r, stem));
}

// Words that make a question ask for something other than yes or no.
const WH_WORD = /\b(what|which|who|whom|whose|when|where|why|how)\b/i;
const IMPERATIVE = /^(?:please\s+)?(list|name|enumerate|describe|explain|give|tell|summari[sz]e|define|mention|compare|discuss)\b/i;

/**
 * Whether a question asks yes or no: "Is X ...?", "X: are they related?", "..., yes or no?", or a statement put as
 * a question with no question word ("Inhibin: a new marker of hydatidiform mole?"). A choice between named
 * alternatives at its end ("Is fingolimod a drug or a pro-drug?") asks which one, not yes or no.
 */
export function asksYesOrNo(question: string): boolean {
  // A follow-up carries its thread's topic in brackets after its own question mark ("Is it dominant or recessive?
  // (Duchenne muscular dystrophy)"); the form of the question is the reader's part.
  const q = withoutPoliteFrame(question.trim().replace(JOINING, '')).replace(/\?\s*\([^()]*\)\s*$/, '?');
  if (/\b(yes or no|true or false)\W*$/i.test(q)) return true;
  // "... depending on whether it is measured by a physician or a nurse?" names the alternatives of a clause, and
  // "Is X another term for a white or unpigmented patch?" the thing it names.
  // A list ("are abscesses, phlegmons, or recurrent disease contraindications?") names the things asked about.
  if (/\bor\s+(?:\S+\s+){0,3}\S+\?\s*$/i.test(q) && !/\b(either|not|whether)\b/i.test(q) && !NAMING.test(q) && !LISTED.test(q) && !joinsOutcomes(q) && !asksEither(q)) return false;
  // "Are male or female persons more prone to X?" asks which of the two.
  if (CHOICE_OF_MORE.test(q) && !/\bthan\b/i.test(q)) return false;
  // "Any thoughts on X?" and "Any tips for Y?" ask for advice, not for a yes or no.
  if (/^(?:any|some)\s+(?:thoughts?|ideas?|advice|suggestions?|recommendations?|tips?|options?)\b/i.test(q)) return false;
  if (AUX.test(q)) return true;
  // "What drug, used to treat X, is an Y?" asks for the drug the clause after the comma describes.
  if (/^(?:what|which)\s+[\w-]+\s*,/i.test(q)) return false;
  // "X: are they related?" and a title before the question ("Metered-dose inhalers. Do providers know what to teach?").
  if (/(?:[:;,]|\.(?=\s+[A-Z]))\s*(is|are|was|were|does|do|did|can|could|should|would|will|has|have|had|may|might|must)\b[^:;.]*\?\s*$/i.test(q)) return true;
  // "First line Rx for pain from X?" and "Best treatment for Y?" name by its rank the thing asked for: which one.
  if (RANKED_ASK.test(q)) return false;
  // A bare topic ("Kawasaki disease?") asks what it is; a claim put as a question has a few words more.
  if (!WH_WORD.test(q) && !IMPERATIVE.test(q) && q.split(/\s+/).length >= 4) {
    if (/\?\s*$/.test(q)) return true;
    // A claim stated to be checked ("Pasteurization kills Mycobacterium tuberculosis.") has a verb of its own; a
    // topic ("Impact of pollution on asthma.") or a relative clause ("drugs that cause hair loss") has none.
    return CLAIM_VERB.test(q);
  }
  return false;
}

// A verb of effect or relation, or a risk, whose object holds the "or": "Does smoking raise the risk of heart attack or
// stroke?", "Can zolpidem cause sleepwalking or other complex behaviours?" ask whether it does, not which one.
const EFFECT_BEFORE_OR = /\b(?:cause[sd]?|causing|increase[sd]?|raise[sd]?|reduce[sd]?|lower[sd]?|decrease[sd]?|prevent(?:s|ed)?|protect(?:s|ed)?\s+against|treat(?:s|ed)?|cure[sd]?|help(?:s|ed)?(?:\s+with)?|improve[sd]?|worsen(?:s|ed)?|trigger(?:s|ed)?|affect(?:s|ed)?|lead(?:s)?\s+to|linked\s+(?:to|with)|associated\s+with|risk\s+of)\b/i;
// Opposites that make an "or" a choice even after such a verb ("Does it cause gain or loss of function?").
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['gain', 'loss'], ['increase', 'decrease'], ['up', 'down'], ['high', 'low'], ['higher', 'lower'], ['more', 'less'],
  ['benign', 'malignant'], ['dominant', 'recessive'], ['acute', 'chronic'], ['positive', 'negative'], ['inherited', 'acquired'],
  ['activate', 'inhibit'], ['activation', 'inhibition'], ['male', 'female'], ['left', 'right'], ['early', 'late'],
  ['primary', 'secondary'], ['better', 'worse'], ['over', 'under'], ['overexpression', 'underexpression'],
];

/**
 * Whether the "or" near a question's end joins outcomes of the effect it asks about (yes/no) rather than alternatives to
 * choose between: an effect verb comes before it, not as one of the alternatives ("increase or decrease"), and the words
 * it joins are no opposites nor two forms of one word ("polyclonal or monoclonal"); "or other ..." always extends a list.
 */
function joinsOutcomes(q: string): boolean {
  const m = /^(.*)\b(\S+)\s+or\s+(?:an?\s+|the\s+)?(\S+)((?:\s+\S+){0,3})\?\s*$/i.exec(q);
  if (!m) return false;
  const [, before = '', left = '', right = ''] = m;
  const a = left.toLowerCase().replace(/[^a-z-]/g, '');
  const b = right.toLowerCase().replace(/[^a-z-]/g, '');
  if (/^(?:other|another|any|similar)$/.test(b)) return AUX.test(q);
  if (!AUX.test(q) || !EFFECT_BEFORE_OR.test(before) || EFFECT_BEFORE_OR.test(`${a} `) && !/^risk$/.test(a)) return false;
  if (OPPOSITES.some(([x, y]) => (a === x && b === y) || (a === y && b === x))) return false;
  // Two forms of one word ("polyclonal or monoclonal", "agonist or antagonist", "hyper- or hypothyroidism").
  const shared = (x: string, y: string) => { let i = 0; while (i < x.length && i < y.length && x[x.length - 1 - i] === y[y.length - 1 - i]) i++; return i; };
  return !(a.length > 4 && b.length > 4 && shared(a, b) >= 5);
}

// A question opening on a rank of the thing it asks for, with no verb before its "for" or "in" ("first-line
// treatment for", "best drug in", "drug of choice for").
const RANKED_ASK = /^(?:the\s+|a\s+)?(?:(?:first|second|third)[- ]line|best|preferred|optimal|ideal|most (?:effective|useful|common)|safest|usual|recommended)\s+(?:[\w-]+\s+){0,2}?(?:for|in|to treat)\b|^(?:the\s+)?[\w-]+\s+of\s+choice\s+(?:for|in)\b/i;

// Phrases that name a thing, whose "or" belongs to the name ("another term for a white or unpigmented patch").
const NAMING = /\b(?:an?|another|other) (?:term|name|word) for\b|\bsynonym (?:of|for)\b|\balso (?:known as|called)\b/i;
// Things listed as the subject right after the verb, with more words after the last ("are A, B, or C contraindications?").
const LISTED = /\b(?:is|are|was|were|do|does|did)\s+[\w-]+,\s+[\w-]+,?\s+or\s+[\w-]+\s+[\w-]+/i;
// A choice between two things, then a comparison ("Are male or female persons more prone ...?").
const CHOICE_OF_MORE = /^(?:is|are|was|were|do|does|did)\s+(?:[\w-]+\s+){1,3}or\s+(?:[\w-]+\s+){1,3}(?:more|less|better|worse|higher|lower|greater|likelier)\b/i;
// A finite verb of a claim, not at the start (an imperative) nor right after a relative pronoun or "to".
const CLAIM_VERB =
  /^\S+(?:\s+\S+)*?\s+(?<!\b(?:that|which|who|to)\s+)(?:is|are|was|were|has|have|can|cannot|will|does|causes?|kills?|increases?|decreases?|reduces?|prevents?|cures?|treats?|inhibits?|induces?|activates?|binds?|protects?|affects?|improves?|leads?|contains?|requires?|regulates?|promotes?|blocks?|targets?)\b/i;

// "Do you know how ...?" and "Can you define ...?" ask the question they frame, not whether the reader can.
const POLITE_FRAME =
  /^(?:(?:do|does) (?:you|anyone) (?:know|have any idea) (?=(?:what|how|why|when|where|which|who|if|whether)\b)|(?:can|could|would|will) you (?:please )?(?=(?:tell me|explain|define|describe|list|name|give me|summari[sz]e)\b))/i;

// A follow-up may open by joining on to what was asked before ("And the side effects?", "But is it safe?"): the
// question is what follows.
const JOINING = /^(?:and|but|also|plus|so)\b\s*,?\s*(?=\S)/i;

// A reader may announce the question before asking it ("I do have one question, are yeast infections ...?").
const ANNOUNCED = /^i\s+(?:do\s+)?have\s+(?:a|one|another|two|some|a\s+few)\s+(?:quick\s+|more\s+|last\s+|other\s+|follow-?up\s+)?questions?(?:\s+for\s+you)?\s*[,:;.]?\s+(?=\S)/i;

function withoutPoliteFrame(question: string): string {
  const rest = question.replace(ANNOUNCED, '').replace(POLITE_FRAME, '');
  return rest === question ? question : rest.charAt(0).toUpperCase() + rest.slice(1);
}

// "How is it diagnosed?", "How can X be diagnosed in children?": the question asks how; its "diagnosed" is no description.
const ASKS_HOW = /^how\s+(?:is|are|was|were|can|could|do|does|did|should|would|will|may|might|must)\b/i;
// "cancers diagnosed at the same time", "women diagnosed with X": a participle describing whom the question is about
// (no "be" before it), followed by when, how or with what they were diagnosed.
const REDUCED_DIAGNOSED =
  /(?<!\b(?:be|been|being|is|are|was|were|am|get|gets|got|getting)\s+(?:\p{L}+ly\s+)?)\bdiagnosed\b(?=\s+(?:with|at|in|as|during|before|after|when|while|since|on|simultaneously|synchronously|concurrently|together)\b)/giu;
// "women who were diagnosed with X", "patients that have been diagnosed": a relative clause describing them.
const RELATIVE_DIAGNOSED = /\b(who|that|which)\s+(?:is|are|was|were|(?:had|have|has)\s+been)\s+(?:\p{L}+ly\s+)?diagnosed\b/giu;

/**
 * The question without a "diagnosed" that only describes whom it asks about ("How many women with cancers diagnosed at
 * the same time have Lynch syndrome?"): such a question asks how many, not how a diagnosis is made.
 */
export function withoutDescribedDiagnosis(question: string): string {
  if (ASKS_HOW.test(question)) return question;
  return question.replace(RELATIVE_DIAGNOSED, '$1').replace(REDUCED_DIAGNOSED, '');
}

/** Concept terms (stemmed, weighted) and the type of a question, from its wording alone. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const q = withoutPoliteFrame(question.trim());
  // The kind of answer asked for is read from the sentence that asks, not from the reader's story before it, and not
  // from who the question describes ("women with cancers diagnosed at the same time").
  const asking = askedSentence(q);
  let topics = [...new Set(TOPIC_PATTERNS.filter(([, p]) => p.test(withoutDescribedDiagnosis(asking))).map(([t]) => t))];
  // "What is the prevalence of X?" asks for the prevalence, not a definition.
  if (topics.length > 1) topics = topics.filter((t) => t !== 'definition');
  const yesno = asksYesOrNo(q);
  const list = /^(list|name|enumerate|which (are|were)|what (are|were) the)\b/i.test(asking) && !yesno;
  const factoidWord = /^(what|which|who|whom|how much|how many|when)\b/i.test(asking);
  let type: QuestionType;
  if (yesno) type = 'yesno';
  else if (list) type = 'list';
  else if (topics[0]) type = topics[0];
  else type = factoidWord ? 'factoid' : 'definition';
  const seen = new Set<string>();
  const concepts: Concept[] = [];
  // "…, yes or no?" frames the question; its words are not concepts to look for.
  // An idiom's words ("running in a family", "at the molecular level") name nothing to look for either.
  // Where the reader heard a claim and how sure they are of it ("I read online that", "is that a real thing?") is no
  // subject to find in the evidence (reader-frame.ts).
  // "How long", "how soon", "how often", "how many", "how much", "how old" ask for a figure (asked-quantity): the
  // degree word is no subject to find in the evidence ("long" of "long-term follow-up").
  const asked = withoutIdioms(withoutReaderFrame(q.replace(/\b(yes or no|true or false)\W*$/i, ''))).replace(HOW_DEGREE, (_, how: string | undefined, at: string | undefined) => how ?? `${at} what`);
  // A qualified name ("vitamin D", "type 2") takes the place of its head word, so evidence must name the qualifier.
  const qualified = qualifiedTerms(asked);
  const terms: Term[] = [];
  let qualifier: string | null = null;
  for (const term of contentTerms(asked)) {
    // The qualifier itself ("b12" of "vitamin B12") is part of the name, not a concept of its own.
    if (term.word === qualifier) continue;
    const i = qualified.findIndex((t) => t.head.word === term.word);
    const name = i < 0 ? null : (qualified.splice(i, 1)[0] as Term);
    qualifier = name ? (name.word.split(' ')[1] as string) : null;
    terms.push(name ?? term);
  }
  for (const term of terms) {
    if (seen.has(term.stem) || QUESTION_SCAFFOLD.has(term.word)) continue;
    seen.add(term.stem);
    // A qualified name is a subject even when its head is generic wording ("type 2").
    // "action" in "mechanism of action" frames the question like "mechanism" itself.
    // "lead to" relates two subjects; the metal would be "lead" without the "to".
    const framing = (term.word === 'action' && /\bmechanisms? of action\b/i.test(asked)) || (term.word === 'lead' && /\blead(?:s|ing)? to\b/i.test(asked));
    // A superlative of a generic word ("the commonest complications") is as generic as "the most common" is.
    const genericWord = (word: string) => GENERIC.has(stemOf(word)) || GENERIC.has(word);
    const generic = framing || (!term.stem.includes(' ') && (GENERIC.has(term.stem) || GENERIC.has(term.word) || superlativeBases(term.word).some(genericWord)));
    concepts.push({ ...term, weight: generic ? 0.5 : 1, generic });
  }
  const asksForEntity = type === 'factoid' || (factoidWord && !yesno && type !== 'definition' && type !== 'list');
  const restated = restatedNames(asked);
  return { question: q, concepts, type, topics, asksForEntity, ...(restated.length ? { restated } : {}) };
}

/** The most content words a bracket, or the noun phrase before it, may hold to be read as one name restating the other. */
const MAX_RESTATED_WORDS = 4;
/** A bracket of a few words (no nested brackets) after the words before it. */
const BRACKET = /([^()]*?)\s*\(([^()]{1,60})\)/gu;

/**
 * A bracket right after a noun phrase restates it ("my baby has a strawberry birthmark (hemangioma)", "hemangioma
 * (strawberry birthmark)"): the reader gives one name beside the other, so a text naming either speaks of both. The
 * noun phrase is the run of content words since the last stop word; a bracket holding a stop word or a number ("(in
 * children)", "(e.g. aspirin)", "(2 years)") qualifies rather than restates and gives nothing.
 */
export function restatedNames(question: string): QuestionSynonym[] {
  const found: QuestionSynonym[] = [];
  for (const match of question.matchAll(BRACKET)) {
    const inside = match[2]!.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
    const named = contentTerms(match[2]!);
    if (!inside.length || inside.length > MAX_RESTATED_WORDS || named.length !== inside.length) continue;
    // An abbreviation ("(CMV)", "(IL-6)") is spelled out by the abbreviation stage, not read as a second name.
    if (inside.length === 1 && isAbbreviation(inside[0]!)) continue;
    // Only a bracket right after a word restates it: "What about colchicine? (gout)" names a thread's topic.
    if (!/[\p{L}\p{N}]$/u.test(match[1]!)) continue;
    const before = match[1]!.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
    const phrase: string[] = [];
    for (let i = before.length - 1; i >= 0 && contentTerms(before[i]!).length > 0; i--) phrase.unshift(before[i]!);
    const own = contentTerms(phrase.join(' '));
    if (!own.length || phrase.length > MAX_RESTATED_WORDS) continue;
    const ownStems = own.map((t) => t.stem);
    const namedStems = named.map((t) => t.stem);
    if (namedStems.every((stem) => ownStems.includes(stem))) continue;
    found.push({ stems: ownStems, names: [namedStems] }, { stems: namedStems, names: [ownStems] });
  }
  return found;
}

// Words that shape a question but are not its subject.
const QUESTION_SCAFFOLD = new Set(['main', 'kind', 'kinds', 'way', 'ways', 'exist', 'exists', 'really', 'currently', 'usually', 'typically', 'often', 'adding']);
