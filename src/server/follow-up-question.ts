import type { Answer } from '../domain/index.js';
import { isReaderPerson, resolveFollowUp, storyCondition, type ResolvedFollowUp, type ThreadContext, type ThreadTurn } from '../answer/index.js';

/**
 * Follow-up questions inherit the original question's concepts: "What about treatment?" under "What causes
 * gout?" is asked as "What about treatment? (gout)". We keep the follow-up's words as typed and add the
 * original's content words (not stop words, not question-intent words such as "causes", which would pull the
 * answer back to the original's theme), skipping any the follow-up already has.
 */

/**
 * Follow-up questions one article's thread takes: each is a stored draft and a turn of the article's page, so a thread
 * is bounded (a reader's conversation is a few turns; a script's need not be).
 */
export const MAX_FOLLOW_UPS = 100;

const STOP_WORDS = new Set(
  `a an and are as at be been being but by can could did do does doing for from had has have how i if in into is it
  its me my of on or our should so than that the their them then there these they this those to was we were what
  when where which who whom why will with would you your about any some more most other such only also very just
  after before during over under between same own too much many i'm i’m i've i’ve we're we’re we've we’ve he's she's
  they're want wants wanted wanting`.split(/\s+/),
);

// Words that say what is asked rather than what about; the follow-up brings its own.
const INTENT_WORDS = new Set(
  `cause causes caused causing treat treats treated treatment treatments manage managed management therapy therapies
  diagnose diagnosed diagnosis symptom symptoms sign signs prognosis outlook risk risks prevent prevention outcome
  outcomes effect effects common best happen happens work works help helps safe safety good bad need take long
  usual usually typical typically get gets kind type types safest safer way ways role problem problems complication
  complications`.split(/\s+/),
);

// Words that say what is asked of a subject when they stand as its predicate ("Is hemochromatosis genetic?", "is it
// serious?", "Is X an inherited disorder?"), not when they name a kind of it ("hereditary spherocytosis", "serious
// adverse events"): the follow-up brings its own aspect, and "What are the symptoms? (hemochromatosis genetic)" would ask
// for genetic symptoms.
const ASPECTS = String.raw`(?:genetic|genetically|inherited|inheritable|hereditary|heritable|familial|serious|dangerous|deadly|fatal|lethal|life-threatening|curable|contagious|catching|normal|rare|worse|better)`;
const PREDICATE_ASPECT = new RegExp(
  String.raw`\b${ASPECTS}(?:\s+(?:disease|disorder|condition|illness|problem|thing))?(?=\s*(?:[?.!,;:]|$|\s+(?:or|and|in|for|to|at|if|when|after|during|than|like)\b))`,
  'giu',
);

// A verb with its particle says what happens, not to what: "come back" in "Does endometriosis come back after
// surgery?" is recurrence, and its "back" inherited alone would ask every follow-up about backs.
const PHRASAL_VERBS = /\b(?:come|comes|coming|came|go|goes|going|gone|went|get|gets|getting|got|keep|keeps|kept)\s+(?:back|away|worse|better|over|rid\s+of|off|on|wrong)\b|\b(?:mess|messes|messed|messing)\s+up\b|\b(?:care|cares|cared|caring)\s+for\b/giu;

// Pronouns that stand for the thread's topic ("Is it hereditary?"), so a follow-up holding one does not stand alone.
const TOPIC_PRONOUNS = new Set(['it', 'its', "it's", 'they', 'them', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers']);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The content words of a question, in order, without duplicates. */
export function conceptWords(question: string): string[] {
  return contentWords(question, false);
}

/** The words a turn was about and what it asked of them ("How is it treated?" → treated), for a follow-up that goes on from it. */
function turnWords(question: string): string[] {
  return contentWords(question, true);
}

// A noun that says what is asked only with the intent word before it: "Is BRCA1 mutation a risk factor for ovarian cancer?"
// asks about BRCA1 and ovarian cancer, and "factor" inherited alone would be a stray word ("factor V Leiden" keeps it).
const INTENT_PHRASES = /\b(?:risk|prognostic|predictive|protective)\s+factors?\b/giu;

function contentWords(question: string, withIntent: boolean): string[] {
  const text = question.replace(PHRASAL_VERBS, ' ');
  return [...new Set(words(withIntent ? text : text.replace(INTENT_PHRASES, ' ').replace(PREDICATE_ASPECT, ' ')).filter((w) => !STOP_WORDS.has(w) && (withIntent || !INTENT_WORDS.has(w)) && w.length > 1))];
}

/**
 * Whether a follow-up goes on from the turn just before it, so it also asks what that turn asked: it opens with a
 * conjunction ("And in children?", "And the side effects?") or points with "that"/"this" at what was just said ("Is that
 * safe in pregnancy?"), where "it" keeps to the thread's topic ("Is it hereditary?"). "That" before a clause ("Is it
 * true that the ...") points at nothing.
 */
export function continuesLastTurn(followUp: string): boolean {
  const text = followUp.trim().toLowerCase();
  return /^(?:and|but|or|so|then|also)\b/u.test(text) && !/^also,?\s+(?:what|how|why|is|are|can|does|do)\b/u.test(text)
    ? true
    : /\b(?:that|this|those|these)\b(?!\s+(?:the|a|an|it|is|are|i|we|you|they|he|she|my|your|their)\b)/u.test(text);
}

/**
 * Whether a follow-up names a subject of its own and points back at nothing ("Also, what is Norrie disease?", "What about
 * gout?"), so it may be a new topic rather than a question about the thread's ("Is it hereditary?", "And in children?").
 */
export function standsAlone(followUp: string): boolean {
  if (continuesLastTurn(followUp)) return false;
  const all = words(followUp);
  if (all.some((w) => TOPIC_PRONOUNS.has(w))) return false;
  // "The" before a noun that no "of" completes points at what the thread named: "What are the alternatives?", "How
  // common is the infection in newborns?" (not "What is the carrier frequency of BRCA2 6174delT?").
  for (let i = all.indexOf('the'); i >= 0; i = all.indexOf('the', i + 1)) {
    if (!all.slice(i + 2, i + 5).includes('of')) return false;
  }
  // "In children?", "For how long?": a phrase that qualifies the question before it.
  if (/^(?:in|for|with|at|during|after|before|without|on)\b/u.test(all[0] ?? '')) return false;
  return conceptWords(followUp).length > 0;
}

/**
 * The question actually asked for a follow-up: the follow-up plus the original's concepts it lacks, spelled as the
 * original spelled them, since the merged question becomes the follow-up article's title ("(Duchenne muscular dystrophy)").
 * `lastTurn`, the question last asked in the thread as it was answered, is what a follow-up that goes on from the turn
 * before it inherits instead, with what that turn asked: "And the side effects?" after "How is it treated? (familial
 * Mediterranean fever)" is "And the side effects? (treated familial Mediterranean fever)".
 */
export function mergeFollowUp(followUp: string, originalQuestion: string, lastTurn?: string): string {
  return mergedOf(inheritedWords(followUp, originalQuestion, lastTurn));
}

/** A follow-up with the thread's words it is asked with (see inheritedWords). */
type InheritedWords = { asked: string; inherited: string[]; from: string[] };

function mergedOf({ asked, inherited }: InheritedWords): string {
  return inherited.length === 0 ? asked : `${asked} (${inherited.join(' ')})`;
}

/** The follow-up as typed (spaces tidied) and the thread's words it is asked with, spelled as the thread spelled them. */
function inheritedWords(followUp: string, originalQuestion: string, lastTurn?: string): InheritedWords {
  const asked = followUp.replace(/\s+/g, ' ').trim();
  const present = new Set(words(asked));
  const goesOn = continuesLastTurn(asked);
  const from = goesOn ? (lastTurn ?? originalQuestion) : originalQuestion;
  const spelled = new Map<string, string>();
  for (const token of `${from} ${originalQuestion}`.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    if (!spelled.has(token.toLowerCase())) spelled.set(token.toLowerCase(), token);
  }
  // The person a reader asked for ("my daughter has G6PD deficiency"), and the pronoun standing for them ("can she get
  // cataracts?"), are who, not what, the thread is about.
  // "Is it inherited?" after "My daughter has G6PD deficiency. Can she get cataracts?" asks about the condition the
  // story names, not about the cataracts the first question asked of it.
  // Any follow-up that does not go on from the turn before is about that condition, the thread's subject: "What about after
  // the birth?" after "I have endometriosis and I'm pregnant, will it cause problems in my pregnancy?" asks about
  // endometriosis, not about "I'm", "pregnant" or "problems".
  const condition = goesOn ? null : storyCondition(originalQuestion);
  const told = condition ? conceptWords(condition) : null;
  const inherited = (told ?? (goesOn ? turnWords(from) : conceptWords(from)))
    .filter((w) => !present.has(w) && !isReaderPerson(from, w) && !TOPIC_PRONOUNS.has(w))
    .map((w) => spelled.get(w) ?? w);
  // The thread's own question first: a turn's brackets hold its search words, not a reader's phrase.
  return { asked, inherited, from: from === originalQuestion ? [originalQuestion] : [originalQuestion, from] };
}

// Words that join a phrase's words where a reader wrote them ("first-line treatment of hypertension", "asthma in adults").
const JOINERS = new Set(['of', 'in', 'for', 'with', 'on', 'to', 'the', 'a', 'an', 'and', 'after', 'during', 'without']);

/**
 * The title of a follow-up's own article, read by people who never saw its thread (in lists, in search, at its
 * head): the reader's words, with what "that drug" stood for when an answer named it ("Is colchicine safe for kids?"),
 * and in brackets what the thread was about, as the reader wrote it: "And for women? (first-line treatment of
 * hypertension)", not the bag of words it was searched with, "(women first-line treatment hypertension)". The words of
 * what was asked before ("treated", "causes") are not what "it" stands for and are left out, unless nothing else is
 * left; the searched question (mergeFollowUp) is unchanged and stays the answer's question.
 */
export function followUpTitle(followUp: string, originalQuestion: string, lastTurn?: string): string {
  return titleOf(inheritedWords(followUp, originalQuestion, lastTurn));
}

function titleOf({ asked, inherited, from }: InheritedWords): string {
  const said = capitalised(asked);
  const subject = inherited.filter((w) => !INTENT_WORDS.has(w.toLowerCase()));
  const kept = new Set((subject.length > 0 ? subject : inherited).map((w) => w.toLowerCase()));
  if (kept.size === 0) return said;
  return `${said} (${phrasesOf(kept, from).join(', ')})`;
}

function capitalised(text: string): string {
  return text.replace(/^(\W*)(\p{Ll})/u, (_, lead: string, c: string) => `${lead}${c.toUpperCase()}`);
}

/**
 * The kept words as phrases of the texts they came from, in order, each once: words next to each other, or with up to
 * two asking or joining words between that end in a joining word ("first-line treatment of hypertension", "asthma in
 * adults"), make one phrase as written; a stop or bracket ends one ("hypertension? (women)" is two).
 */
function phrasesOf(kept: ReadonlySet<string>, texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const text of texts) {
    let current: string[] = [];
    let gap: string[] = [];
    const close = () => {
      if (current.length > 0) phrases.push(current.join(' '));
      [current, gap] = [[], []];
    };
    for (const token of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.,;:?!()]/gu) ?? []) {
      const low = token.toLowerCase();
      if (kept.has(low) && !seen.has(low) && (gap.length === 0 || JOINERS.has(gap.at(-1)!.toLowerCase()))) {
        seen.add(low);
        current.push(...gap, token);
        gap = [];
      } else if (kept.has(low) && !seen.has(low)) {
        close();
        seen.add(low);
        current.push(token);
      } else if (current.length > 0 && gap.length < 2 && (JOINERS.has(low) || INTENT_WORDS.has(low))) {
        gap.push(token);
      } else close();
    }
    close();
  }
  return phrases;
}

/**
 * The answered turns a follow-up may refer back to, the latest first, the article's own question and answer last: "Is
 * that drug safe?" points at what the last answer named, and past a refusal or a turn naming no drug at an earlier one.
 */
export function priorTurns(article: ThreadTurn, thread: readonly { answer: Answer }[]): ThreadTurn[] {
  const turns = [...thread].reverse().map((f) => ({ question: f.answer.question, answer: f.answer }));
  return [...turns, article].filter((t) => t.answer.status === 'answered');
}

/** A follow-up read against its thread: the question to ask (resolved, then merged with the thread's topic) and the context the answer stage gets. */
export type ThreadedQuestion = { asked: string; title: string; resolved: ResolvedFollowUp | null; thread?: ThreadContext };

/**
 * What a follow-up asks in its thread: its pointers to an earlier answer resolved against the latest turn that names
 * what they point at ("Is that drug safe in pregnancy?" → "Is colchicine safe in pregnancy?"), then merged with the
 * original question's topic ("(familial Mediterranean fever)"); the answer stage is told the turn it follows and the
 * records that turn cites, the one it points at first.
 */
export function threadedQuestion(followUp: string, originalQuestion: string, turns: readonly ThreadTurn[], lastTurn?: string): ThreadedQuestion {
  const typed = followUp.replace(/\s+/g, ' ').trim();
  const readings = turns.map((prior) => ({ prior, resolved: resolveFollowUp(typed, prior) }));
  const chosen = readings.find((r) => r.resolved.resolved.length > 0) ?? readings[0];
  // The searched question and the article's title are two readings of the same inherited words, worked out once.
  if (!chosen) {
    const words = inheritedWords(typed, originalQuestion, lastTurn);
    return { asked: mergedOf(words), title: titleOf(words), resolved: null };
  }
  const { prior, resolved } = chosen;
  const pointedAt = resolved.resolved.find((r) => r.pmid !== null)?.pmid ?? undefined;
  const words = inheritedWords(resolved.question, originalQuestion, lastTurn);
  return { asked: mergedOf(words), title: titleOf(words), resolved, thread: { prior, pmids: resolved.pmids, ...(pointedAt ? { pointedAt } : {}) } };
}
