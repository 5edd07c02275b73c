/**
 * A reader tells what happens in everyday phrasal verbs ("before an attack kicks off", "which cancers turn up more
 * often", "the pregnancy ends up ectopic", "the op to bring it down"); an abstract says it in one verb ("starts",
 * "occur", "is", "lower"). The particle's verb is no subject to find: read as a word of its own ("turn", "kicks"), it
 * joins the question's subjects ("cancers turn") or names a topic no article has. Each phrasal verb below has one
 * everyday sense a dictionary gives it; it is read as the plain verb of that sense, in the same form (tense, person).
 * Phrasal verbs the lay vocabularies already name as a medical term ("throw up", "pass out") and those other stages
 * read ("come back", "go away", "pick up", "rule out") are left as they are.
 */

/** The forms of a verb: base, third person, past, past participle, -ing. */
type Forms = readonly [base: string, third: string, past: string, participle: string, ing: string];

/** One phrasal verb: its verb's forms, its particle, what may follow it, and the plain verb of its sense. */
type PhrasalVerb = { verb: Forms; particle: string; plain: Forms; object?: 'pronoun'; before?: RegExp };

// What follows an intransitive particle: the end of a clause or a word that does not begin an object ("turn up more
// often", "kicks off?", "turn out to have"); "turn up the heat" (a determiner after it) is another sense.
const NO_OBJECT = /^(?!\s+(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those|some|any)\b)/iu;

// A word of how well something ends after "turn out" ("turn out worse", "turned out fine"), not "turn out the light".
const OUTCOME_QUALITY = /^(?=\s+(?:(?:much|any|a\s+bit|even)\s+)?(?:worse|better|well|badly|fine|ok|okay|alright|normal|good|bad|poorly|differently|different)\b)/iu;

const regular = (base: string, stem = base): Forms => [base, `${base}s`, `${stem}ed`, `${stem}ed`, `${stem}ing`];

const PHRASAL_VERBS: readonly PhrasalVerb[] = [
  // "Which cancers turn up more often?": happen (occur); "how does it show up": appear.
  { verb: regular('turn'), particle: 'up', plain: regular('happen'), before: NO_OBJECT },
  { verb: ['show', 'shows', 'showed', 'shown', 'showing'], particle: 'up', plain: ['appear', 'appears', 'appeared', 'appeared', 'appearing'], before: NO_OBJECT },
  // "turned out to have no C9", "turn out to be the cause": happen to (prove to).
  { verb: regular('turn'), particle: 'out', plain: regular('happen'), before: /^(?=\s+to\b)/iu },
  // "the pregnancy ends up ectopic", "ended up in hospital": is, was.
  { verb: ['end', 'ends', 'ended', 'ended', 'ending'], particle: 'up', plain: ['be', 'is', 'was', 'been', 'being'], before: NO_OBJECT },
  // "before an attack kicks off", "when the drug kicks in": start.
  { verb: regular('kick'), particle: 'off', plain: regular('start'), before: NO_OBJECT },
  { verb: regular('kick'), particle: 'in', plain: regular('start'), before: NO_OBJECT },
  // "wears off": the effect fades.
  { verb: ['wear', 'wears', 'wore', 'worn', 'wearing'], particle: 'off', plain: ['fade', 'fades', 'faded', 'faded', 'fading'], before: NO_OBJECT },
  // "bring my blood pressure down", "an op to bring it down": lower.
  { verb: ['bring', 'brings', 'brought', 'brought', 'bringing'], particle: 'down', plain: regular('lower'), object: 'pronoun' },
  // "the surgeon takes out more of my stomach", "take it out": remove.
  { verb: ['take', 'takes', 'took', 'taken', 'taking'], particle: 'out', plain: ['remove', 'removes', 'removed', 'removed', 'removing'], object: 'pronoun' },
  // "give up smoking": stop.
  { verb: ['give', 'gives', 'gave', 'given', 'giving'], particle: 'up', plain: ['stop', 'stops', 'stopped', 'stopped', 'stopping'], object: 'pronoun' },
  // "how much does my blood pressure go up", "as the workload goes up": increase; "go down": decrease. ("go away" is read
  // by other stages.)
  { verb: ['go', 'goes', 'went', 'gone', 'going'], particle: 'up', plain: regular('increase', 'increas'), before: NO_OBJECT },
  { verb: ['go', 'goes', 'went', 'gone', 'going'], particle: 'down', plain: regular('decrease', 'decreas'), before: NO_OBJECT },
  // "Will my reconstruction turn out worse?": be worse (how something ends, said by the word of its quality).
  { verb: regular('turn'), particle: 'out', plain: ['be', 'is', 'was', 'been', 'being'], before: OUTCOME_QUALITY },
  // "find out whether I carry it": learn.
  { verb: ['find', 'finds', 'found', 'found', 'finding'], particle: 'out', plain: regular('learn'), before: NO_OBJECT },
];

const PRONOUN = String.raw`(?:it|them|him|her|me|us|this|that)`;

function pattern(pv: PhrasalVerb): RegExp {
  const forms = [...new Set(pv.verb)].join('|');
  const between = pv.object === 'pronoun' ? String.raw`(\s+${PRONOUN})?` : '()';
  return new RegExp(String.raw`\b(${forms})${between}\s+(${pv.particle})\b`, 'giu');
}

const COMPILED = PHRASAL_VERBS.map((pv) => ({ pv, re: pattern(pv) }));

/** The plain verb's form matching the written form of the phrasal verb's verb, capitalised as written. */
function plainForm(pv: PhrasalVerb, written: string): string {
  const i = pv.verb.findIndex((f) => f === written.toLowerCase());
  const word = pv.plain[Math.max(0, i)] as string;
  return /^\p{Lu}/u.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * The question with each everyday phrasal verb of PHRASAL_VERBS written as the plain verb of its sense ("before an
 * attack starts", "which cancers occur more often", "to lower it"); otherwise the question as it is.
 */
export function withPlainVerbs(question: string): string {
  let text = question;
  for (const { pv, re } of COMPILED) {
    text = text.replace(re, (whole: string, verb: string, object: string | undefined, _particle: string, offset: number, all: string) => {
      if (pv.before && !pv.before.test(all.slice(offset + whole.length))) return whole;
      return `${plainForm(pv, verb)}${object ?? ''}`;
    });
  }
  return text;
}
