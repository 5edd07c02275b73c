import { escapeRegExp } from '../lib/index.js';

/**
 * "What is tetralogy of Fallot?" answered by "TOF is as common in Nigeria as other parts of the world" is told how common
 * the thing is, not what it is: a sentence that names the thing asked only to say how common or rare it is defines
 * nothing. One that also says what it is ("X is a common congenital heart defect", "X, a rare disorder of ...") is left
 * alone.
 */

// How common a thing is: "is as common in Nigeria as", "is rare.", "the prevalence of", "occurs in 1 in 3,000 births";
// "are rare subcutaneous arteriovenous fistulae" says what they are (the adjective before a noun).
const HOW_COMMON = String.raw`(?:(?:as|more|less|very|quite|relatively|equally|extremely|increasingly|not|now|still|also|fairly|highly)\s+)*(?:common|uncommon|rare|frequent|infrequent|prevalent)(?=\s*(?:[,.;:)]|$|(?:in|among|as|than|at|for|worldwide|globally|across)\b))`;
const FREQUENCY = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|remains?)\s+${HOW_COMMON}|prevalences?|incidences?|frequenc(?:y|ies)|occurs?\s+in\s+(?:about\s+|approximately\s+|one\s+|\d)|accounts?\s+for\s+(?:about\s+|approximately\s+)?\d)`,
  'iu',
);

// What says what a thing is: the thing as the subject of any "is"/"are" but one saying how common it is ("X is a ...",
// "X (TOF) is one of the ...", "X are rare fistulae"), "X, an inherited ...", "X refers to", "X consists of".
const SAYS_WHAT = String.raw`(?:\s*\([^)]*\))?(?:\s+(?:is|are|was|were)\s+(?!${HOW_COMMON})|,\s+(?:an?|the)\s|\s+(?:refers?\s+to|consists?\s+of|comprises?)\b)`;

/**
 * Whether a sentence names `thing` (as the question wrote it, or by the short form its article gives it in brackets,
 * "tetralogy of fallot (TOF)") only to say how common it is.
 */
export function statesOnlyFrequency(thing: string, text: string, article = ''): boolean {
  if (!FREQUENCY.test(text)) return false;
  const names = [thing, ...shortFormsOf(thing, `${article} ${text}`)].map((n) => n.trim()).filter((n) => n.length > 1);
  const named = names.some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
  if (!named) return false;
  return !names.some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}${SAYS_WHAT}`, 'iu').test(text));
}

/** The short form a sentence gives a name in brackets after it ("tetralogy of fallot (TOF)" → TOF). */
function shortFormsOf(thing: string, text: string): string[] {
  const after = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(thing.trim())}\\s*\\(([\\p{Lu}\\p{N}-]{2,10})\\)`, 'iu').exec(text);
  return after?.[1] ? [after[1]] : [];
}

