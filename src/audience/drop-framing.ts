import { capitalise } from './split-sentences.js';

// Framing preambles tell a lay reader who claimed something, not what: "This study showed that X" says X.
// Claims the source states as shown keep their certainty; claims it only "suggests" keep a hedge ("may").

const SUBJECT =
  String.raw`(?:we|(?:(?:the|this|these|our|present|current|available|overall|study|such)\s+)*(?:study|studies|trial|trials|results?|findings?|data|analysis|analyses|review|meta-analysis|evidence|work|research|observations?|literature|experience))`;
const ALSO = String.raw`(?:\s+(?:also|further|clearly|therefore|thus|thereby|now|here|herein|collectively))?`;
const SHOWN = String.raw`(?:found|find|finds|show|shows|showed|shown|has shown|have shown|demonstrate|demonstrates|demonstrated|have demonstrated|has demonstrated|reveal|reveals|revealed|confirm|confirms|confirmed|observed|report|establish|established|conclude|concluded)`;
const HEDGED = String.raw`(?:suggest|suggests|suggested|indicate|indicates|indicated|imply|implies|propose|support the (?:hypothesis|idea|view|notion)|supports the (?:hypothesis|idea|view|notion))`;

const LEAD_IN =
  /^(?:(?:In conclusion|In summary|To conclude|To summari[sz]e|Taken together|Collectively|Overall|In short|Conclusions?|Interpretation|Interestingly|Notably|Of note|Remarkably|Importantly|Here|Herein|Most notably|Along these lines|Furthermore|Moreover|In (?:this|the present|the current|our) (?:study|analysis|trial|review|report|paper|work|series|cohort))\s*[,:]\s*|(?:Here|Herein)\s+(?=we\s)|It (?:is|should be) (?:important to note|worth noting|noted|of note) that\s+)/i;
const SHOWN_FRAME = new RegExp(String.raw`^(?:${SUBJECT}${ALSO}\s+${SHOWN}|it (?:was|has been|is) (?:found|shown|demonstrated|concluded|observed)|it (?:can|could) be concluded)\s+that\s+`, 'i');
const HEDGED_FRAME = new RegExp(
  String.raw`^(?:${SUBJECT}${ALSO}\s+(?:may\s+|might\s+|would\s+)?${HEDGED}|it (?:appears|seems|is likely|is possible|is suggested)|this (?:suggests|indicates|implies))\s+that\s+`,
  'i',
);

const MODAL = /^(?:can|could)$/i;
const KEEPS_HEDGE = /^(?:may|might)$/i;
// Verbs whose third-person or past form can take "may" once reduced to the base form.
const CLAIM_VERBS = new Set(
  (
    'improve reduce increase decrease lower raise cause lead affect predict protect prevent play contribute help depend ' +
    'offer provide result represent remain appear seem act exist need require relate correlate differ vary benefit ' +
    'promote enhance influence determine explain reflect involve mediate regulate induce inhibit contain confer'
  ).split(' '),
);

/** Removes a framing preamble ("We found that", "In conclusion,") and turns "suggests that X" into "X may ..." where that is safe. */
export function dropFraming(sentence: string): string {
  // "We here delineated" says "We delineated".
  let s = sentence.replace(LEAD_IN, '').replace(/^(We)\s+(?:here|herein|now)\s+(?=\w+ed\b|report|describe|show|present|find|propose)/i, '$1 ');
  const shown = SHOWN_FRAME.exec(s);
  if (shown) return claim(s.slice(shown[0].length), sentence);
  const hedged = HEDGED_FRAME.exec(s);
  if (hedged) {
    const rest = s.slice(hedged[0].length);
    const withMay = insertMay(rest);
    if (withMay) return claim(withMay, sentence);
    return s === sentence ? sentence : capitalise(s);
  }
  s = s === sentence ? sentence : capitalise(s);
  // "A occurs in B and that C may ..." comes from a source whose frame ("The results suggest that") was cut off
  // before it reached us: "and that" pairs with nothing, so the two claims become two sentences.
  const orphan = /,?\s+and that\s+/.exec(s);
  if (orphan && !/\bthat\b/i.test(s.slice(0, orphan.index))) return claim(s, s);
  return s;
}

// "A and that B" under one frame becomes two claims.
function claim(rest: string, original: string): string {
  if (rest.trim().split(/\s+/).length < 3) return original;
  return capitalise(rest.replace(/,?\s+and that\s+(?!(?:is|are|was|were|has|have|had|may|can|could|might|will|would)\b)/, '. ').replace(/\.\s+([a-z])/, (m, c: string) => `. ${c.toUpperCase()}`));
}

/** Puts "may" before the claim's main verb ("X is" → "X may be"), or returns undefined when the verb is not clear. */
export function insertMay(claimText: string): string | undefined {
  const words = claimText.split(/(\s+)/);
  let depth = 0;
  for (let i = 0; i < words.length; i += 2) {
    const raw = words[i] ?? '';
    depth += (raw.match(/[(\[]/g) ?? []).length;
    const inside = depth > 0;
    depth -= (raw.match(/[)\]]/g) ?? []).length;
    if (inside || i === 0) continue;
    const previous = (words[i - 2] ?? '').toLowerCase().replace(/[^a-z]/g, '');
    // A verb right after "who", "which" or "that" belongs to a relative clause, not to the claim.
    if (/^(?:who|which|that|than|as)$/.test(previous)) continue;
    // A word right after a determiner or a preposition ("the affected twin", "in treated patients", "the newly
    // affected twin") modifies or is a noun: a finite verb never stands there.
    if (opensNounPhrase(words, i)) continue;
    if (!/^[A-Za-z']+[.,;:]?$/.test(raw)) continue;
    const w = raw.replace(/[^A-Za-z']/g, '');
    const next = (words[i + 2] ?? '').toLowerCase();
    // A past participle right before "by" is passive ("the changes induced by X"), and "related" is nearly always
    // one ("pathways related to X"): a claim says "was induced by", "is related to".
    if (/ed$/i.test(w) && (next === 'by' || /^related$/i.test(w))) continue;
    const form = mayForm(w.toLowerCase(), next === 'not');
    if (form === 'stop') return undefined;
    if (form === undefined) continue;
    // A claim that carries its own hedge ("seems to reduce", "has a potential as", "is likely to") needs no "may".
    if (!form.takesNot && OWN_HEDGE.test(`${w} ${words.slice(i + 2, i + 7).join('')}`)) return words.join('');
    words[i] = form.text + raw.slice(w.length);
    // "is not" became "may not be": the old "not" goes.
    if (form.takesNot) words.splice(i + 1, 2);
    baseCoordinatedVerb(words, i + 2);
    return words.join('');
  }
  return undefined;
}

// The verb at hand or the words after it hedge the claim already ("is possible" is a claim of feasibility, not a hedge).
const OWN_HEDGE =
  /^(?:(?:seems?|appears?)\s+to\b|\S+\s+(?:(?:a|the)\s+(?:potential|possible)|potential|possibly|potentially|probably|likely|unlikely|perhaps)\b)/i;

/** A verb joined by "and"/"or" to the verb that took "may" shares it: "may increase the risk or leads to" becomes
 *  "... or lead to", "may be released and has" becomes "... and have". Stops at the end of the clause. */
function baseCoordinatedVerb(words: string[], from: number): void {
  for (let k = from; k + 2 < words.length; k += 2) {
    const w = words[k] ?? '';
    if (/[.;:,)]$/.test(w) || /^(?:that|which|who|whereas|while|but|because|although)$/i.test(w)) return;
    if (!/^(?:and|or)$/i.test(w)) continue;
    const raw = words[k + 2] ?? '';
    const verb = /^([a-z]+)([.,;:]?)$/.exec(raw);
    if (!verb) continue;
    const word = verb[1] ?? '';
    const base = word === 'has' ? 'have' : word === 'is' ? 'be' : word.endsWith('s') ? baseForm(word) : undefined;
    const text = typeof base === 'string' ? base : base && !base.past ? base.word : undefined;
    if (text === undefined) continue;
    words[k + 2] = text + (verb[2] ?? '');
    return;
  }
}

// Words after which a noun phrase begins, never a finite verb.
const NOUN_PHRASE_OPENER = new Set(
  (
    'the a an this these those its their our his her your my each every some any no all both either neither such ' +
    'of in on at by for with without from to into onto among between during under over within via per about against ' +
    'across through throughout despite including upon toward towards beyond'
  ).split(' '),
);

/** Whether the word at `i` stands where a noun phrase opens: right after a determiner or a preposition
 *  written without punctuation, or after an "-ly" adverb that stands there ("the newly affected"). */
function opensNounPhrase(words: string[], i: number): boolean {
  const before = (k: number): string => words[i - 2 * k] ?? '';
  const plain = (w: string): boolean => /^[A-Za-z]+$/.test(w);
  const previous = before(1);
  if (!plain(previous)) return false;
  if (NOUN_PHRASE_OPENER.has(previous.toLowerCase())) return true;
  const earlier = before(2);
  return /ly$/i.test(previous) && plain(earlier) && NOUN_PHRASE_OPENER.has(earlier.toLowerCase());
}

type MayForm = { text: string; takesNot: boolean };

function mayForm(word: string, notNext: boolean): MayForm | 'stop' | undefined {
  if (KEEPS_HEDGE.test(word)) return { text: word, takesNot: false };
  if (MODAL.test(word)) return { text: 'may', takesNot: false };
  if (/^(?:should|must|will|would|shall|need)$/.test(word)) return 'stop';
  const auxiliary: Record<string, string> = {
    is: 'be', are: 'be', was: 'have been', were: 'have been', has: 'have', have: 'have', had: 'have had',
  };
  const rest = auxiliary[word];
  if (rest !== undefined) return notNext ? { text: `may not ${rest}`, takesNot: true } : { text: `may ${rest}`, takesNot: false };
  if (word === 'does' || word === 'do') return notNext ? { text: 'may not', takesNot: true } : 'stop';
  if (word === 'did') return notNext ? { text: 'may not have', takesNot: true } : 'stop';
  const base = baseForm(word);
  if (!base) return undefined;
  return { text: base.past ? `may have ${word}` : `may ${base.word}`, takesNot: false };
}

function baseForm(word: string): { word: string; past: boolean } | undefined {
  if (CLAIM_VERBS.has(word)) return { word, past: false };
  if (word.endsWith('ies') && CLAIM_VERBS.has(`${word.slice(0, -3)}y`)) return { word: `${word.slice(0, -3)}y`, past: false };
  if (word.endsWith('es') && CLAIM_VERBS.has(word.slice(0, -2))) return { word: word.slice(0, -2), past: false };
  if (word.endsWith('s') && CLAIM_VERBS.has(word.slice(0, -1))) return { word: word.slice(0, -1), past: false };
  if (word.endsWith('ed') && (CLAIM_VERBS.has(word.slice(0, -2)) || CLAIM_VERBS.has(word.slice(0, -1)))) return { word, past: true };
  return undefined;
}
