import { capitalise } from '../lib/index.js';
// Sentence shapes biomedical abstracts pack two statements into, each split into two sentences that stand alone:
// a trailing description ("treated with ZMapp, a cocktail of three antibodies"), a definition that goes on to
// say more ("X is a rare disorder caused by a toxin"), and a list or second clause after a colon.

// Words that end a noun phrase when walking back from a comma: a name is at most four words of other kinds.
const NOT_IN_NAME =
  /^(?:of|in|on|at|to|for|with|by|from|as|into|onto|than|via|about|against|between|among|the|a|an|and|or|but|that|which|who|is|are|was|were|be|been|has|have|had|its|their|this|these|those|such|including|called|named|termed|like|both|all|other|more|most|new|novel|first|we|they|it|he|she|our|present|describe|show|find|propose|introduce|develop)$/i;

// "a cocktail of three antibodies": a description that starts with "a" or "an". One that starts with "the" ("the
// lowest number yet described") often sums up the whole clause rather than its last noun.
const DESCRIPTION_START = /^(?:a|an)\s/i;

// Nouns that name what a whole clause says ("an inference", "a finding", "an increase of 20%").
const SUMMARY_NOUN =
  /^(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:inference|finding|result|observation|effect|process|phenomenon|feature|pattern|figure|rate|increase|decrease|reduction|rise|fall|drop|change|difference|number|proportion|trend|situation|conclusion|approach|strategy|step|event|sign|hint|indication|suggestion|outcome|improvement|gain|loss|benefit)s?\b/i;

// Verbs that would make a description a clause of its own ("a patient got treatment"); words after "that", "which"
// or "who" are the description's own relative clause and may have verbs.
const DESCRIPTION_VERB = /\b(?:is|are|was|were|has|have|had|got|did|does|do|can|could|may|might|will|would|should|must|showed|found|received|underwent)\b/i;

/** The subject and verb "is"/"are" for a name that a description follows ("ZMapp" -> "is", "gepants" -> "are"). */
function copulaFor(name: string): 'is' | 'are' {
  const last = name.split(/\s+/).pop() ?? name;
  if (/^(?:diabetes|herpes|rabies|measles|mumps|series|species|news|lupus|virus|sepsis|ptosis|stenosis|fibrosis|psoriasis|\w+itis|\w+osis|\w+iasis|\w+ss|\w+us|\w+is)$/i.test(last)) return 'is';
  return /[a-z]s$/.test(last) && !/[A-Z]{2,}s$/.test(last) ? 'are' : 'is';
}

/** The noun phrase right before position `end` (at most four words, no preposition, article or verb), or undefined. */
// Verbs in their "-s" form that carry a sentence ("chromosome 19 causes myotonic dystrophy").
const VERBS_IN_S =
  'causes|leads|results|affects|induces|reduces|increases|decreases|inhibits|blocks|activates|encodes|regulates|binds|targets|shows|remains|occurs|includes|involves|represents|contains|requires|produces|carries|makes|gives|triggers|prevents|protects|improves|worsens|explains|underlies|predisposes';
const SENTENCE_VERB = new RegExp(`^(?:${VERBS_IN_S}|is|are|was|were)$`);
const HAS_VERB_IN_S = new RegExp(`\\b(?:${VERBS_IN_S})\\b`);

// Modals and auxiliaries before a verb in its bare form ("may include", "can cause", "did show").
const MODAL = /^(?:may|might|can|could|will|would|shall|should|must|do|does|did|to)$/i;

function nameBefore(text: string, end: number): { name: string; start: number } | undefined {
  // "dipeptidyl peptidase 1 (DPP-1)": the name is the words before its abbreviation.
  const bracket = /\s*\([^()]*\)\s*$/.exec(text.slice(0, end));
  if (bracket && bracket.index > 0) {
    const inner = nameBefore(text, bracket.index);
    return inner ? { name: text.slice(inner.start, end).trim(), start: inner.start } : undefined;
  }
  const words = text.slice(0, end).split(/(\s+)/);
  let taken = 0;
  let start = end;
  for (let i = words.length - 1; i >= 0 && taken < 4; i -= 2) {
    const w = words[i] ?? '';
    const bare = w.replace(/^[("'\[]+|[)"'\]]+$/g, '');
    if (bare === '' || NOT_IN_NAME.test(bare) || /[,;:()\[\]]/.test(w)) break;
    // A lower-case "-ed" or "-ing" word is a verb or participle, not part of a name ("approved", "targeting").
    if (/^[a-z][a-z\-]*(?:ed|ing)$/.test(bare) && !/^(?:inherited|red|bed|seed|feed|ring|string|thing|king|sting|wing)$/.test(bare)) break;
    // Nor is a verb of the sentence in its "-s" form ("chromosome 19 causes myotonic dystrophy, a ...").
    if (SENTENCE_VERB.test(bare)) break;
    // After a modal the word taken last was its verb ("it may include bats, a ..."): the name is what follows it.
    if (MODAL.test(bare)) {
      if (taken === 0) return undefined;
      start += (words[i + 2]?.length ?? 0) + (words[i + 3]?.length ?? 0);
      taken -= 1;
      break;
    }
    start -= w.length + (words[i + 1]?.length ?? 0);
    taken += 1;
  }
  if (taken === 0) return undefined;
  const name = text.slice(start, end).trim();
  if (!/[\p{L}]/u.test(name)) return undefined;
  return { name, start: text.length - text.slice(start).trimStart().length };
}

/**
 * Splits a sentence that ends in a description of its last thing:
 * "Patients were treated with ZMapp, a cocktail of three antibodies." -> "Patients were treated with ZMapp. ZMapp is a cocktail of three antibodies."
 */
export function splitTrailingDescription(sentence: string): [string, string] | undefined {
  const s = sentence.trim();
  const depth = parenthesisDepth(s);
  const commas = [...s.matchAll(/,\s+/g)].filter((c) => depth[c.index ?? 0] === 0);
  const comma = commas[commas.length - 1];
  if (!comma) return undefined;
  const at = comma.index ?? 0;
  const description = s.slice(at + comma[0].length).replace(/[.!?]$/, '');
  if (!DESCRIPTION_START.test(description)) return undefined;
  // The description must be one noun phrase running to the end: no second clause, list or verb of its own.
  if (/[,;:]|\b(?:and|or)\s+(?:a|an|the)\b/.test(description.replace(/\([^)]*\)/g, '')) || wordCount(description) < 3) return undefined;
  if (DESCRIPTION_VERB.test(description.split(/\b(?:that|which|who|whose)\b/)[0]!)) return undefined;
  // "..., an inference supported by X" sums up the whole clause, not its last noun.
  if (SUMMARY_NOUN.test(description)) return undefined;
  const left = s.slice(0, at);
  if (!/\b(?:is|are|was|were|has|have|had|can|may|will|\w+ed|\w+[^s]s)\b/.test(left) || wordCount(left) < 5 || SUBORDINATE_START.test(left)) return undefined;
  const found = nameBefore(left, left.length);
  if (!found) return undefined;
  // "peritonitis (FIP) virus, a strain": a name cut short by a bracket is only part of the name.
  if (/[)\]]\s*$/.test(left.slice(0, found.start))) return undefined;
  // "X, Y, and Z, a ..." or "between X and Y, a ..." leaves unclear what the description is about.
  if (/\b(?:and|or)\s*$/i.test(left.slice(0, found.start)) || /,\s*$/.test(left.slice(0, found.start))) return undefined;
  const name = found.name.replace(/\s*\([^)]*\)$/, '');
  const subject = /^[a-z]/.test(name) ? capitalise(name) : name;
  return [finish(left), `${subject} ${copulaFor(name)} ${description}.`];
}

// A clause that starts "When ...", "If ..." is not a sentence on its own.
const SUBORDINATE_START = /^(?:when|whenever|if|although|though|while|because|since|as|after|before|once|unless|whereas|until|whether|despite|even|to)\b/i;

// Participles (with the preposition that shows they describe) and relative words that start a second statement
// about a definition's subject. An adverb before the participle ("specifically designed") goes with it.
const AFTER_DEFINITION =
  /\s+(?:(that|which)\s+(?=(?:(?:often|usually|also|mainly|typically|commonly|frequently|rarely|sometimes)\s+)?(?:is|are|was|were|has|have|can|may|(?:present|appear|arise|cause|affect|bind|act|lead|occur|result|target|block|work|help|make|give|allow|involve|carrie|encode|produce|contain|play|form|regulate|control|mediate|inhibit|promote|serve|function|contribute|interact|recogni[sz]e|cataly[sz]e|transport|activate|express|require|consist|include|weaken|damage|attack|spread|develop|begin|start|grow)s?)\b)|(?=(?:\w+ly\s+)?(?:(?:caused|produced|manufactured|encoded|transmitted|spread|carried|marked|characteri[sz]ed)\s+by|made up of|linked to|associated with|used (?:to|for|in|as)|approved (?:for|in|by)|developed (?:by|for|to|as)|given (?:to|by|as)|expressed (?:in|on|by)|known (?:as|for|to)|defined (?:by|as)|involved in|derived from|released (?:by|from)|designed (?:to|for)|licensed (?:for|in)|indicated (?:for|in)|marketed (?:by|as)|being (?:developed|studied|tested|used|given) (?:for|to|as|in|by)|thought to|believed to)\s))/;

/**
 * Splits a definition that goes on to say more about its subject:
 * "Botulism is a rare disorder caused by a toxin." -> "Botulism is a rare disorder. It is caused by a toxin."
 */
export function splitDefinition(sentence: string): [string, string] | undefined {
  const s = sentence.trim();
  // A bracket in the complement ("type 1 and type 2 (OX1 and OX2) receptor") is part of its noun phrase.
  // "Cirsoid aneurysms are rare vascular anomalies that ...": a plural subject's complement needs no article.
  const m = /^([A-Z](?:[^,;:()]|\([^(),;]*\)){1,80}?)\s+(is|are|was|were)\s+((?:(?:a|an|the|one)\s+|(?=[a-z]))(?:[^,;:()]|\([^(),;]*\))+)$/.exec(s.replace(/[.!?]$/, ''));
  if (!m) return undefined;
  const [, subject, copula, complement] = m;
  if (!/^(?:a|an|the|one)\s/i.test(complement!) && (!/^(?:are|were)$/.test(copula!) || /^(?:most|more|less|least|many|some|several|few|all|not|also|often|usually|still|now)\b/i.test(complement!))) return undefined;
  // "the first protein known to act as X" or "the drug approved for Y": the phrase is what makes the head true.
  if (/^(?:the|one)\s/i.test(complement!) || /\b(?:first|only|main|sole|\w+est)\b/i.test(complement!.slice(0, 40))) return undefined;
  // The subject must be a plain noun phrase, not a clause ("What we found is a ...").
  if (/\b(?:is|are|was|were|has|have|had|that|which|who|what|when|if|we|it)\b/i.test(subject!)) return undefined;
  const after = AFTER_DEFINITION.exec(complement!);
  if (!after) return undefined;
  const head = complement!.slice(0, after.index);
  // "a product of the enzyme made by Y": the phrase may describe the nearer noun, so only a head without a
  // prepositional phrase is safe.
  if ((/\s(?:of|in|on|at|to|for|with|by|from|between|among|than|as)\s/i.test(` ${head} `) && !illnessCausedBy(head, complement!.slice(after.index))) || wordCount(head) < 2) return undefined;
  // "One-and-a-half syndrome is a syndrome" says nothing once the phrase is gone.
  const subjectHead = subject!.trim().split(/\s+/).pop()!.toLowerCase();
  if (head.trim().split(/\s+/).pop()!.toLowerCase() === subjectHead && wordCount(head) <= 3) return undefined;
  let rest = complement!.slice(after.index + after[0].length);
  const plural = copula === 'are' || copula === 'were';
  const pronoun = plural ? 'They' : 'It';
  const relative = after[1] !== undefined;
  // "Bats are a population that has increased": the clause's verb agrees with the complement, not the subject, so
  // "They has increased" would be wrong and "It has increased" unclear.
  if (relative && (plural ? /^(?:\w+ly\s+)?(?:has|is|was|does)\b/ : /^(?:\w+ly\s+)?(?:have|are|were|do)\b/).test(rest)) return undefined;
  // "developed to treat insomnia" tells what was done: "It was developed", not "It is developed".
  // "approved in 2009 for X" is dated: "It was approved in 2009", not "It is approved in 2009".
  if (!relative) rest = `${/^(?:\w+ly\s+)?developed\b/.test(rest) || /\b(?:in|since|from|on)\s+(?:\w+\s+){0,2}(?:19|20)\d{2}\b/.test(rest) ? (plural ? 'were' : 'was') : copula} ${rest}`;
  if (wordCount(rest) < 3 || wordCount(`${subject} ${copula} ${head}`) < 4) return undefined;
  return [`${subject} ${copula} ${head.trim()}.`, `${pronoun} ${rest.trim()}.`];
}

// Heads of phrases that name an illness or injury, and endings of illness names.
const ILLNESS_HEAD = String.raw`(?:disorder|disease|syndrome|condition|injury|lesion|infection|illness|cancer|tumou?r|malformation|anomaly|deficiency|dystrophy|[a-z]*(?:pathy|itis|osis|emia|aemia|oma))s?`;
const ILLNESS_HEAD_THEN_PLACE = new RegExp(String.raw`^(?:a|an|the|one)\s+(?:[\w\-]+\s+){0,4}?${ILLNESS_HEAD}\s+(?:of|in|affecting|among)\s+(.+)$`, 'i');
const NAMES_ILLNESS = new RegExp(String.raw`\b${ILLNESS_HEAD}\b`, 'i');

// "a neurogenetic disorder of children caused by changes in 75 genes": what causes or marks something is the illness
// the phrase names, not the people or tissue it is "of" or "in" (unless that part names an illness too, as in "a
// complication of diabetes caused by ...").
function illnessCausedBy(head: string, phrase: string): boolean {
  if (!/^\s*(?:caused|marked|characteri[sz]ed)\s+by\b/.test(phrase)) return false;
  const m = ILLNESS_HEAD_THEN_PLACE.exec(head.trim());
  return m !== null && !NAMES_ILLNESS.test(m[1]!) && !/\s(?:of|in|on|at|to|for|with|by|from)\s/i.test(` ${m[1]!} `);
}

// ", with four treatments now approved for X", ", with less than 25% having Y": a noun and what holds of it, after a
// finished clause (an absolute phrase). Adverbs before the participle go with it ("sometimes favored over").
const ABSOLUTE =
  /^(.+?),\s+with\s+((?:[^,;:()]|\([^()]*\))+?)\s+((?:(?:now|still|also|often|sometimes|usually|mostly|well|newly|later|all|both|only)\s+)*)(having|[a-z]{3,}ed|known|shown|given|seen|done|made|taken|grown|held|found|kept|bound)\s+(.+)$/;

/** "X rose, with the rates sustained by Y." -> "X rose. The rates were sustained by Y." */
export function splitAbsolute(sentence: string): [string, string] | undefined {
  const m = ABSOLUTE.exec(sentence.trim().replace(/[.!?]$/, ''));
  if (!m) return undefined;
  const [, left, noun, adverbs, participle, rest] = m;
  if (parenthesisDepth(sentence)[left!.length] !== 0 || /,\s+with\s/.test(rest!)) return undefined;
  // The participle needs its own phrase ("approved for", "linked to"); only "having" takes an object.
  if (participle !== 'having' && !/^(?:by|to|in|over|across|with|from|for|as|at|on|into|within|after|before|among|during)\b/.test(rest!)) return undefined;
  // The noun phrase is short and has no verb of its own; the left side is a whole clause.
  // A sentence does not start in figures ("30.7% of bases are ..."), and a noun phrase with a verb is a clause.
  if (wordCount(noun!) > 12 || /^\d/.test(noun!) || /\b(?:is|are|was|were|has|have|had|which|that|who|whose|being)\b/i.test(noun!)) return undefined;
  if (!/\b(?:is|are|was|were|has|have|had|can|may|will|\w+ed|\w+[^s\W]s)\b/.test(left!.replace(/\([^)]*\)/g, '')) || SUBORDINATE_START.test(left!) || wordCount(left!) < 5) return undefined;
  const bare = left!.replace(/\([^)]*\)/g, '');
  const past =
    /\b(?:was|were|had)\b/.test(bare) ||
    (/\b(?:\w+ed|saw|found|made|took|gave|got|led|became|showed|grew|fell|rose|began|ran|went|came)\b/.test(bare) && !/\b(?:is|are|has|have|can|may|will)\b/.test(bare));
  const head = noun!.replace(/\s*\([^)]*\)/g, '').trim().split(/\s+/).pop()!;
  const plural = (/[a-z]s$/.test(head) && !/(?:ss|us|is)$/.test(head)) || /^(?:children|people|men|women|mice|feet|teeth|data|bacteria|criteria)$/i.test(head);
  const verb = participle === 'having' ? (past ? 'had' : plural ? 'have' : 'has') : `${past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is'} ${adverbs}${participle}`;
  return [finish(left!), `${capitalise(noun!)} ${verb} ${rest!.trim()}.`];
}

/**
 * Splits at a colon between a clause and a list or second clause:
 * "X affects five symptoms: A, B, and C." -> "X affects five symptoms. These are A, B, and C."
 */
export function splitColon(sentence: string): [string, string] | undefined {
  const s = sentence.trim();
  const depth = parenthesisDepth(s);
  const colons = [...s.matchAll(/:\s+/g)].filter((c) => depth[c.index ?? 0] === 0);
  if (colons.length !== 1) return undefined;
  const at = colons[0]!.index ?? 0;
  const left = s.slice(0, at);
  const right = s.slice(at + colons[0]![0].length).replace(/[.!?]$/, '');
  if (wordCount(left) < 4 || wordCount(right) < 3 || /;/.test(right)) return undefined;
  if (!/\b(?:is|are|was|were|has|have|had|can|may|will|include|includes|included|\w+ed|\w+[^s]s)\b/.test(left)) return undefined;
  // A second clause with its own subject and verb stands as it is.
  if (/^(?:[\w\-]+\s+){0,4}(?:is|are|was|were|has|have|had|can|may|will|comes|came|shows|showed)\b/.test(right) && !/^(?:a|an|the)?\s*\d/.test(right)) {
    return [finish(left), finish(capitalise(right))];
  }
  // A list of things: at least two commas or an "and" at the top level, and no verb (a list item with a verb is a clause).
  const bare = right.replace(/\([^)]*\)/g, '');
  if (!/,.*\b(?:and|or)\b|,.*,/.test(bare) || /\b(?:is|are|was|were|has|have|had|can|may|will|comes|came|goes|went|shows|showed|leads|led)\b/.test(bare)) return undefined;
  const items = bare.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  if (wordCount(bare) / items.length > 6) return undefined;
  const past = /\b(?:was|were|had)\b/.test(left) || (/\b\w+ed\b/.test(left) && !/\b(?:is|are|has|have)\b/.test(left));
  // "three cities: Posadas, Garupá, and Ituzaingó": where a later item has its capital too, the first one's is a name's.
  const names = items.slice(1).some((item) => /^[A-Z][a-z\u00e0-\u00ff]/.test(item.trim()));
  return [finish(left), `${past ? 'These were' : 'These are'} ${names ? right : lowerFirst(right)}.`];
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]+(?=[\s,])(?!\s+[A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Brackets open at each character of a text (0 outside brackets). */
export function parenthesisDepth(text: string): number[] {
  const depth: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') d += 1;
    depth.push(d);
    if ((ch === ')' || ch === ']') && d > 0) d -= 1;
  }
  return depth;
}

/** Ends a clause with a full stop, dropping a trailing comma, semicolon or colon. */
export function finish(text: string): string {
  const t = text.trim().replace(/[,;:]$/, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export { capitalise };

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// Verbs a relative "that" may start with: auxiliaries and third-person or past forms ("binds", "caused").
const RELATIVE_VERB = /^(?:(?:also|then|now|often|usually|only|directly|specifically|strongly|selectively)\s+)?(?:is|are|was|were|has|have|had|can|could|may|might|will|would|\w+s|\w+ed)\b/;

/**
 * Splits "... a Y that does Z" after a clause into two sentences, naming the thing again:
 * "We describe a fully human antibody that binds to CD3." -> "We describe a fully human antibody. This antibody binds to CD3."
 * Only an indefinite head ("a", "an") is split: after "the", "only" or "first" the clause tells which one is meant.
 */
export function splitRelative(sentence: string): [string, string] | undefined {
  const s = sentence.trim();
  const depth = parenthesisDepth(s);
  for (const m of s.matchAll(/\s+(?:that|which)\s+/g)) {
    const at = m.index ?? 0;
    if (depth[at] !== 0) continue;
    const left = s.slice(0, at);
    const rest = s.slice(at + m[0].length).replace(/[.!?]$/, '');
    const np = /\b(a|an)\s+((?:[\w\-]+\s+){0,3})([A-Za-z][\w\-]*)$/.exec(left);
    if (!np) continue;
    const [, , modifiers, head] = np;
    if (/\b(?:of|in|on|at|to|for|with|by|from|and|or|than|as|only|first|single|sole|few|little|number|lot|kind|type|form|way|point|time|degree|extent|manner)\b/i.test(`${modifiers}${head}`)) continue;
    if (!RELATIVE_VERB.test(rest) || /^(?:\w+ly\s+)?(?:this|these|those|its|his|her|is\s+why)\b/i.test(rest)) continue;
    // "a drug that is given" and "a gene that was found": a verb needs a noun head, and the clause before must be whole.
    if (!/\b(?:is|are|was|were|has|have|had|can|may|will|did|does|\w+ed|\w+[^s]s)\b/.test(left.slice(0, np.index)) || SUBORDINATE_START.test(left)) continue;
    if (wordCount(left) < 5 || wordCount(rest) < 3) continue;
    // The relative clause runs to the end: a later main verb after a comma ("..., is") would lose its subject.
    if (/,\s+(?:is|are|was|were|has|have|had|may|can)\b/.test(rest)) continue;
    // "..., and simultaneously inducing Y" after the clause goes back to the main verb, not to the thing named again.
    if (/,\s+(?:and|or|but|thereby|thus)\b|,\s+(?:\w+ly\s+)?\w+ing\b/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
    if (SUMMARY_NOUN.test(`a ${head}`)) continue;
    const plural = copulaFor(head!) === 'are';
    const subject = /[A-Z0-9]/.test(head!) ? head! : `${plural ? 'These' : 'This'} ${head}`;
    return [finish(left), `${capitalise(subject)} ${rest.trim()}.`];
  }
  return undefined;
}

/**
 * Moves a list in brackets at the end of a sentence into a sentence of its own:
 * "X is a cluster of risk factors (diabetes, obesity, high cholesterol and high blood pressure)." -> "X is a cluster of risk factors. These are diabetes, ...".
 */
export function splitBracketList(sentence: string): [string, string] | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)\s*\.?$/.exec(sentence.trim());
  if (!m) return undefined;
  const [, left, inner] = m;
  if (/^(?:e\.g\.|i\.e\.|eg|ie|for example|such as|including|see|from|in|with|as)\b/i.test(inner!) && !/^(?:e\.g\.|eg|for example|such as|including),?\s/i.test(inner!)) return undefined;
  const list = inner!.replace(/^(?:e\.g\.|eg|for example|such as|including),?\s+/i, '');
  const items = list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  // Three or more short items make a list; a remark with a verb or numbers is something else.
  if (items.length < 3 || wordCount(list) / items.length > 5 || /\b(?:is|are|was|were|has|have|had)\b|\d/.test(list) || wordCount(left!) < 5) return undefined;
  const past = /\b(?:was|were|had)\b/.test(left!) && !/\b(?:is|are|has|have)\b/.test(left!);
  const lead = /^(?:e\.g\.|eg|for example|such as|including)/i.test(inner!) ? (past ? 'These included' : 'These include') : past ? 'These were' : 'These are';
  return [finish(left!), `${lead} ${list.trim()}.`];
}

// "In a phase 2, randomized, placebo-controlled trial, we assigned ...": the study a finding comes from, before it,
// with whom it studied ("trial of 520 adults with migraine").
const LEADING_SETTING =
  /^In\s+(a|an|the|this|our|one)\s+((?:[^;:]{0,100}?\s)?(?:trial|study|analysis|cohort|series|review|meta-analysis|registry|survey|experiment)s?(?:\s+(?:of|in|among|including|involving|enrolling)\s+(?:[^,;:()]|(?<=\d),(?=\d{3})){1,80})?),\s+(.+)$/i;

// "In August 2017, the FDA approved X" and "During the latest outbreak of X, Y was used": when a past finding happened.
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const LEADING_TIME = new RegExp(
  String.raw`^(In|During)\s+((?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+)?(?:19|20)\d{2}|the\s+(?:latest|last|recent|first|second|current|\d{4}(?:[-–]\d{2,4})?)\s+[^,;:()]{0,60}?(?:outbreak|pandemic|epidemic|war|season)(?:\s+(?:of|in)\s+[^,;:()]{1,60})?),\s+(.+)$`,
);

/**
 * Moves a leading "In a ... trial," after the finding it frames:
 * "In a phase 2 trial, we randomly assigned 256 patients." -> "We randomly assigned 256 patients. This was in a phase 2 trial."
 */
export function splitLeadingSetting(sentence: string): [string, string] | undefined {
  const m = LEADING_SETTING.exec(sentence.trim()) ?? LEADING_TIME.exec(sentence.trim());
  if (!m) return undefined;
  const [, article, setting, claim] = m;
  // Only a finished, past-tense finding: "This was in ..." would misread a general claim.
  if (!/\b(?:was|were|had|did|\w+ed|found|showed|got|gave|saw|led|took|made)\b/.test(claim!) || /\b(?:is|are|has|have)\b/.test(claim!.split(/\s+/).slice(0, 6).join(' '))) return undefined;
  if (/^(?:it|they|this|these|those|such|both|which)\b/i.test(claim!) || wordCount(claim!) < 5) return undefined;
  if (/\b(?:is|are|was|were|has|have|had)\b/.test(setting!)) return undefined;
  // "In a study of smokers, drinkers and both, rates were ...": a comma before the claim's verb means the setting's
  // list went on past the comma taken for its end.
  if (/,/.test(claim!.replace(/\([^)]*\)/g, '').split(/\b(?:was|were|had|did|\w+ed|found|showed|got|gave|saw|led|took|made)\b/)[0]!)) return undefined;
  // "15 patients were treated" cannot start a sentence in figures.
  if (/^(?:in|during)$/i.test(article!) && /^\d/.test(claim!)) return undefined;
  if (/^(?:in|during)$/i.test(article!)) return [finish(capitalise(claim!)), `This was ${article!.toLowerCase()} ${setting!.trim()}.`];
  const a = /^(?:this|our|one)$/i.test(article!) ? (/^[aeiou]/i.test(setting!) ? 'an' : 'a') : article!.toLowerCase();
  return [finish(capitalise(claim!)), `This was in ${a} ${setting!.trim()}.`];
}

/**
 * Reads an article title of the form "Name: a description" as the sentence it stands for:
 * "Mammalian Otolin: a multimeric glycoprotein of the inner ear" -> "Mammalian Otolin is a multimeric glycoprotein of the inner ear."
 */
export function titleAsSentence(sentence: string): string | undefined {
  const m = /^([A-Z][^:;,()]{1,60}?):\s+((?:a|an)\s+[^:;]+?)\.?$/.exec(sentence.trim());
  if (!m) return undefined;
  const [, name, description] = m;
  // The name must be a noun phrase, and the description must not already be a clause with its own verb.
  if (/\b(?:is|are|was|were|has|have|had|can|may|will|\w+ed|from|to|in|on|for|with|of)\b/i.test(name!) || wordCount(name!) > 6) return undefined;
  if (/\b(?:is|are|was|were|has|have|had|can|may|will)\b/.test(description!.split(/\b(?:that|which|who)\b/)[0]!)) return undefined;
  return `${name} ${copulaFor(name!)} ${description}.`;
}

// What follows a subject's description: its verb ("has been shown", "binds", "included").
const AFTER_SUBJECT = /^(?:(?:also|now|then|first|further|recently|often|usually)\s+)?(?:is|are|was|were|has|have|had|can|could|may|might|will|would|did|does|[a-z]+ed|[a-z]+[^suio'\W]s)\b/;
// What follows an object's description: a preposition that goes on with the clause ("by extracts", "as an add-on").
const AFTER_OBJECT = /^(?:by|in|with|for|as|to|from|at|on|during|after|before|into|over|through|via|against)\b/;

/**
 * Takes a description set off by commas out of the middle of a sentence and says it on its own:
 * "We saw inhibition of elastase, a protease of inflammation, by yarrow extracts." ->
 * "We saw inhibition of elastase by yarrow extracts. Elastase is a protease of inflammation."
 */
export function splitMiddleDescription(sentence: string): [string, string] | undefined {
  const s = sentence.trim();
  const depth = parenthesisDepth(s);
  const commas = [...s.matchAll(/,\s+/g)].filter((c) => depth[c.index ?? 0] === 0);
  for (let k = 0; k + 1 < commas.length; k++) {
    const open = commas[k]!;
    const close = commas[k + 1]!;
    const start = (open.index ?? 0) + open[0].length;
    const description = s.slice(start, close.index ?? 0);
    // "belimumab, the monoclonal antibody against BLyS, has shown": a "the" description is of the name before it
    // only when the sentence goes on with its verb (at its end, "the lowest number yet seen" may sum up the clause).
    const theBeforeVerb = /^the\s/i.test(description) && AFTER_SUBJECT.test(s.slice((close.index ?? 0) + close[0].length));
    if ((!DESCRIPTION_START.test(description) && !theBeforeVerb) || wordCount(description) < 3 || wordCount(description) > 15) continue;
    if (DESCRIPTION_VERB.test(description.split(/\b(?:that|which|who|whose)\b/)[0]!) || SUMMARY_NOUN.test(description)) continue;
    const left = s.slice(0, open.index ?? 0);
    const after = s.slice((close.index ?? 0) + close[0].length);
    // "X, a Y, and Z" is a list; the sentence must go on with more than a word or two.
    if (/^(?:and|or|but|as well|respectively|etc|with|which|who)\b/i.test(after) || wordCount(after) < 3 || wordCount(left) < 1) continue;
    // Before a subject's description the sentence goes on with its verb; after an object's, with a preposition.
    // Anything else ("a naturally occurring, ubiquitous pigment") means the comma was inside the description or a list.
    const bareLeft = left.replace(/\([^)]*\)/g, '');
    const leftHasVerb =
      /\b(?:is|are|was|were|has|have|had|can|may|will|did|does|saw|found|made|got|gave|took)\b/.test(bareLeft) ||
      /\b[a-z]+ed\b(?!\s+(?:by|in|with|from|for|at|on)\b)/.test(bareLeft) ||
      HAS_VERB_IN_S.test(bareLeft);
    if (leftHasVerb ? !AFTER_OBJECT.test(after) : !AFTER_SUBJECT.test(after)) continue;
    const found = nameBefore(left, left.length);
    if (!found || /[)\]]\s*$/.test(left.slice(0, found.start)) || /\b(?:and|or)\s*$/i.test(left.slice(0, found.start))) continue;
    const main = `${left} ${after}`;
    if (!/\b(?:is|are|was|were|has|have|had|can|may|will|\w+ed|\w+[^s]s)\b/.test(main) || SUBORDINATE_START.test(main)) continue;
    const name = found.name.replace(/\s*\([^)]*\)$/, '');
    // "the MG0002 study, a trial" -> "The MG0002 study is a trial".
    const article = /\bthe\s+$/i.test(left.slice(0, found.start)) ? 'The ' : '';
    const subject = article ? `${article}${name}` : /^[a-z]/.test(name) ? capitalise(name) : name;
    return [finish(main), `${subject} ${copulaFor(name)} ${description.trim()}.`];
  }
  return undefined;
}

// "To find out X and to check Y." is a study's aim written without a main verb.
const AIM = /^To\s+(?:find out|check|study|test|compare|assess|evaluate|determine|investigate|examine|explore|describe|identify|measure|see|learn|look at|review)\b/;

/** Gives a study's aim written as a bare "To ..." phrase its missing verb: "To find out X." -> "The aim was to find out X." */
export function aimAsSentence(sentence: string): string | undefined {
  const s = sentence.trim();
  if (!AIM.test(s)) return undefined;
  // "To find out X, we did Y" already has its verb after the comma.
  const depth = parenthesisDepth(s);
  const top = [...s].map((ch, i) => (depth[i] === 0 ? ch : ' ')).join('');
  if (/,\s+(?:we|the authors|the researchers|this study|this trial|it|they)\b/i.test(top) || /\b(?:is|are|was|were|has|have|had)\b/.test(top.replace(/\b(?:that|which|who|whether|if|when|how)\b.*$/i, ''))) return undefined;
  return `The aim was to ${s.slice(3)}`;
}
