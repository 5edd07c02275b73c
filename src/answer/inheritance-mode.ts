import { asksInheritingInWords } from '../lib/index.js';

/**
 * "How is Duchenne muscular dystrophy inherited?" asks for a mode of inheritance, and "DMD is an X-linked recessive
 * genetic disorder" gives one without the word "inherited".
 */

// Questions that ask how, or whether, a condition is passed on ("Is X inherited?" is answered by the mode too).
const INHERITANCE_QUESTION =
  /^\s*(?:is|are|was|were|can|could|may|might)\b[^?]*\b(?:inherited|hereditary|heritable|inheritable|passed (?:on|down))(?:\s+(?:in|from|through|by|as|or)\b[^?]*)?\s*\??\s*$|\b(?:how (?:is|are|was|were|does|do|can|could|may|might) [^?]*\b(?:inherited|passed (?:on|down)|transmitted|inherit|run in (?:the )?famil(?:y|ies))|(?:mode|pattern|type|way) of (?:inheritance|transmission)|inheritance (?:pattern|mode))\b/i;
// The modes of inheritance that answer them, in either word order ("a recessive autosomal mode of inheritance", as
// French and Italian authors write it).
const INHERITANCE_MODE =
  /\b(?:autosomal(?:ly)?[- ](?:dominant|recessive)|(?:dominant|recessive)[- ]autosomal|(?:dominant|recessive|autosomal|[XY][- ]linked)\s+(?:[\w-]+\s+){0,2}?(?:mode|pattern)\s+of\s+(?:inheritance|transmission)|[XY][- ]linked|sex-linked|(?:dominant|recessive)(?:ly)? inherit\w*|(?:dominant|recessive)\s+(?:[\w-]+\s+)?(?:disorders?|diseases?|conditions?|traits?|inheritance|transmission|pattern)|dominantly|recessively|mitochondrial(?:ly)? inherit\w*|digenic|polygenic|multifactorial inherit\w*|germline mosaic\w*)\b/i;
// The stems of the question's words that ask it ("inherited", "transmitted", "mode of inheritance").
const ASKING_STEMS = new Set(['inherit', 'transmit', 'transmiss', 'mode', 'pattern']);

/** Whether the question asks how a condition is inherited, in those words or everyday ones ("handed down from me"). */
export function asksInheritance(question: string): boolean {
  return INHERITANCE_QUESTION.test(question) || asksInheritingInWords(question);
}

/** Whether a sentence names a mode of inheritance ("autosomal recessive", "X-linked", "dominantly inherited"). */
export function statesInheritanceMode(text: string): boolean {
  return INHERITANCE_MODE.test(text);
}

/** Whether a question concept's stem is the word asking for the mode ("inherit" of "inherited"). */
export function isInheritanceWord(stem: string): boolean {
  return ASKING_STEMS.has(stem);
}
