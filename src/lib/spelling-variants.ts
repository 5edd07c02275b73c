/**
 * British and American spellings of the same medical word parts, [British, American]. A leading ^ anchors a
 * rule to the start of a word, so "haem" → "hem" changes "haemorrhage" but not "chaemical".
 */
const SPELLING_RULES: readonly (readonly [string, string])[] = [
  ['aemia', 'emia'],
  ['oedema', 'edema'],
  ['^oesophag', 'esophag'],
  ['^oestr', 'estr'],
  ['^foet', 'fet'],
  ['^coeliac', 'celiac'],
  ['rrhoea', 'rrhea'],
  ['^haem', 'hem'],
  ['^paed', 'ped'],
  ['orthopaed', 'orthoped'],
  ['^gynaec', 'gynec'],
  ['^anaesth', 'anesth'],
  ['^aetiol', 'etiol'],
  ['ischaem', 'ischem'],
  ['tumour', 'tumor'],
  // Only -isation: -ise/-ised also end words with no -ize form (raised, advised, exercise).
  ['isation', 'ization'],
  ['behaviour', 'behavior'],
  ['^fibre', 'fiber'],
  ['^leucocyt', 'leukocyt'],
  ['^sulph', 'sulf'],
  ['^caec', 'cec'],
  ['^mould', 'mold'],
];

type Rule = { from: RegExp; to: string | ((match: string) => string) };
const toRule = (pattern: string, to: string): Rule =>
  pattern.startsWith('^') ? { from: new RegExp(`(?<![\\p{L}\\p{N}])${pattern.slice(1)}`, 'gu'), to } : { from: new RegExp(pattern, 'gu'), to };
const TO_AMERICAN = SPELLING_RULES.map(([british, american]) => toRule(british, american));
// British spellings that only ever fold one way, to the American form, for comparing words: turning American back
// into British by them would also rewrite American words ("systemic" → "systaemic", "toes" → "taes"). A consonant
// then "ae" inside a word ("caesarean", "uraemic", "faeces"; not the Latin plural "vertebrae", nor "aerobic"),
// a word opening "oe" ("oedema", "oestradiol"), "-our" after two letters ("colour", "labours"; not "hour", "four")
// and "-tre" of measures and places ("centre", "millilitre").
const FOLD_ONLY: readonly Rule[] = [
  { from: /(?<=[b-df-hj-np-tv-z])ae(?=\p{L})/gu, to: 'e' },
  { from: /^oe(?=\p{L})/gu, to: 'e' },
  { from: /rrhoe|(?<=p)noe(?=a|ic)|(?<=^hom)oe|(?<=^am)oe(?=b)/gu, to: (m: string) => m.replace('oe', 'e') },
  { from: /(?<=\p{L}[b-df-hj-np-tv-z])our(?=(?:s|ed|ing|able|ably|ite|ites|ful|less)?$)/gu, to: 'or' },
  { from: /(?<=cent|lit|met|theat|calib|spect|lust)re(?=s?$)/gu, to: 'er' },
];

const TO_BRITISH = SPELLING_RULES.map(([british, american]) => toRule(british.startsWith('^') ? `^${american}` : american, british.replace('^', '')));

const rewrite = (phrase: string, rules: readonly Rule[]): string =>
  rules.reduce((text, rule) => (typeof rule.to === 'string' ? text.replace(rule.from, rule.to) : text.replace(rule.from, rule.to)), phrase);

/**
 * One lower-case word in American spelling, for telling whether two words are one ("haemolytic" → "hemolytic",
 * "caesarean" → "cesarean", "colour" → "color"); a word with no British spelling comes back as it is.
 */
export function americanSpelling(word: string): string {
  return rewrite(rewrite(word, TO_AMERICAN), FOLD_ONLY);
}

// Greek letters standing as words, as papers write them ("β-blockers") and readers type them ("beta blockers").
const GREEK: readonly (readonly [string, string])[] = [['α', 'alpha'], ['β', 'beta'], ['γ', 'gamma'], ['δ', 'delta'], ['κ', 'kappa']];
const LETTER_OF = new Map(GREEK.map(([letter, name]) => [name, letter]));
const NAME_OF = new Map(GREEK);
const GREEK_NAME = /(?<![\p{L}\p{N}])(?:alpha|beta|gamma|delta|kappa)(?![\p{L}\p{N}])/gu;
const GREEK_LETTER = /(?<![\p{L}\p{N}])[αβγδκ](?![\p{L}\p{N}])/gu;

/**
 * The American and British spellings of a folded phrase, and its Greek letters written as letters or as names, other
 * than the phrase itself ("paediatric" ↔ "pediatric", "beta blockers" ↔ "β blockers").
 */
export function spellingVariants(phrase: string): string[] {
  const american = rewrite(phrase, TO_AMERICAN);
  // British forms are derived from the American one, so a mixed phrase yields one consistent British spelling.
  const british = rewrite(american, TO_BRITISH);
  const letters = phrase.replace(GREEK_NAME, (name) => LETTER_OF.get(name) ?? name);
  const names = phrase.replace(GREEK_LETTER, (letter) => NAME_OF.get(letter) ?? letter);
  return [...new Set([american, british, letters, names])].filter((variant) => variant !== phrase);
}
