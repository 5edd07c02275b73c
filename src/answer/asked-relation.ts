import { contentTerms, stemsMatch } from './content-terms.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * A patient's short question names its subject and, by a word or two, what it wants of it: a test ("What's the STD
 * test?"), a risk ("the risk to beta blockers"), an example ("an example of a topical steroid"), what a thing does
 * ("What does a proton pump inhibitor do?"). A sentence that
 * shares the subject but says nothing of that answers another question: HIV control measures in a country are no STD
 * test, the evidence for beta-blockers in sepsis says nothing of their risks, "treated with topical steroids" names no
 * steroid, rebound acid after a drug is not what the drug does. And "What is a neurological issue?" asks what a whole field of illness is, which a finding
 * on one disease does not say.
 */

// Heads of a subject that name a test or an examination ("STD test", "blood work", "pap smear").
const TEST_HEAD = /^(?:tests?|testing|screens?|screenings?|scans?|exams?|examinations?|check-?ups?|swabs?|panels?|smears?|work)$/u;
// A sentence speaks of testing when it names one, or what a test does or gives.
const SPEAKS_OF_TEST =
  /\b(?:test\w*|detect\w*|diagnos\w*|screen\w*|assay\w*|sensitiv\w*|specificit\w*|positiv\w*|negativ\w*|measured|measurements?|measuring|scan\w*|exam\w*|result\w*|accura\w*|imaging|biops\w*|swab\w*|smear\w*|culture\w*|serolog\w*|antibod\w*|sampl\w*|findings?|reveal\w*|show(?:s|ed|n)?)\b/iu;

// A question asking yes or no ("Can multiple SNP testing improve risk prediction?").
const YES_NO = /^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)\b/iu;

/** The test "What is the X test?" asks for ("STD test") when the direct sentence speaks of no testing, or null. */
export function leavesOutTest(question: string, subjects: readonly SubjectGroup[], direct: string): string | null {
  // Only "What is the X test?" asks for the test itself: "What methodology does the X test use?" asks something of it
  // that a sentence may give without naming testing.
  const thing = askedThing(question);
  if (!thing) return null;
  const test = subjects.find((g) => g.words.length > 1 && TEST_HEAD.test(g.words.at(-1) as string) && thing.toLowerCase().endsWith(g.text.toLowerCase()));
  if (!test || SPEAKS_OF_TEST.test(direct)) return null;
  // A test is often written by its initials ("the DRE" for "digital rectal exam").
  const initials = test.text.match(/[\p{L}\p{N}]+/gu)?.map((w) => w.charAt(0).toUpperCase()).join('') ?? '';
  if (initials.length > 1 && new RegExp(`(?<![\\p{L}\\p{N}])${initials}s?(?![\\p{L}\\p{N}])`, 'u').test(direct)) return null;
  return `The sentence that comes closest to an answer does not speak of ${test.text}, so it answers another question.`;
}

// "the risk(s) to/with X", "the risks of taking X", "is X dangerous": the question asks what harm may come. "At risk
// of malaria", "the risk of colorectal cancer" and "risk factors" ask who gets a disease, which a finding may answer.
const ASKS_HARM = /\b(?<!at\s)risks?\s+(?:to|with|from|in|for|on|of\s+(?:taking|using|having|getting|giving|doing))\b|\b(?:dangers?|dangerous|harms?|harmful|unsafe)\b/iu;
// A sentence on harm or on what raises a risk names one ("adverse", "complications", "increased", "associated"), or
// says how grave a disease is ("remains a surgical emergency", "poor survival").
const SPEAKS_OF_HARM =
  /\b(?:risk\w*|danger\w*|harm\w*|advers\w*|side[\s-]?effects?|toxic\w*|safe\w*|unsafe|complicat\w*|death\w*|die[sd]?|dying|mortal\w*|fatal\w*|lethal\w*|injur\w*|damag\w*|bleed\w*|hazard\w*|contraindicat\w*|interact\w*|warn\w*|tolera\w*|emergenc\w*|sever\w*|serious\w*|life-threatening|surviv\w*|prognos\w*|outcomes?|poor|aggressiv\w*|associat\w*|link\w*|increas\w*|higher|greater|odds|likel\w*|incidence|caus\w*|lead(?:s|ing)?|led|develop\w*|events?|reactions?|problems?|worse\w*|exacerbat\w*|induc\w*|trigger\w*|predispos\w*|vulnerab\w*|susceptib\w*)\b/iu;

/** Why the direct sentence to a question on the risks of something speaks of no harm, or null. */
export function leavesOutHarm(question: string, direct: string): string | null {
  if (!ASKS_HARM.test(question) || SPEAKS_OF_HARM.test(direct)) return null;
  return 'The sentence that comes closest to an answer does not say what risks it carries, so it answers another question.';
}

// "an example of X", "examples of X": the question wants a thing of the kind named.
const ASKS_EXAMPLE = /\bexamples?\s+of\b/iu;
// A sentence names instances of a kind by a list or an aside ("such as", "including", "e.g.", a bracket).
const NAMES_EXAMPLE = /\b(?:such as|including|includes?|included|e\.\s?g\.|for example|for instance|namely|like)\b|\([^()]{3,}\)/iu;

/** Why the direct sentence to a question asking for an example of a kind names none, or null. */
export function leavesOutExample(question: string, direct: string): string | null {
  if (!ASKS_EXAMPLE.test(question) || NAMES_EXAMPLE.test(direct)) return null;
  return 'The sentence that comes closest to an answer names no example of what the question asks about, so it answers another question.';
}

// "What does X do?", "So what do statins do": the question asks what a thing does, which a sentence says with the
// thing as the doer of an action ("PPIs suppress acid", "X is used to", "X works by").
const ASKS_DOES = /^\W*(?:(?:and|but|so|ok(?:ay)?|then|well)\W+)*what\s+(?:does|do|did)\s+(?:(?:an?|the|this|that|these|those|my)\s+)?([\p{L}\p{N}'’\s-]+?)\s+(?:actually\s+|really\s+)?do\b\W*$/iu;
const ACTION =
  /^(?:used|works?|acts?|mechanism|inhibit\w*|block\w*|reduc\w*|suppress\w*|lower\w*|decreas\w*|increas\w*|rais\w*|bind\w*|prevent\w*|treat\w*|reliev\w*|stimulat\w*|activat\w*|protect\w*|kill\w*|regulat\w*|control\w*|help\w*|caus\w*|improv\w*|target\w*|stop\w*|eas\w*|shrink\w*|slow\w*|enhanc\w*|promot\w*|induc\w*|limit\w*|modulat\w*|alleviat\w*|mediat\w*|allow\w*|enabl\w*|keep\w*|make\w*|produc\w*|convert\w*|break\w*|neutrali[sz]\w*|function\w*|role|provid\w*|link\w*|effectors?|interact\w*|encod\w*|catalys\w*|catalyz\w*|transport\w*|involved|implicated|required|essential|plays?|serves?)$/iu;
// How many words after the thing its action may stand ("proton pump inhibitors (PPIs) are widely used to").
const ACTION_SPAN = 6;

/** Why the direct sentence to "What does X do?" does not say what X does, with X as the doer, or null. */
export function leavesOutAction(question: string, direct: string): string | null {
  const thing = ASKS_DOES.exec(question)?.[1];
  const terms = thing ? contentTerms(thing) : [];
  if (!thing || !terms.length) return null;
  // The thing is named by one of its words or its initials ("WASP" for "Wiskott-Aldrich syndrome protein").
  const parts = thing.match(/[\p{L}\p{N}]+/gu) ?? [];
  const initials = parts.length >= 2 ? parts.map((w) => w.charAt(0)).join('').toUpperCase() : '';
  const words = direct.match(/[\p{L}\p{N}]+/gu) ?? [];
  const acts = words.some((w, i) => {
    const stem = contentTerms(w)[0]?.stem;
    const names = w === initials || (stem !== undefined && terms.some((t) => stemsMatch(stem, t.stem)));
    if (!names) return false;
    // "Mitapivat is a first-in-class allosteric activator of pyruvate kinase": what a thing is says what it does.
    // The thing's own words ("inhibitors" of "proton pump inhibitors") do nothing.
    const own = (a: string) => terms.some((t) => stemsMatch(contentTerms(a)[0]?.stem ?? '', t.stem));
    const after = words.slice(i + 1, i + 1 + ACTION_SPAN).filter((a) => !own(a));
    return after.some((a) => ACTION.test(a)) || /^(?:is|are)$/iu.test(after[0] ?? '');
  });
  if (acts) return null;
  return `The sentence that comes closest to an answer does not say what ${thing} ${/[^s]s$/u.test(thing) ? 'do' : 'does'}, so it answers another question.`;
}

// "What is X?", "What exactly are X?", "What's X?", "But what is X": a reader asks what a thing is. After the thing
// nothing more is asked (no "of", "for", no participle).
const ASKS_WHAT = /^\W*(?:(?:and|but|so|ok(?:ay)?|then|well)\W+)*(?:what)(?:['’]s|\s+(?:exactly\s+)?(?:is|are))\s+(?:(?:an?|the)\s+)?/iu;
const THING = /^[\p{L}\p{N}'’\s-]+$/u;
const ASKS_MORE = /\b(?:of|for|by|between|in|with|to|from|on|at|about|than|and|or|like|\p{L}+ed)\b/iu;
// Heads that name no thing of their own, only that something is amiss ("a neurological issue", "a heart problem").
const BROAD_HEAD = /^(?:issues?|problems?|troubles?|things?|stuff|matters?|concerns?)$/iu;

/** The thing a bare "What is X?" question asks about ("colchicine" of "But what is colchicine"), or null. */
export function askedThing(question: string): string | null {
  const opening = ASKS_WHAT.exec(question);
  const thing = opening ? question.slice(opening[0].length).replace(/[\s?.!]+$/u, '') : '';
  return thing && THING.test(thing) && !ASKS_MORE.test(thing) ? thing : null;
}

/**
 * Why "What is X?" asks what a whole field of illness is ("What is a neurological issue?", "What's a kidney problem?"),
 * which no study's finding on one disease says, or null: a finding on one neurological outcome answers another question.
 */
export function asksBroadKind(question: string, direct: string): string | null {
  const thing = askedThing(question);
  const words = thing?.split(/\s+/) ?? [];
  const head = words.at(-1) as string;
  if (words.length < 2 || !BROAD_HEAD.test(head)) return null;
  // A sentence that itself speaks of such problems ("Neurological problems are common after ...") may answer.
  const stem = contentTerms(head)[0]?.stem;
  if (stem && contentTerms(direct).some((t) => stemsMatch(t.stem, stem))) return null;
  return `The sentence that comes closest to an answer does not say what "${thing}" means, so it answers another question.`;
}
