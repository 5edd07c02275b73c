import { inReaderVoice } from './reader-voice.js';

/**
 * A patient's question often asks for one particular thing about its subject: a level ("What fever level should I be
 * concerned?"), a dose ("How many mg of melatonin?"), how long, how often, what it costs, its side effects, or when
 * to see a doctor. Sentences that share the subject but give none of that ("Of particular concern are female members
 * of kindreds ...") answer another question; the honest reply says what the articles found leave out.
 */

/** One particular thing a question may ask for: how the question asks it, and how a sentence gives it. */
type Aspect = { name: string; asks: RegExp; gives: RegExp; what: string; inDirect?: boolean; notGiven?: RegExp; leadOnly?: boolean };


// A number, as a sentence gives a level, dose or span ("38.5", "2-3", "ten").
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)`;

// A person's age ("a 17-year-old white male", "aged 45 years", "at 3 years of age") says how old someone is, not how
// long something lasts or takes.
const AGE = new RegExp(
  String.raw`\b${NUMBER}[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b|\b(?:aged|age of|ages of)\s+${NUMBER}(?:\s*(?:-|–|to|and)\s*${NUMBER})?\s*(?:years?|months?|weeks?|days?|yrs?)?\b|\b${NUMBER}\s*(?:years?|months?|weeks?|days?) of age\b`,
  'giu',
);

// Words and spans saying how often something is done or happens ("daily", "twice a week", "every 48 hours").
const FREQUENCY = new RegExp(String.raw`\b(?:daily|nightly|weekly|monthly|yearly|annual\w*|once|twice|thrice|hourly|times (?:a|per|each|every|daily|weekly)|every\s+${NUMBER}?\s*\w+|per (?:day|week|month|year)|intervals?|frequen\w*|regular\w*|${NUMBER}\s*(?:times|x)\b)`, 'iu');

const ASPECTS: readonly Aspect[] = [
  {
    name: 'level',
    asks: /\b(?:what|which|at what)\s+(?:[\p{L}-]+\s+){0,2}(?:level|levels|temperature|reading|readings|number|range)\b|\bhow (?:high|low)\b/iu,
    gives: new RegExp(String.raw`\d(?:[.,]\d+)?\s*(?:°|º|degrees?|mm\s?hg|mg\/d[lL]|mmol|µmol|μmol|g\/d[lL]|%|\/m[lL]|\/l\b|bpm|beats|u\/l|iu)|[<>≤≥]\s*\d|\b(?:above|below|over|under|exceed\w*|higher than|lower than|at least|greater than|less than)\s+\d|\bthreshold|\bcut-?off`, 'iu'),
    what: 'what level or reading is meant',
  },
  {
    name: 'dose',
    asks: /\bhow (?:many|much)\s+(?:mg|milligrams?|mcg|micrograms?|ml|units?|iu|tablets?|pills?|capsules?|drops?|puffs?)\b|\bhow much\b(?:\s+[\p{L}-]+){0,4}\s+(?:should|can|do|to)\s+(?:i|we|you)?\s*(?:take|use|give|have)\b|(?<!-)\b(?:dose|doses|dosage|dosing)\b/iu,
    gives: new RegExp(String.raw`\d(?:[.,]\d+)?\s*(?:mg|g|µg|μg|mcg|ml|iu|units?|tablets?|capsules?|drops?|puffs?)\b|\b(?:dose|doses|dosage|dosing)\b`, 'iu'),
    what: 'what dose',
  },
  {
    name: 'duration',
    asks: /\bhow long\b|\blast (?:this|that|so) long\b|\bhow many (?:hours|days|weeks|months|years)\b/iu,
    gives: new RegExp(String.raw`\b${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?[\s-]*(?:min(?:ute)?s?|hours?|h|days?|weeks?|wk|months?|mo|years?|yrs?)\b|\b(?:duration|durations|lasts?|lasted|lasting|persist\w*|resol\w*|recover\w*|heal\w*|long-term|short-term|prolonged|chronic|transient|self-limit\w*)\b`, 'iu'),
    what: 'how long it lasts or takes',
    notGiven: AGE,
  },
  {
    // How often something is done or comes back ("How often should cannulas be resited?", "How often do I need to take
    // it?"): an interval or a count of times.
    name: 'frequency',
    asks: /\bhow often\b(?!\s+(?:is|are|was|were|does|do|did)\s+(?!(?:i|we|you)\b))|\bhow many times\b|\bhow frequently\b/iu,
    gives: FREQUENCY,
    what: 'how often',
  },
  {
    // How often a thing is found or happens ("How often is the codon 877 mutation found in advanced prostate cancers?",
    // "How often does the tumour come back?"): how common it is, which a share ("6 of 24 specimens", "28%", "1 in
    // 2,500") says as well as a word of frequency.
    name: 'occurrence',
    asks: /\bhow often\s+(?:is|are|was|were|does|do|did)\s+(?!(?:i|we|you)\b)/iu,
    gives: new RegExp(String.raw`${FREQUENCY.source}|\d\s*(?:%|percent\b|per cent\b)|\b\d+ (?:of|out of) \d+\b|\b(?:one|1) in (?:every )?\d[\d,]*\b`, 'iu'),
    what: 'how often',
  },
  {
    name: 'cost',
    asks: /\b(?:cost|costs|price|prices|expensive|cheap|afford\w*|insurance)\b/iu,
    gives: /\b(?:cost\w*|price\w*|expens\w*|cheap\w*|charges?|reimburs\w*|econom\w*|afford\w*|insur\w*|dollars?|euros?)\b|[$€£]\s?\d/iu,
    what: 'what it costs',
  },
  {
    name: 'side effects',
    asks: /\bside[\s-]?(?:effects?|affects?)\b|\badverse (?:effects?|reactions?|events?)\b/iu,
    gives: /\bside[\s-]?effects?\b|\badverse\b|\btoxicit\w*|\bsafe(?:ty|ly)?\b|\btolera\w*|\bcomplications?\b|\bharm\w*|\bnausea|\bvomit\w*|\bheadaches?\b|\bdizz\w*|\bdrows\w*|\bsomnolen\w*|\brash\w*|\bbleed\w*|\bdiarrh\w*|\bconstipat\w*|\binsomnia\b|\bfatigue\b|\ballerg\w*|\breactions?\b|\brisks?\b|\binjur\w*|\bpain\b|\birritat\w*/iu,
    what: 'what its side effects are',
  },
  {
    // "What are the complications of X?": a condition's complications are diseases of their own ("nephropathy"), which
    // no pattern lists, so an answer without the word is not refused; a sentence with it leads, though.
    name: 'complications',
    asks: /\bcomplications?\s+(?:of|after|from|with|in|following)\b/iu,
    // What went wrong, named by its kind: an injury, a bleed, a leak, a conversion to open surgery, a reoperation.
    gives: /\bcomplicat\w*|\bside[\s-]?effects?\b|\badverse\b|\bmorbidit\w*|\binjur\w*|\bbleed\w*|\bha?emorrhag\w*|\bleak\w*|\bconver(?:sion|ted) to\b|\bre-?operat\w*|\breadmi\w*|\bsequelae\b/iu,
    what: 'what its complications are',
    leadOnly: true,
  },
  {
    name: 'test result',
    asks: /\b(?:tests?|tested|testing)\s+(?:for(?!\s+(?:the\s+)?treatment)|show|detect|tell|find|pick up|rule out)\b|\b(?:be|get) tested\b(?!\s+in\b)|\b(?:does|do|would|will|can|could) (?:an? |the )?(?:[\p{L}-]+ ){1,3}(?:show|detect|pick up|rule out)\b|\bwhat (?:would|will|does|do|can) (?:an? |the )?(?:[\p{L}-]+ ){1,3}show\b/iu,
    gives: /\b(?:tests?|tested|testing|detect\w*|diagnos\w*|screen\w*|sensitiv\w*|specificity|accura\w*|positive|negative|reveal\w*|show\w*|identif\w*|find|found|finding|findings|measur\w*|levels?|counts?|cultur\w*|biops\w*|imaging|exam\w*|assess\w*|evaluat\w*|confirm\w*|abnormal\w*|normal)\b/iu,
    what: 'what the test shows',
    // Other points about the condition mention tests in passing ("BV was diagnosed among 55 women"): the direct
    // answer itself must be about the test.
    inDirect: true,
  },
  {
    name: 'seeing a doctor',
    asks: /\b(?:should|do|would|must|need)\s+(?:i|we)\s+(?:also\s+)?(?:see|go (?:to|see)|visit|call|contact|talk (?:to|with)|speak (?:to|with)|consult|check with|start with)\b|\bwhen (?:should|do|would|must) (?:i|we) (?:see|go|seek|call|contact|worry|be (?:concerned|worried))\b|\bat what point\b|\bshould (?:i|we) be (?:concerned|worried)\b/iu,
    gives: /\b(?:refer\w*|seek\w*|consult\w*|(?:see|visit|contact)\w* (?:a|the|their|your|his|her) (?:doctor|physician|gp|specialist|dentist)|medical (?:attention|advice|care|evaluation|help)|emergenc\w*|warning signs?|red flags?|urgent\w*|alarm\w*|serious\w*|danger\w*|life-threatening|benign|harmless|(?:should|must|need to) be (?:seen|examined|evaluated|investigated|assessed|treated))\b/iu,
    what: 'when a doctor is needed',
  },
];

// A yes/no question, after any title before it ("Delayed imaging in routine CT ...: is it worth the cost?").
const YES_NO = /^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)\b/iu;

/**
 * The particular things (level, dose, how long, ...) a question asks for, in the order listed above. A research
 * question answered yes or no ("Does high-dose radiotherapy benefit ...?", "is it worth the additional cost?") names
 * a dose or cost without asking for one; in the reader's voice ("Is it normal for a stomach flu to last this long?")
 * or asked with what, how or when, it asks. Whether a test shows something is asked in any form.
 */
export function askedAspects(question: string): readonly Aspect[] {
  const asking = inReaderVoice(question) || !YES_NO.test(question.split(/[:.]\s|--/).at(-1) ?? question);
  return ASPECTS.filter((a) => (asking || a.inDirect) && a.asks.test(question));
}

// The aspects a question names by a noun of their own ("the side effects", "the cost"): that noun says what is asked
// of the subject and is no subject itself.
const NAMED_BY_NOUN = new Set(['side effects', 'cost']);

/**
 * The question's words without those naming an asked side effect or cost ("And the side effects?" has no subject
 * word of its own), so that what is left is what the question asks them of.
 */
export function withoutAspectNouns(question: string): string {
  return ASPECTS.filter((a) => NAMED_BY_NOUN.has(a.name)).reduce((text, a) => text.replace(new RegExp(a.asks.source, 'giu'), ' '), question);
}

/**
 * Why the sentences of an answer (the direct answer first) leave out the particular thing the question asks for, or
 * null: none of them gives it (no level or reading for "What fever level ...?", no dose for "How much melatonin should
 * I take?"), or, for what a test shows, the direct answer does not.
 */
export function leavesOutAspect(question: string, sentences: readonly string[]): string | null {
  if (!sentences.length) return null;
  const gives = (a: Aspect, s: string) => a.gives.test(a.notGiven ? s.replace(a.notGiven, ' ') : s);
  const missing = askedAspects(question).find((a) => !a.leadOnly && !(a.inDirect ? sentences.slice(0, 1) : sentences).some((s) => gives(a, s)));
  return missing ? `The articles found do not say ${missing.what}, which the question asks.` : null;
}

// Whether a sentence gives an aspect (an age is no duration).
function givesAspect(aspect: Aspect, text: string): boolean {
  return aspect.gives.test(aspect.notGiven ? text.replace(aspect.notGiven, ' ') : text);
}

/** A candidate for the direct answer: a sentence, where it stands, and whether it only states an aim. */
type Candidate = { passage: { text: string; section: string; aim?: boolean; coverage?: number } };

// How much less of the question a sentence giving the asked thing may cover than the chosen one and still lead (as
// much as compose allows a sentence in the form asked for): one that leaves out the subject ("Serious side effects
// were reported ..." for "What are the side effects of pregabalin?") answers another question.
const ASPECT_SLACK = 0.2;

/**
 * The direct answer to a question asking for one particular thing (side effects, complications, a dose, how long):
 * the chosen sentence when it gives that thing, else the first of the other sentences about the question's subjects
 * (in their order) that does and covers the question about as well, so "One-hundred-fourteen trauma patients were initiated on therapeutic anticoagulation"
 * gives way to "Trauma patients have a significant complication rate related to anticoagulation therapy" for "What
 * are the complications of therapeutic anticoagulation in trauma patients?". A title or a statement of aims never leads.
 */
export function leadWithAskedAspect<T extends Candidate>(question: string, chosen: T | undefined, others: readonly T[]): T | undefined {
  if (!chosen) return chosen;
  const asked = askedAspects(question).filter((a) => !a.inDirect);
  const unsaid = asked.filter((a) => !givesAspect(a, chosen.passage.text));
  if (!unsaid.length) return chosen;
  const covers = (o: T) => (o.passage.coverage ?? 0) >= (chosen.passage.coverage ?? 0) - ASPECT_SLACK;
  const giving = others.find((o) => o !== chosen && o.passage.section !== 'title' && !o.passage.aim && covers(o) && unsaid.every((a) => givesAspect(a, o.passage.text)));
  return giving ?? chosen;
}
