import { escapeRegExp } from '../lib/index.js';

/**
 * "Should we treat all patients with X?", "Should all women on AIs be offered calcium?", "Should a dermoid cyst always
 * be removed?" ask whether something is indicated across the board: the "all" or "always" is the scope of a
 * recommendation: a recommendation for the patients asked about that keeps it to none of them ("Switching to automatic
 * transmission may be recommended for older drivers") is one for all of them, though it does not write "all", and one
 * kept to some ("can be selectively considered", "in selected patients") denies it. A finding that one treatment does
 * better than another ("improves motor function compared to standard postnatal surgery") recommends nothing for all:
 * the "all" keeps its force there (decide-verdict's exclusivity reading).
 */

// A question of advice: a modal of recommendation or a participle of one.
const ADVICE =
  /^\W*(?:should|must|ought)\b|\b(?:should|must|ought\s+to)\s+(?:we|i|you|they|doctors?|clinicians?|physicians?|surgeons?|one|all|every|everyone|everybody|each)\b|\b(?:do|does|would)\s+(?:[\w-]+\s+){0,8}?need(?:s)?\s+(?:to\s+)?\w+|\b(?:be|is|are)\s+(?:\w+ly\s+)?(?:recommended|advised|advisable|offered|indicated|warranted|justified|mandatory|required)\b|^\W*(?:is|are)\b[^?]*\b(?:recommended|advised|advisable|indicated|warranted|justified|mandatory)\b/i;
// The quantifier of a recommendation's scope: everyone it would apply to, or every time.
const EVERY = /\b(?:all|every|everyone|everybody|each|always|routinely|universal(?:ly)?)\b/i;

/** Whether the question asks if something is indicated for everyone (or every time) it could apply to. */
export function asksIndicatedForAll(question: string): boolean {
  return ADVICE.test(question) && EVERY.test(question);
}

// A recommendation kept to some of those asked about: selected patients, some cases, or only under a condition.
const KEPT_TO_SOME =
  /(?<!\b(?:randomly|consecutively|prospectively|retrospectively|were|was)\s+)\b(?:selected|selective(?:ly)?|select\s+(?:patients|cases|groups)|(?:in|for)\s+(?:some|certain|particular|specific)\s+(?:patients|cases|people|individuals|women|men|children|situations|circumstances)|(?:a|some)\s+subgroups?\s+of|on\s+an?\s+(?:individual|case[- ]by[- ]case)\s+basis|individuali[sz]ed|tailored|only\s+(?:in|for|when|if|after|where)\b|not\s+(?:all|every|routinely|always|universally)\b|not\s+(?:be\s+)?(?:recommended|indicated|required|necessary|justified)\s+(?:for|in)\s+(?:all|every|routine)\b)/i;

/** Whether a sentence keeps a recommendation to some of those asked about ("in selected patients", "selectively"). */
export function keptToSome(text: string): boolean {
  return KEPT_TO_SOME.test(text);
}

// A sentence recommending a course: advice in words, the course of choice, or a judgement that it is warranted.
const RECOMMENDS =
  /\b(?:recommend(?:s|ed|ing|ations?)?|advocat(?:e|es|ed|ing)|advis(?:e|es|ed|able)|should (?:be |always be |routinely be )?(?:offered|given|treated|performed|considered|used|screened|tested|done|started|operated|prescribed|vaccinated)|(?:is|are|be|seems? to be|appears? to be) (?:(?:therefore|thus|hence|strongly|generally|clearly|fully)\s+)?(?:indicated|warranted|justified|mandatory|reasonable|advisable)|(?:treatment|procedure|method|approach|option|operation|therapy) of choice|standard of care|(?:our|the) first choice)\b/i;

/** Whether a sentence recommends a course ("may be recommended for older drivers", "we advocate complete replacement"). */
export function recommends(text: string): boolean {
  return RECOMMENDS.test(text);
}

// Where a sentence's main clause ends: a clause on whom or when it applies most ("especially if ...", "when ...").
const SUBORDINATE = /,?\s+(?:especially|particularly|notably|including)\b|\s(?:if|when|unless|whenever|provided)\s/i;

/** The sentence up to a clause on whom or when it applies most ("..., especially if patients did not receive X"). */
export function mainClause(text: string): string {
  const at = text.search(SUBORDINATE);
  return at > 0 ? text.slice(0, at) : text;
}

// An adjective naming a kind or stage of a condition, or a group of its patients: a recommendation for that kind is
// one for some of those asked about ("repair of open spina bifida" for all babies with spina bifida).
const KIND_QUALIFIER =
  /\b(?:open|closed|severe|mild|moderate|symptomatic|asymptomatic|complicated|uncomplicated|advanced|early|high-risk|low-risk|refractory|recurrent|resistant|persistent|large|small|bilateral|unilateral|localized|localised|metastatic)\s+$/i;

/**
 * Whether a sentence names a question's word with a qualifier of kind the question does not write ("open spina bifida"
 * for "Should all babies with spina bifida be operated ...?"): what it says, it says of that kind only.
 */
export function keptToKind(text: string, question: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (word.length < 3) continue;
    for (const match of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(word)}\b`, 'gi'))) {
      const qualifier = KIND_QUALIFIER.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[0].trim();
      if (qualifier && !new RegExp(String.raw`\b${qualifier}\b`, 'i').test(question)) return true;
    }
  }
  return false;
}
