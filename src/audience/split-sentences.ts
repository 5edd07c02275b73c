import {
  aimAsSentence,
  splitAbsolute,
  capitalise,
  finish,
  parenthesisDepth,
  splitBracketList,
  splitColon,
  splitDefinition,
  splitLeadingSetting,
  splitMiddleDescription,
  splitRelative,
  splitTrailingDescription,
  titleAsSentence,
  wordCount,
} from './split-clauses.js';

export { capitalise, wordCount };

// Abbreviations whose full stop does not end a sentence.
const NO_BREAK = /\b(?:al|vs|spp|sp|subsp|var|e\.g|i\.e|U\.S|U\.K|etc|Dr|Fig|approx|No|ca|cf|Mr|Mrs|Ms|St|yr|yrs|mo|wk|min|h|y)\.$/i;

/** Splits text into sentences at ".", "!" or "?" followed by a capital or digit, keeping "et al." and "vs." intact. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9])/g)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (NO_BREAK.test(candidate)) continue;
    // "22. 8" is a decimal a source spaced out (a digit after "digit. "), not a sentence ending in a number.
    if (/\d\.$/.test(candidate) && /^\d/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    out.push(candidate.trim());
    start = (m.index ?? 0) + m[0].length;
  }
  const last = text.slice(start).trim();
  if (last !== '') out.push(last);
  return out;
}

// Words that start a new clause after ", and": a subject, so the right side can stand alone.
const CLAUSE_START =
  /^(?:the|this|these|those|that|it|its|they|we|he|she|there|patients|all|most|many|some|none|no|each|both|our|their|a|an|[0-9][\d,.]*%?)\b/i;
// A finite verb within the first words shows the right side is a clause, not a list item.
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|must|showed|shows|remained|became|increased|decreased|improved|developed|received|underwent|required|occurred|resolved|died|survived|remains|appears|seems|occurs|exists|depends|varies|differs|requires|needs|leads|causes|includes|contains|affects|involves|suggests|indicates|serves|acts|works|plays|binds|targets|blocks|inhibits|encodes|regulates|\w+ed)\b/i;

// The words after the last subordinator of a text ("because", "whether", ...) or colon, or all of it when it has none.
// ("that" is left out: as often a relative pronoun, its clause's verb may be one the verb pattern does not know.)
function afterSubordinator(text: string): string {
  return text.replace(/\([^)]*\)/g, '').split(/\b(?:because|whether|if|when|since|although|though|whereas)\s+|[:;]\s+/i).pop() ?? text;
}

/** Splits long sentences at safe points (";", ", which", ", whereas", ", but", ", and" between clauses) so each can stand alone. */
export function splitLongSentence(sentence: string, maxWords = 14): string[] {
  if (wordCount(sentence) <= maxWords) return [sentence];
  const title = titleAsSentence(sentence) ?? aimAsSentence(sentence);
  if (title) return splitLongSentence(title, maxWords);
  const apposition = splitApposition(sentence) ?? splitCaseOpening(sentence);
  if (apposition) return [...splitLongSentence(apposition[0], maxWords), ...splitLongSentence(apposition[1], maxWords)];
  const although = splitAlthough(sentence);
  if (although) return [...splitLongSentence(although[0], maxWords), ...splitLongSentence(although[1], maxWords)];
  const two = splitLeadingSetting(sentence) ?? splitColon(sentence) ?? splitDefinition(sentence) ?? splitTrailingDescription(sentence) ?? splitAbsolute(sentence);
  if (two) return [...splitLongSentence(two[0], maxWords), ...splitLongSentence(two[1], maxWords)];
  const cut = findCut(sentence);
  if (!cut) {
    // Without a clause boundary, a relative clause or a bracketed list can still stand alone.
    const last = splitBracketList(sentence) ?? splitMiddleDescription(sentence) ?? splitRelative(sentence);
    return last ? [...splitLongSentence(last[0], maxWords), ...splitLongSentence(last[1], maxWords)] : [sentence];
  }
  const left = finish(sentence.slice(0, cut.at));
  const right = capitalise(cut.lead + sentence.slice(cut.resume).trim());
  if (wordCount(left) < 4 || wordCount(right) < 4) return [sentence];
  return [...splitLongSentence(left, maxWords), ...splitLongSentence(right, maxWords)];
}

// "Although A, B." reads as "A. But B." when the comma after A is the only one at the top level.
function splitAlthough(sentence: string): [string, string] | undefined {
  const m = /^(?:Although|Though|While)\s+/.exec(sentence);
  if (!m) return undefined;
  const depth = parenthesisDepth(sentence);
  const commas = [...sentence.matchAll(/,\s+/g)].filter((c) => depth[c.index ?? 0] === 0);
  if (commas.length === 0) return undefined;
  // With more than one comma, the main clause starts at the first comma followed by a subject and its verb
  // ("While there is a report of X, to the best of our knowledge this is the first case, and ...").
  const comma =
    commas.length === 1
      ? commas[0]
      : commas.find((c) => {
          const after = sentence.slice((c.index ?? 0) + c[0].length);
          return MAIN_CLAUSE_START.test(after) && AUX_VERB.test(sentence.slice(m[0].length, c.index ?? 0));
        });
  if (!comma) return undefined;
  const at = comma.index ?? 0;
  const left = finish(capitalise(sentence.slice(m[0].length, at)));
  const right = `But ${sentence.slice(at + comma[0].length)}`;
  if (wordCount(left) < 4 || wordCount(right) < 5) return undefined;
  return [left, right];
}

// The start of a main clause: a short subject and its verb, or a hedge before one ("to the best of our knowledge this is").
const MAIN_CLAUSE_START =
  /^(?:(?:to the best of our knowledge|in our experience|as far as we know),?\s+)?(?:(?:the|this|these|it|they|we|there|[A-Z][\w\-]*)\s+)(?:[\w\-]+\s+){0,2}?(?:is|are|was|were|has|have|had|can|could|may|might|will|would|did|does|do)\b/i;

// "Dexmedetomidine, a selective agonist, has been shown to ..." says two things about one subject; "Enasidenib and
// ivosidenib, the IDH2 and IDH1 blockers, have been approved" and "Retatrutide, a peptide acting at the GIP, GLP-1
// and glucagon receptors, showed ..." too (a list inside the description is no second apposition).
const APPOSITION_VERB = String.raw`(?:is|was|are|were|has|have|had|can|may|might|could|will|would|did|does|showed|shows|reduced|improved|increased|decreased|lowered|caused|received|became|remains|remained|binds|blocks|acts|targets|inhibits|affects|reduces|improves|increases|lowers)`;
const APPOSITION = new RegExp(
  String.raw`^((?:[A-Z][\w\-]*)(?:\s+[\w\-]+){0,4}?)(\s*\([^()]+\))?,\s+((?:a|an|the)\s+(?:[^;()]|\([^()]*\)){3,120}?),\s+(${APPOSITION_VERB}\s.+)$`,
);

// "Cirsoid aneurysms, also known as scalp malformations, are rare": the other name goes after the claim.
const OTHER_NAME =
  /^((?:[A-Z][\w\-]*)(?:\s+[\w\-]+){0,4}?(?:\s*\([^()]+\))?),\s+(also known as|also called|also termed|or)\s+((?:[^,;()]|\([^()]*\)){3,60}?),\s+((?:is|are|was|were|has|have|had|can|may|affects?|causes?)\s.+)$/;

function splitOtherName(sentence: string): [string, string] | undefined {
  const m = OTHER_NAME.exec(sentence);
  if (!m) return undefined;
  const [, subject, how, name, predicate] = m;
  if (/^(?:in|on|at|of|for|with|after|before|during|among)\b/i.test(subject!)) return undefined;
  const plural = /^(?:are|were|have)\b/.test(predicate!) || (/[^su]s$/.test(subject!) && !/^(?:is|was|has)\b/.test(predicate!));
  const known = how === 'or' ? 'also known as' : how;
  return [finish(`${subject} ${predicate}`), `${plural ? 'They are' : 'It is'} ${known} ${name}.`];
}

// "A 28-year-old man with stage IV rectal cancer was prescribed X": who the case is, then what happened.
const CASE_OPENING =
  /^(An?)\s+(\d+-(?:year|month|week|day)-old\s+(?:[a-z]+\s+)?(man|woman|boy|girl|male|female|patient|child|infant|baby))\s+with\s+([^,;:()]+?)\s+(was|were|had|presented|developed|underwent|received|got|showed|died|needed|came)\b(.+)$/;

/** "A 28-year-old man with X was given Y." -> "A 28-year-old man had X. He was given Y." */
function splitCaseOpening(sentence: string): [string, string] | undefined {
  const m = CASE_OPENING.exec(sentence.trim());
  if (!m) return undefined;
  const [, article, who, noun, condition, verb, rest] = m;
  // The condition must be a plain noun phrase: a verb or relative clause in it would start the claim too early.
  if (/\b(?:who|that|which|is|are|was|were|had|has|have)\b/.test(condition!) || wordCount(condition!) < 2) return undefined;
  const subject = /^(?:man|boy|male)$/.test(noun!) ? 'He' : /^(?:woman|girl|female)$/.test(noun!) ? 'She' : `The ${noun}`;
  return [`${article} ${who} had ${condition}.`, `${subject} ${verb}${rest!.replace(/[.!?]?$/, '.')}`];
}

function splitApposition(sentence: string): [string, string] | undefined {
  const other = splitOtherName(sentence);
  if (other) return other;
  const m = APPOSITION.exec(sentence);
  // "Inhibition of mTOR, a kinase, ..." describes mTOR, not the inhibition: splitMiddleDescription takes the name.
  if (m && !/\s(?:with|of|for|by|from|to|using|in|on|at)\s/i.test(` ${m[1]} `)) {
    const [, subject, bracket = '', description, predicate] = m;
    if (!describesOne(description!)) return undefined;
    const first = `${subject}${bracket} ${predicate}`;
    const second = `${capitalise(subject!)} ${copulaOf(subject!, predicate!)} ${description}.`;
    if (wordCount(first) < 4) return undefined;
    return [finish(first), second];
  }
  return undefined;
}

// "a nurse, and Jones" is a list, and "a nurse, the head of ..." a second description: one description runs to the
// verb without either.
function describesOne(description: string): boolean {
  return !/\b(?:and|or)$/.test(description.trim()) && !/,\s+(?:and\s+|or\s+)?(?:a|an|the)\s/i.test(description) && !/,\s+(?:and|or)\s+[A-Z]/.test(description);
}

// "are" after a plural subject or verb ("Enasidenib and ivosidenib", "have been"), else "is".
function copulaOf(subject: string, predicate: string): 'is' | 'are' {
  if (/^(?:are|were|have)\b/.test(predicate)) return 'are';
  if (/^(?:is|was|has|does|shows|remains)\b/.test(predicate)) return 'is';
  return /\s(?:and)\s/.test(subject) || (/[^s'u]s$/.test(subject) && !/(?:ss|is|us)$/.test(subject)) ? 'are' : 'is';
}

type Cut = { at: number; resume: number; lead: string };

// Marks a cut whose right side says what the left side led to ("This led to", "This leads to").
const CONSEQUENCE = '\u0001';

// Marks a cut whose right side needs the left side's subject back as a pronoun.
const SAME_SUBJECT = '\u0000';

// Marks a cut before a second clause with its own subject ("..., and bimagrumab is a new agent").
const NEW_SUBJECT = '\u0002';

// Marks a cut before "and," followed by an aside and a new clause.
const AND_ASIDE = '\u0011';

// Marks a cut before a second verb of the same subject after ", but".
const BUT_SAME = '\u0010';

// Marks a cut before ", with" what a subject has.
const WITH = '\u000f';

// Marks a cut before "all of which", "most of whom".
const OF_WHICH = '\u000e';

// Marks a cut before the reason for a clause (", based on X", ", due to X").
const REASON = '\u0006';

// Marks a cut before a purpose ("to find out X").
const PURPOSE = '\u0007';

// Marks a cut before a list of examples ("such as A, B and C").
const EXAMPLES = '\u0008';

// Marks a cut before a second clause after a bare comma ("A is approved, B is under review").
const COMMA_SPLICE = '\u0005';

// Third-person verbs that are never nouns after "and" ("and correlates with"), and past tenses that are never adjectives.
const PRESENT_VERBS = (
  'correlates shows binds acts causes leads plays affects inhibits blocks regulates controls promotes induces mediates encodes ' +
  'contains requires involves remains appears seems occurs results targets suppresses enhances depends interacts activates ' +
  'represents provides offers allows helps makes gives prevents protects predicts differs varies includes exhibits displays ' +
  'produces triggers drives lowers raises limits reduces increases decreases improves suggests indicates confirms reveals'
).split(' ');
// Verbs that make a left side a clause before "and is ...", "and results in ...": third-person verbs that are not
// also common plural nouns ("results", "increases" are left out), and plural verbs after a plural subject.
const LEFT_VERB = new RegExp(
  String.raw`^[^,;:]*?\b(?:${PRESENT_VERBS.filter((v) => !/^(?:results|increases|decreases|limits|drives|displays|offers|controls|targets|blocks|helps|makes|gives)$/.test(v)).join('|')}|refers|stimulates|belongs|consists|relies|reflects|support|suggest|show|indicate|provide|demonstrate|reveal|confirm)\s+(?:to|that|the|a|an|its|their|this|these|\w+ing|\w+s)\b`,
  'i',
);
// "Viltolarsen restores the reading frame ...": a one-word name, a word in "-s" and an article make a clause, whatever
// the verb ("Ebola viruses the ..." is no English a source writes).
const NAME_VERB_OBJECT = /^[A-Z][\w\-]*(?:\s*\([^()]*\))?\s+(?:also\s+)?[a-z]{3,}[^su\W]s\s+(?:the|a|an|its|their|both)\s/;
const PAST_VERBS = 'led showed caused became remained resulted occurred died took gave made went came saw grew fell rose'.split(' ');

// Marks a cut before ", however," between two clauses.
const HOWEVER = '\u0013';

// Marks a cut before ", using X" after a passive clause ("This was done using X").
const DONE_USING = '\u0014';

// Marks a cut before a participle whose subject is "we" (", studying X").
const WE_DID_MARK = '\u0012';

// Participles "we" did something with, and their past tenses.
const WE_DID: Record<string, string> = {
  using: 'used', studying: 'studied', comparing: 'compared', examining: 'examined', analysing: 'analysed', analyzing: 'analyzed',
  measuring: 'measured', describing: 'described', looking: 'looked', focusing: 'focused', testing: 'tested', assessing: 'assessed',
  evaluating: 'evaluated', identifying: 'identified', finding: 'found', showing: 'showed', performing: 'performed', following: 'followed',
  combining: 'combined', applying: 'applied', collecting: 'collected', recruiting: 'recruited', enrolling: 'enrolled',
  investigating: 'investigated', exploring: 'explored', determining: 'determined', quantifying: 'quantified',
  characterizing: 'characterized', characterising: 'characterised', generating: 'generated', developing: 'developed',
  conducting: 'conducted', employing: 'employed', utilizing: 'utilized', utilising: 'utilised', obtaining: 'obtained',
};

// Marks a cut before a second verb whose subject is "we".
const WE = '\u0003';

// Marks a cut before a participle saying what the clause caused ("..., making the chance very low").
const EFFECT = '\u0004';

// Participles that say what a clause caused, with the present and past forms "This ..." takes.
const EFFECT_VERBS: Record<string, [string, string]> = {
  making: ['makes', 'made'],
  causing: ['causes', 'caused'],
  allowing: ['allows', 'allowed'],
  enabling: ['enables', 'enabled'],
  adding: ['adds', 'added'],
  reducing: ['reduces', 'reduced'],
  lowering: ['lowers', 'lowered'],
  raising: ['raises', 'raised'],
  limiting: ['limits', 'limited'],
  highlighting: ['highlights', 'highlighted'],
  underscoring: ['underscores', 'underscored'],
  supporting: ['supports', 'supported'],
  providing: ['provides', 'provided'],
  offering: ['offers', 'offered'],
  leaving: ['leaves', 'left'],
  giving: ['gives', 'gave'],
  accounting: ['accounts', 'accounted'],
  blocking: ['blocks', 'blocked'],
  inhibiting: ['inhibits', 'inhibited'],
  preventing: ['prevents', 'prevented'],
  improving: ['improves', 'improved'],
  increasing: ['increases', 'increased'],
  decreasing: ['decreases', 'decreased'],
  affecting: ['affects', 'affected'],
  promoting: ['promotes', 'promoted'],
  suppressing: ['suppresses', 'suppressed'],
  triggering: ['triggers', 'triggered'],
  contributing: ['contributes', 'contributed'],
  representing: ['represents', 'represented'],
  // ", preceding seizure onset by 2 months": what the clause's event came before.
  preceding: ['precedes', 'preceded'],
  reflecting: ['reflects', 'reflected'],
  explaining: ['explains', 'explained'],
};

// Verbs that make a clause finite for sure (no bare "-ed", which is often an adjective).
const STRONG_VERB =
  /\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|must|showed|shows|show|remains|remained|became|becomes|lies|lie|binds|bind|acts|act|causes|caused|occurs|occurred|leads|led|plays|play|affects|affected|developed|received|improved|reduced|increased|decreased|found|made|gave|took|got|used|approved|tested|studied|suggested|revealed|demonstrated|indicated|reported|identified|observed|confirmed)\b/i;

// Auxiliary verbs: a clause with one of these is finite for sure.
const AUX_VERB = /\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|must)\b/i;

// A clause that starts "When ...", "If ..." is not a sentence on its own.
const SUBORDINATE_START = /^(?:when|whenever|if|although|though|while|because|since|as|after|before|once|unless|whereas|until|whether|despite|even)\b/i;

/** True when a clause tells what happened (was, had, -ed verbs) rather than what holds ("act on", "is"). */
function isPastClause(clause: string): boolean {
  const c = clause.replace(/\([^)]*\)/g, '');
  if (/\b(?:was|were|had|did)\b/.test(c)) return true;
  if (/\b(?:is|are|has|have|can|may|act|acts|cause|causes|lead|leads|bind|binds|block|blocks|inhibit|inhibits|affect|affects)\b/.test(c)) return false;
  // "each produced by strains" describes; only an "-ed" verb not followed by "by", "in" or "with" reports an event.
  return /\b\w+ed\b(?!\s+(?:by|in|with|from|for|at|on|as)\b)/.test(c);
}

/** "They" after a plural noun, "She" or "He" after a word that says which ("woman", "boy"), else undefined. */
function personPronoun(left: string): string | undefined {
  const head = /(\S+)\s*$/.exec(left.replace(/\([^)]*\)/g, '').trim())?.[1]?.toLowerCase() ?? '';
  if (/s$/.test(head)) return 'They';
  const noun = /\b(woman|girl|female|mother|lady|man|boy|male|father)\b[^,;]*$/i.exec(left)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  return /^(?:woman|girl|female|mother|lady)$/.test(noun) ? 'She' : 'He';
}

/** The pronoun standing for a clause's subject ("They", "It", "We"), judged from its first verb; undefined when unclear. */
function pronounFor(left: string, rightVerb: string): string | undefined {
  if (/^we\b/i.test(left.trim())) return 'We';
  if (PRESENT_VERBS.includes(rightVerb)) return 'It';
  if (/^(?:are|were|have|do)$/.test(rightVerb)) return 'They';
  if (/^(?:is|was|has|does)$/.test(rightVerb)) return 'It';
  const verb = /\b(is|was|has|does|are|were|have|do)\b/.exec(left)?.[1];
  if (!verb) return modalSubjectPronoun(left);
  return /^(?:are|were|have|do)$/.test(verb) ? 'They' : 'It';
}

// "RNA signatures may allow X and can be used with Y": with only a modal verb on the left, the subject's head noun
// says "They" (a plural in "-s") or "It"; a subject with a list or a comma is left alone.
function modalSubjectPronoun(left: string): string | undefined {
  const subject = /^([^,;:()]+?)\s+(?:can|could|may|might|will|would|should|must)\s/.exec(left.replace(/\s*\([^)]*\)/g, ''))?.[1];
  if (!subject || /\b(?:and|or|of|with|that|which|who|we|it|this|these)\b/i.test(subject)) return undefined;
  const head = subject.split(/\s+/).pop()!;
  if (!/^[a-z]/.test(head)) return undefined;
  return /[^su]s$/.test(head) ? 'They' : 'It';
}

// A finite verb in the words after a relative clause's closing comma: they go on with the sentence's main clause.
const MAIN_VERB_AFTER_CLAUSE = /(?:^|\s)(?:is|are|was|were|has|have|had|may|might|can|could|will|would|leads|led|causes|results|remains)\s/;

/** Whether the right side of "while"/"whereas" repeats a pair of words of the left side ("account for", "had gene"): the same verb, so a clause. */
function parallelClause(left: string, right: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z0-9-]+/).filter((w) => w !== '');
  const l = words(left);
  const pairs = new Set(l.slice(1).map((w, i) => `${l[i]} ${w}`));
  const r = words(right).slice(0, 16);
  // The pair comes after the right side's first word (its subject) and opens on no small word ("in the", "of a").
  return r.slice(2).some((w, i) => pairs.has(`${r[i + 1]} ${w}`) && r[i + 1]!.length >= 3 && !/^(?:and|the|with|for|from|than|that|this|these|those|into|their|its)$/.test(r[i + 1]!));
}

// The start of a right side that is only a predicate: an auxiliary or a third-person verb, maybe after an adverb.
// A past verb with its object ("but emphasised the need for X") has no subject either; "but elevated levels were" does.
const NO_SUBJECT = new RegExp(
  String.raw`^(?:[a-z]+ly\s+|also\s+|then\s+)?(?:(?:is|was|are|were|has|had|have|can|could|may|might|will|would|should|must|did|does|do|suggests|indicates|confirms|demonstrates|reveals|supports|${PRESENT_VERBS.join('|')})\s|(?:[a-z]{3,}ed|showed|found|made|gave|took|saw|led)\s+(?:the|a|an|that|its|their|this|these|no)\s)`,
);

/** True when the last clause of a left side runs on as a list after its verb ("was found whereas A, B"). */
function endsInList(left: string): boolean {
  const plain = left.replace(/\([^()]*\)|\[[^\]]*\]/g, '');
  let after = 0;
  for (const m of plain.matchAll(new RegExp(STRONG_VERB.source, 'gi'))) after = (m.index ?? 0) + m[0].length;
  return /,\s/.test(plain.slice(after).split(/;\s+/).pop()!);
}

function findCut(sentence: string): Cut | undefined {
  const depthAt = parenthesisDepth(sentence);
  const cuts: Cut[] = [];
  const patterns: { re: RegExp; lead: string }[] = [
    { re: /;\s+(?:however,\s+|whereas\s+)?/g, lead: '' },
    { re: /,\s+which\s+(?=(?:(?:then|also|further|thus|in turn|therefore)\s+)?(?:is|was|has|may|might|can|could|would|will|did|does|\w+s|\w+ed)\b)(?!(?:were|are|have)\b)/g, lead: 'This ' },
    // ", so it is important to ..." gives a consequence as a clause of its own; "so that" gives a purpose and stays.
    { re: /,\s+so\s+(?!that\b|as\b|far\b|much\b|many\b)(?=(?:it|they|we|this|these|the|there|patients|people)\s)/g, lead: 'So ' },
    { re: /,\s+while\s+(?!\w+ing\b)/g, lead: 'But ' },
    { re: /,\s+(?:although|though)\s+/g, lead: 'But ' },
    { re: /,\s+including\s+/g, lead: 'These include ' },
    { re: /,?\s+whereas\s+/g, lead: 'But ' },
    { re: /,\s+but\s+(?!that|also|not|rather|only|in|for|with)/g, lead: 'But ' },
    { re: /,\s+and\s+(?=\S)/g, lead: '' },
    // "X was seen in A and was greater in B": the second verb shares the subject, so it gets a pronoun.
    { re: /,?\s+and\s+(?=(?:is|was|are|were|has|had|have|can|could|may|might|did|does|do)\s)/g, lead: SAME_SUBJECT },
    // "X can be controlled by Y and correlates with Z": a second verb of the same subject, known to be a verb.
    { re: new RegExp(String.raw`,?\s+and\s+(?=(?:also\s+)?(?:${[...PRESENT_VERBS, ...PAST_VERBS].join('|')})\s)`, 'g'), lead: SAME_SUBJECT },
    // "X is approved for A, Y is under review, and ...": a second clause after a comma, with its own subject and verb.
    { re: /,\s+(?=(?:[\w\-]+\s+){1,3}(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\s)/g, lead: COMMA_SPLICE },
    { re: /,\s+who\s+(?=(?:are|were|have|had|did|got|received|underwent|\w+ed)\s)/g, lead: SAME_SUBJECT },
    { re: /,?\s+but\s+(?=(?:only|none|no|most|few|all|the|this|these|those|it|they|we|there)\s+\w+\s)/g, lead: 'But ' },
    { re: /,\s+suggesting\s+that\s+/g, lead: 'This suggests that ' },
    // ", confirming that X" and ", showing that X" say what the finding shows, as a claim of its own.
    { re: /,\s+confirming\s+that\s+/g, lead: 'This confirms that ' },
    { re: /,\s+(?:showing|demonstrating)\s+that\s+/g, lead: 'This shows that ' },
    // "A was seen (...), however, B was seen": two clauses joined by a bare comma and "however".
    { re: /,\s+however,\s+(?=\S)/g, lead: HOWEVER },
    // "People were assigned to A or B, using an algorithm with C": how a passive clause's action was done.
    { re: /,\s+(?=(?:using|applying|employing|utili[sz]ing)\s)/g, lead: DONE_USING },
    // "suggesting a role for X" names a thing, not a claim: no "that".
    { re: /,\s+suggesting\s+(?!that\b)/g, lead: 'This suggests ' },
    { re: /,\s+(?:thereby\s+)?(?:leading|resulting)\s+(?=to\s|in\s)/g, lead: CONSEQUENCE },
    { re: /,\s+followed\s+by\s+/g, lead: 'Next came ' },
    // "drugs A, B and C, all of which have been approved": "All of these have been approved".
    { re: /,\s+(?=(?:all|both|each|most|many|some|none|several|one|two|three|four) of (?:which|whom)\s)/g, lead: OF_WHICH },
    // "X rose and the rate fell": a second subject with its own verb starts a second sentence.
    { re: /\s+and\s+(?=(?:the|this|these|those|it|they|we|there|most|all|none|no)\s+(?:\S+\s+){0,3}(?:is|are|was|were|has|have|had|did|showed|remained|increased|decreased)\b)/g, lead: '' },
    { re: /,\s+indicating\s+that\s+/g, lead: 'This shows that ' },
    { re: /,\s+indicating\s+(?!that\b)/g, lead: 'This shows ' },
    { re: /,\s+yet\s+(?!\w+ly\b|again\b)/g, lead: 'But ' },
    // "Guidelines advise X, but vary about Y": a second verb of the same subject after ", but".
    { re: /,\s+but\s+(?=(?:also\s+)?(?:vary|differ|remain|lack|fail|require|need|share|show|have|do|did|had|was|were|is|are|has|can|could|may|might)\s)/g, lead: BUT_SAME },
    // ", and, very recently, two studies were published": a new clause after "and" and an aside.
    { re: /,?\s+and,\s+(?=\S)/g, lead: AND_ASIDE },
    { re: /,\s+and\s+(?=(?:in|on|at|by|during|after|before|since|from|for|within|over)\s[^,;]{1,30},\s)/g, lead: AND_ASIDE },
    // "X was the most used plan while Y was the most used drug": "while" between two clauses with their own subjects.
    { re: /\s+while\s+(?=(?:[\w\-]+\s+){1,3}(?:\([^)]*\)\s+)?(?:is|are|was|were|has|have|had)\s)/g, lead: 'But ' },
    // "X is the most common cancer in women and radiotherapy is the standard treatment": "and" before a new subject.
    { re: /\s+and\s+(?=(?:[\w\-]+\s+){1,2}(?:is|are|was|were|has|have|had)\s)/g, lead: COMMA_SPLICE },
    // ", based on X" and ", due to X" give the reason for the whole clause.
    { re: /,\s+(?=(?:(?:possibly|probably|likely|partly|mainly|largely|mostly|especially|perhaps)\s+)?(?:based on|due to|owing to|because of)\s)/g, lead: REASON },
    // "Lurasidone is an antipsychotic drug, with an oral bioavailability of 9-19%": what the subject has.
    { re: /,\s+with\s+(?=(?:a|an|the|high|low|good|poor|\d)\b)/g, lead: WITH },
    // "L-G syndrome is an epilepsy of childhood, associated with slow spike waves": more about the subject of "X is".
    { re: /,\s+(?=(?:linked to|associated with|marked by|characteri[sz]ed by|caused by)\s)/g, lead: WITH },
    // "We did a study to find out X": the purpose as a sentence of its own.
    { re: /\s+(?=to\s+(?:find out|check|study|test|see|learn|look at|compare|measure|assess|evaluate|determine|investigate|examine|explore|describe)\s)/g, lead: PURPOSE },
    // "diseases such as A, B and C": the examples as a sentence of their own.
    { re: /,?\s+such as\s+/g, lead: EXAMPLES },
    // "X is in phase 3, and bimagrumab is a new agent": a named subject with its own verb after ", and".
    { re: /,\s+and\s+(?=(?:[\w\-]+\s+){1,3}(?:is|are|was|were|has|have|had|will|may|can|could)\s)/g, lead: NEW_SUBJECT },
    // "We did an analysis of 643 patients, studying factors ...": what "we" did next, in the past tense.
    { re: new RegExp(String.raw`,\s+(?=(?:${Object.keys(WE_DID).join('|')})\s)`, 'g'), lead: WE_DID_MARK },
    // "We describe X, and compare Y": "we" did both.
    { re: /,?\s+and\s+(?=(?:also\s+)?(?:show|showed|compare|compared|describe|described|find|found|report|reported|identify|identified|propose|proposed|discuss|discussed|provide|provided|present|presented|review|reviewed|demonstrate|demonstrated|examine|examined|test|tested|suggest|suggested|develop|developed|performed|studied|analysed|analyzed|confirm|confirmed|observed|measured|highlight|highlighted|use|used)\s)/g, lead: WE },
    // "The sites are long, making the chance very low": what the clause caused, as "This makes ...".
    { re: new RegExp(String.raw`,\s+(?:thereby\s+|thus\s+)?(?=(?:${Object.keys(EFFECT_VERBS).join('|')})\s)`, 'g'), lead: EFFECT },
    // "because" opens a clause of its own; "not simply because of X" or "only because Y" narrows the clause before it.
    { re: /(?<!\b(?:not|simply|only|just|merely|solely|partly|mainly|largely|mostly|chiefly|precisely|probably|possibly|perhaps|likely)),?\s+because\s+(?!of\b)/g, lead: 'This is because ' },
  ];
  for (const { re, lead } of patterns) {
    for (const m of sentence.matchAll(re)) {
      const at = m.index ?? 0;
      if (depthAt[at] !== 0) continue;
      const resume = at + m[0].length;
      const rest = sentence.slice(resume);
      // "When X was raised, and Y ...": a left side that is only the opening "when" clause cannot stand alone.
      // A left side ending in "and", "of" or "the" would leave a sentence hanging.
      if (/\b(?:and|or|but|nor|of|to|the|a|an|with|for|in|by)\s*$/i.test(sentence.slice(0, at))) continue;
      // "...; however, persistence is low" and "but also to check": a left side ending on a link word is not finished.
      if (/\b(?:however|therefore|thus|hence|moreover|furthermore|nevertheless|also)\s*,?\s*$/i.test(sentence.slice(0, at))) continue;
      // ", and should not be translated" and ", but is probably located" have no subject: the right side cannot stand alone.
      if ((lead === '' || lead === 'But ') && /(?:and|but)\s+$/.test(m[0]) && NO_SUBJECT.test(rest)) continue;
      // "A, B, and C were not" ends a list: the right side's subject is only the list's last item.
      if ((lead === '' || lead === NEW_SUBJECT || lead === COMMA_SPLICE) && /and\s+$/.test(m[0]) && endsInList(sentence.slice(0, at))) continue;
      const opening = sentence.slice(0, at).replace(/\([^)]*\)/g, '').split(/[;:]\s+/).pop()!;
      if (SUBORDINATE_START.test(opening) && !/,/.test(opening)) continue;
      // "cIMT was nearly identical between cases (0.66 cm) and controls (0.65 cm)": an "and" without a comma after an
      // open "between" joins its pair; "controls" there is no verb with the left side's subject ("It controls").
      if (/^\s+and\s+$/.test(m[0]) && /\bbetween\s+(?:(?!\b(?:and|is|are|was|were|has|have|had)\b)[^,;])*$/i.test(sentence.slice(0, at).replace(/\([^()]*\)|\b(?:who|that|which)\s+\S+/g, ''))) continue;
      if (lead === '' && /and\s+$/.test(m[0]) && !joinsClauses(sentence.slice(0, at), rest)) continue;
      // "because Cmin/MIC and Cmin are sufficient": "and" inside the subject of a clause after "because" or "if"; a cut
      // there would leave "This is because Cmin/MIC." without a verb of its own.
      if ((lead === '' || lead === COMMA_SPLICE || lead === NEW_SUBJECT) && /and\s+$/.test(m[0]) && !FINITE_VERB.test(afterSubordinator(sentence.slice(0, at)))) continue;
      if (lead === '' && /^\s+and/.test(m[0]) && !FINITE_VERB.test(sentence.slice(0, at).split(/,\s+/).pop() ?? '')) continue;
      if (lead === '' && /and\s+$/.test(m[0]) && /^(?:is|was|are|were|has|had|have|can|could|may|might|did|does|do)\s/.test(rest)) continue;
      // "..., and synthesized by X" continues the verb phrase: a right side that starts with a participle has no subject.
      if (lead === '' && /and\s+$/.test(m[0]) && /^(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+ing|made|found|given|known|shown|seen|taken|driven|grown|held|kept|led|built)\b/.test(rest)) continue;
      // "; three new variants, A, B and C" continues a list: only a clause with its own verb stands alone.
      if (/^;/.test(m[0]) && !FINITE_VERB.test(rest.replace(/\([^)]*\)/g, ''))) continue;
      // "factors: A; B; and C" is a list even when its last item has a verb.
      if (/^;/.test(m[0]) && !FINITE_VERB.test(sentence.slice(0, at).split(/[;:]\s*/).pop() ?? '')) continue;
      // "while" and "although" must start a clause of their own, with a verb, not "while in hospital".
      // After "while" or "whereas" the right side often repeats the left side's verb after a longer subject ("A account
      // for 45%, whereas B account for ..."; "8 patients had X, while 21 DMD patients, 7 ... and 1 ... had Y").
      const contrast = /\b(?:while|whereas)\s+$/.test(m[0]);
      if ((lead === 'But ' || lead === 'This is because ' || lead === 'So ') && !FINITE_VERB.test(rest.split(/\s+/).slice(0, 8).join(' ')) && !(contrast && parallelClause(sentence.slice(0, at), rest))) continue;
      // "..., indicating that X and supporting Y": a second participle joined to the first needs the same subject the
      // cut takes away ("This shows that X and supporting Y").
      if (/^This (?:shows|suggests|confirms) that $/.test(lead) && /\s+and\s+(?:\w+ly\s+)?\w+ing\s/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
      // "including A, B and C" is only a list when nothing follows it: "including X, was ..." is not.
      if (lead === 'These include ' && /[,;]|\b(?:was|were|is|are)\b/.test(rest.replace(/\([^)]*\)/g, '').split(/,\s+(?:and|or)\s+/)[0]!.replace(/,\s*[^,]*$/, ''))) continue;
      // "X, which is caused by Y, may have Z" puts a relative clause in the middle: the rest needs X back.
      if (lead === 'This ' && /,\s+(?:is|are|was|were|has|have|had|may|might|can|could|will|would|cause|causes|caused|leads?|led|results?|remains?)\b/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
      // "alteration of a domain, which includes X, in the collagen protein leads to Y": the main verb comes a few words
      // after the relative clause's closing comma, so the left side is only a subject.
      // A verb of a relative clause there ("lipids and other contents that may interfere") is no main verb.
      if (lead === 'This ' && MAIN_VERB_AFTER_CLAUSE.test((/,\s+(?!(?:and|or|but|which|while|whereas|although|though)\b)([^,;]*)/.exec(rest.replace(/\([^)]*\)/g, ''))?.[1] ?? '').replace(/\b(?:that|which|who)\s+\S+/g, ''))) continue;
      // ", which serves as X, and simultaneously inducing Y": the "-ing" phrase belongs to the main clause.
      if (lead === 'This ' && /,\s+(?:and\s+)?(?:\w+ly\s+)?\w+ing\b/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
      // "A, followed by B, has shown": a main verb after a later comma means the cut fell inside the subject.
      if ((lead === 'Next came ' || lead === 'These include ') && /,\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|may|can|remains?|seems?|appears?|\w+ed)\s/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
      if (lead === OF_WHICH) {
        const [quantity, , relative] = rest.split(/\s+/);
        // "A and B, all of which are approved, are used": the left side is only a subject.
        if (/,\s+(?:\w+\s+)?(?:has|have|had|is|are|was|were|may|can)\s/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
        const words = rest.split(/\s+/).slice(3).join(' ');
        cuts.push({ at, resume: sentence.length - rest.length, lead: '' });
        // The lead needs the words after "of which" too, so the cut carries its own right side.
        cuts[cuts.length - 1] = { at, resume: sentence.length - words.length, lead: `${capitalise(quantity!.toLowerCase())} of ${relative === 'whom' ? 'them' : 'these'} ` };
        continue;
      }
      if (lead === AND_ASIDE) {
        // The clause after the aside needs its own subject and verb: "and, very recently, two studies were published".
        const clause = rest.replace(/^[^,]*,\s+/, '');
        if (!/^(?:[\w\-]+\s+){1,4}(?:is|are|was|were|has|have|had|can|may|will|\w+ed)\b/.test(clause) || !AUX_VERB.test(sentence.slice(0, at)) && !STRONG_VERB.test(sentence.slice(0, at)) && !/\b\w+ed\b/.test(sentence.slice(0, at))) continue;
        cuts.push({ at, resume, lead: '' });
        continue;
      }
      if (lead === BUT_SAME) {
        const left = sentence.slice(0, at).replace(/\([^)]*\)/g, '');
        if (!AUX_VERB.test(left) && !STRONG_VERB.test(left) && !/^(?:[\w\-]+\s+){1,6}?(?:advise|recommend|suggest|show|find|report|use|include|cause|affect|share|have)\b/i.test(left)) continue;
        if (SUBORDINATE_START.test(left.split(/[;:]\s+/).pop()!)) continue;
        const verb = rest.split(/\s+/)[0]!.toLowerCase() === 'also' ? rest.split(/\s+/)[1]!.toLowerCase() : rest.split(/\s+/)[0]!.toLowerCase();
        const pronoun = /^we\b/i.test(left.trim())
          ? 'we'
          : /^(?:is|was|has)$/.test(verb)
            ? 'it'
            : /^(?:vary|differ|remain|lack|fail|require|need|share|show|have|do|are|were)$/.test(verb)
              ? 'they'
              : pronounFor(left, verb)?.toLowerCase();
        if (!pronoun) continue;
        cuts.push({ at, resume, lead: `But ${pronoun} ` });
        continue;
      }
      if (lead === WITH) {
        const copula = /^(?:[^,;:()]|\([^()]*\))+?\s(is|are)\s/.exec(sentence)?.[1];
        const list = rest.replace(/[.!?]$/, '').replace(/^(?:linked to|associated with|marked by|characteri[sz]ed by|caused by)\s+/, '');
        // Only a "with" phrase that describes the subject of "X is/are ..." and has no verb of its own.
        if (!copula || /\b(?:\w+ed|being|having|is|are|was|were|respectively)\b|[;:]/.test(list) || wordCount(list) < 3) continue;
        const has = /^with\s/.test(m[0].replace(/^,\s+/, ''));
        cuts.push({ at, resume, lead: has ? (copula === 'are' ? 'They have ' : 'It has ') : copula === 'are' ? 'They are ' : 'It is ' });
        continue;
      }
      if (lead === REASON || lead === PURPOSE) {
        const left = sentence.slice(0, at).replace(/\([^)]*\)/g, '');
        if (!AUX_VERB.test(left) && !/\b(?:we|they)\s+\w+ed\b/i.test(left)) continue;
        if (wordCount(left) < 5 || /[;:]/.test(rest) || SUBORDINATE_START.test(left.split(/[;:]\s+/).pop()!)) continue;
        // "was used to find out" and "aimed to" make the purpose part of the verb.
        if (lead === PURPOSE && /\b(?:used|designed|needed|able|required|trying|aimed|sought|allowed|wanted|intended|planned|set out|went on|help|helps|how|order|was|were|is|are|\w+ed)\s*$/i.test(left)) continue;
        if (lead === PURPOSE && /\b(?:used|designed|developed|devised|aimed|intended|allow|allows|enable|enables|help|helps)\b/i.test(left.split(/,\s+/).pop()!)) continue;
        const past = /\b(?:was|were|had|did|got|made|found|took|gave|ran|saw|led|began|chose|sought|undertook)\b/.test(left) || /\b(?:we|they)\s+\w+ed\b/i.test(left) || (/\b\w+ed\b/.test(left) && !/\b(?:is|are|has|have|can|may)\b/.test(left));
        cuts.push({ at, resume, lead: past ? 'This was ' : 'This is ' });
        continue;
      }
      if (lead === EXAMPLES) {
        const list = rest.replace(/[.!?]$/, '');
        // Only a list of things that runs to the end, after a whole clause.
        if (!/,|\band\b|\bor\b/.test(list) || /[;:]|\b(?:is|are|was|were|has|have|had|can|may|because|due|which|that|who)\b/.test(list) || wordCount(list) < 3) continue;
        // Each example is a short name: a long item hides a verb or a second clause.
        if (list.replace(/\([^)]*\)/g, '').split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).some((item) => wordCount(item) > 5)) continue;
        if (!AUX_VERB.test(sentence.slice(0, at)) && !STRONG_VERB.test(sentence.slice(0, at))) continue;
        cuts.push({ at, resume, lead: 'Examples are ' });
        continue;
      }
      if (lead === COMMA_SPLICE) {
        const left = sentence.slice(0, at).replace(/\([^)]*\)/g, '');
        const subject = /^((?:[\w\-]+\s+){1,3}?)(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\s/.exec(rest)?.[1] ?? '';
        // The left side must be a whole clause with a verb of its own; the right side must start with a subject.
        if (!AUX_VERB.test(left) || SUBORDINATE_START.test(left.split(/[;:]\s+/).pop()!) || /^(?:[A-Z][\w\-]*\s+){0,3}$/.test(`${left.split(/,\s*/)[0]} `)) continue;
        if (/^(?:in|on|at|of|for|with|by|from|to|as|than|that|which|who|whose|where|when|if|and|or|but|yet|so|then|thus|hence|however|while|whereas|although|though|because|since|respectively|not|also|both|either)\b/i.test(subject)) continue;
        // "..., appear to have X": "to have" is an infinitive after a verb, no subject and verb of a new clause; nor does
        // "shown to have" make the left side a clause.
        if (/\b(?:that|which|who|than|and|or|not|to)\b/i.test(subject) || AUX_VERB.test(subject) || /^\d/.test(subject)) continue;
        if (!AUX_VERB.test(left.replace(/\bto\s+\w+/g, ''))) continue;
        cuts.push({ at, resume, lead: '' });
        continue;
      }
      if (lead === NEW_SUBJECT) {
        const left = sentence.slice(0, at);
        // "A, B, and C are linked to X" ends a list subject: only a left side with its own verb is a clause.
        if (!STRONG_VERB.test(left.replace(/\([^)]*\)/g, '')) || SUBORDINATE_START.test(left) || /\b(?:both|between|either|whether|than)\b/i.test(left)) continue;
        const subject = /^((?:[\w\-]+\s+){1,3}?)(?:is|are|was|were|has|have|had|will|may|can|could)\s/.exec(rest)?.[1] ?? '';
        if (/\b(?:that|which|who|than|as|and|or|not|also)\b/i.test(subject)) continue;
        cuts.push({ at, resume, lead: '' });
        continue;
      }
      if (lead === WE_DID_MARK) {
        const left = sentence.slice(0, at);
        // Only "we" with a past-tense verb: "We found X, using Y" -> "We found X. We used Y."
        if (!/^we\s+(?:\w+ed|did|found|made|took|saw|ran|got|gave|chose|sought|built)\b/i.test(left) || wordCount(left) < 5) continue;
        const participle = /^(\w+)/.exec(rest)![1]!;
        cuts.push({ at, resume: resume + participle.length + 1, lead: `We ${WE_DID[participle]} ` });
        continue;
      }
      if (lead === WE) {
        if (!/^(?:here\s+)?we\s/i.test(sentence) || /,/.test(sentence.slice(0, at).replace(/\([^)]*\)/g, '').replace(/,\s*$/, '')) && !/,\s+and\s+$/.test(m[0])) continue;
        cuts.push({ at, resume, lead: 'We ' });
        continue;
      }
      if (lead === EFFECT) {
        const left = sentence.slice(0, at);
        // "X C282Y, accounting for 80%, and H63D, which ...": the phrase sits inside a list of names that goes on.
        if (/,\s+(?:and|or)\s+(?:[\w\-]+\s+){0,2}[\w\-]+(?:,\s+(?:which|who)\b|[.!?]?$)/.test(rest)) continue;
        if (!STRONG_VERB.test(left.replace(/\([^)]*\)/g, '')) || SUBORDINATE_START.test(left) || wordCount(left) < 5) continue;
        const participle = /^(?:thereby\s+|thus\s+)?(\w+)/.exec(rest)?.[1] ?? '';
        const past = /\b(?:was|were|had)\b/.test(left) && !/\b(?:is|are|has|have)\b/.test(left);
        const [present, pastForm] = EFFECT_VERBS[participle]!;
        cuts.push({ at, resume: resume + /^(?:thereby\s+|thus\s+)?\w+/.exec(rest)![0].length, lead: `This ${past ? pastForm : present} ` });
        continue;
      }
      if (lead === HOWEVER) {
        // Both sides are clauses with their own verbs: "however" between a verb and its object joins no clauses.
        const left = sentence.slice(0, at).replace(/\([^)]*\)/g, '');
        // "Patients who took X, however, did not ..." puts "however" inside one clause: the right side has no subject.
        if (NO_SUBJECT.test(rest) || /^(?:not|never|only)\b/.test(rest)) continue;
        if (!FINITE_VERB.test(rest.replace(/\([^)]*\)/g, '').split(/\s+/).slice(0, 10).join(' ')) || !STRONG_VERB.test(left) || SUBORDINATE_START.test(left)) continue;
        cuts.push({ at, resume, lead: 'However, ' });
        continue;
      }
      if (lead === DONE_USING) {
        // Only after a whole passive clause ("were assigned", "is measured"): after "we" the participle is WE_DID's.
        const left = sentence.slice(0, at).replace(/\([^)]*\)/g, '');
        const passive = /\b(is|are|was|were)\s+(?:\w+ly\s+)?(?:[a-z]+ed|done|made|found|seen|given|taken|kept|held|known|shown|drawn|chosen)\b/.exec(left);
        if (!passive || /^(?:here\s+)?we\b/i.test(left.trim()) || SUBORDINATE_START.test(left) || wordCount(left) < 5) continue;
        // A main verb after a later comma ("..., using X, was found") means the phrase sits inside the clause.
        if (/,\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|may|can)\b/.test(rest.replace(/\([^)]*\)/g, ''))) continue;
        cuts.push({ at, resume, lead: /^(?:was|were)$/.test(passive[1]!) ? 'This was done ' : 'This is done ' });
        continue;
      }
      if (lead === CONSEQUENCE) {
        const past = isPastClause(sentence.slice(0, at));
        const verb = /^to\s/.test(rest) ? (past ? 'led' : 'leads') : past ? 'resulted' : 'results';
        cuts.push({ at, resume, lead: `This ${verb} ` });
        continue;
      }
      if (lead === SAME_SUBJECT) {
        const left = sentence.slice(0, at);
        // "who" after a singular noun could be a he or a she: only plural nouns and words that say which become pronouns.
        const person = /who\s+$/.test(m[0]) ? personPronoun(left) : undefined;
        if (/who\s+$/.test(m[0]) && !person) continue;
        if (!FINITE_VERB.test(left) && !LEFT_VERB.test(left.replace(/\([^)]*\)/g, '')) && !NAME_VERB_OBJECT.test(left)) continue;
        // "X is a disease marked by A, and caused by B": a past form before "by" is a passive participle that shares the
        // left side's "is"; the new sentence says it again ("It is caused by B"), or the cut is not made.
        if (/^(?:also\s+)?[a-z]+\s+by\b/.test(rest) && PAST_VERBS.includes(/^(?:also\s+)?([a-z]+)/.exec(rest)![1]!)) {
          const be = /\b(is|are|was|were)\b/.exec(left.replace(/\([^)]*\)/g, ''))?.[1];
          if (!be) continue;
          cuts.push({ at, resume, lead: `${/^(?:are|were)$/.test(be) ? 'They' : 'It'} ${be} ` });
          continue;
        }
        const pronoun = person ?? pronounFor(left, rest.split(/\s+/)[0]!.toLowerCase());
        if (!pronoun) continue;
        cuts.push({ at, resume, lead: `${pronoun} ` });
        continue;
      }
      // "; however," keeps its meaning as a new sentence starting "However,".
      const keepHowever = /however/i.test(m[0]) ? 'However, ' : '';
      cuts.push({ at, resume, lead: keepHowever || lead });
    }
  }
  if (cuts.length === 0) return undefined;
  // Prefer the cut nearest the middle so both halves shrink.
  const middle = sentence.length / 2;
  cuts.sort((a, b) => Math.abs(a.at - middle) - Math.abs(b.at - middle));
  return cuts[0];
}

// ", and" joins two clauses (not the end of a list) when the right side has its own verb and either starts
// with a subject word or the left side has a verb too.
function joinsClauses(left: string, right: string): boolean {
  // "than did the others" and "as did X" compare; their verb does not start a clause.
  const head = right
    .split(/\s+/)
    .slice(0, 12)
    .join(' ')
    .replace(/\b(?:than|as)\s+(?:did|do|does|was|were|is|are|had|has|have)\b/gi, '')
    // "and 40 years old in groups who had X" leaves out its verb: the verb of a relative clause does not count.
    .replace(/\b(?:who|that|which|whose)\s+\S+/gi, '');
  // "the only case reported in X" has a participle, not a verb: an "-ed" word before a preposition does not count.
  const rightHasVerb = FINITE_VERB.test(head.replace(/\b\w+ed\s+(?=(?:by|in|with|from|at|on|for|to|as)\b)/g, ''));
  if (!rightHasVerb) return false;
  // "A, B, and a greater C" ends a list: a comma earlier in the same clause marks it.
  const leftHasList = /,/.test(left.replace(/\([^)]*\)/g, ''));
  if (leftHasList && !/^(?:it|they|we|he|she|there|this|these|those|patients|all|most|none|no)\b/i.test(right)) return false;
  if (CLAUSE_START.test(right)) return true;
  const leftClause = left.split(/,\s+/).pop() ?? left;
  return FINITE_VERB.test(left) && !/,/.test(left.replace(/\([^)]*\)/g, '')) && wordCount(leftClause) >= 4;
}


// Who a study's finding was seen in: "in 40 adults with ...", "among older women who ...".
const QUALIFIER =
  /\s+(in|among)\s+(?!(?:which|whom|whose)\b)(?=(?:(?:the|all|\d[\d,.]*%?|[a-z-]+)\s+){0,3}(?:patients|people|children|adults|women|men|infants|individuals|subjects|participants|newborns|teenagers|families|cases|those|mice|rats)\s+(?:with|who|aged|having|from|undergoing|getting|treated|given|after|on)\b)/g;

// A finding told in the past tense: "was seen", or a past verb such as "showed" or "improved".
const PAST_FINDING = /\b(?:was|were|showed|had|led|caused|improved|reduced|lowered|raised|increased|decreased|extended|prolonged|produced|achieved|induced|found|identified|detected|observed|saw|noted)\b/;

/**
 * Moves a trailing "in people with ..." qualifier of a long past-tense finding into its own sentence:
 * "X rose in 40 adults with asthma who smoked." -> "X rose. This was in 40 adults with asthma who smoked."
 */
export function moveQualifier(sentence: string, maxWords = 14): string[] {
  if (wordCount(sentence) <= maxWords) return [sentence];
  const leading = moveLeadingQualifier(sentence);
  if (leading) return leading;
  const depth = parenthesisDepth(sentence);
  // Only the first qualifier: a later one is often the next item of a list ("in A, in B and in C").
  const m = QUALIFIER.exec(sentence);
  QUALIFIER.lastIndex = 0;
  if (!m) return [sentence];
  const at = m.index;
  if (depth[at] !== 0) return [sentence];
  const left = sentence.slice(0, at).trim();
  const right = sentence.slice(at).trim().replace(/[.!?]$/, '');
  // Only a finished past-tense finding ("X was seen") can lend its qualifier to "This was ...": a present-tense
  // claim ("X is a risk factor") is general, and a comma in it may attach the qualifier to something else.
  // "This confirms that X can be found" holds in general: a modal or a reporting verb in the present is no past finding.
  if (!PAST_FINDING.test(left) || /\b(?:is|are|appears?|seems?|remains?|can|could|may|might|will|would|should|must|confirms|shows|suggests|indicates)\b|,/.test(left.replace(/\([^)]*\)/g, ''))) return [sentence];
  if (wordCount(left) < 6 || wordCount(right) < 4) return [sentence];
  // The qualifier must run to the end: a second clause or predicate after it ("... and positively linked") would lose its subject.
  if (/[;:]|,\s|\b(?:and|but|or)\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|\w+ed)\b|\bin\s+(?:which|whom|whose)\b/.test(right)) return [sentence];
  // A verb of its own after the qualifier ("... while its prevalence among those with heart disease was 16.9%") makes
  // the qualifier part of that verb's subject; a verb of a relative clause ("children who were ...") does not.
  if (/\b(?:is|are|was|were|has|have|had)\b/.test(right.replace(/\b(?:who|that|which)\s+(?:\w+\s+)?(?:is|are|was|were|has|have|had)\b/g, ''))) return [sentence];
  // "compared with those in ..." and "than in ..." compare two groups: both belong to one sentence.
  if (/\b(?:than|compared|versus|vs|between|from|to|with|of|and|or)$/i.test(left) || /\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s/i.test(sentence)) return [sentence];
  return [finish(left), `This was ${right}.`];
}

// "In five children with X, the scan found Y": the group a finding was seen in, before the finding.
const LEADING_QUALIFIER =
  /^(In|Among)\s+((?:(?:the|all|\d[\d,.]*%?|[a-z-]+)\s+){0,3}(?:patients|people|children|adults|women|men|infants|individuals|subjects|participants|newborns|teenagers|families|cases|mice|rats)\s+(?:with|who|aged|having|from|undergoing|getting|treated|given|after|on)\b[^,;:()]*),\s+(.+)$/;

// "In five children with X, the scan found Y." -> "The scan found Y. This was in five children with X."
function moveLeadingQualifier(sentence: string): string[] | undefined {
  const m = LEADING_QUALIFIER.exec(sentence.trim());
  if (!m) return undefined;
  const [, preposition, group, claim] = m;
  const main = claim!.replace(/\([^)]*\)/g, '');
  // Same rule as the trailing qualifier: a single past-tense finding, no present-tense general claim ("gives"), no
  // second clause. Any "-s" word before "was/were" counts as a present verb: this misses some plural subjects, on purpose.
  if (!/\b(?:was|were)\b/.test(main) || /\b(?:is|are|appears?|seems?|remains?|\w+[^s\W]s)\s+(?!\w+ed\b)/.test(main.replace(/\b(?:was|were)\b.*$/, '')) || /[,;:]/.test(main)) return undefined;
  if (FINITE_VERB.test(group!.replace(/\b(?:treated|given|aged|affected|infected|\w+ed)\b/g, '')) || wordCount(claim!) < 5) return undefined;
  // "In patients with X, it was ..." and "they" lean on the group: they cannot come first.
  if (/^(?:it|they|this|these|those|such|both|the latter|the former)\b/i.test(claim!)) return undefined;
  return [finish(capitalise(claim!)), `This was ${preposition!.toLowerCase()} ${group!.trim()}.`];
}

// "A, B, C and D were linked to Y": a list of three or more plain items before the sentence's first verb.
const LIST_SUBJECT = /^((?:[^,;:()]+,\s+){2,}[^,;:()]+?,?\s+(?:and|or)\s+[^,;:()]+?)\s+(were|are)\s+(.+)$/;

/**
 * Splits a long sentence whose subject is a list of three or more items into the claim and the list:
 * "A, B, C and D were linked to Y." -> "Several things were linked to Y. These were A, B, C and D."
 */
export function splitListSubject(sentence: string, maxWords = 14): string[] {
  if (wordCount(sentence) <= maxWords) return [sentence];
  const m = LIST_SUBJECT.exec(sentence.trim());
  if (!m) return [sentence];
  const [, list, verb, rest] = m;
  // "In multivariate analysis, A, B and C were linked": the first item is a setting, not a thing of the list.
  if (/^(?:in|after|among|for|on|at|during|with|by|from|of|before|under|within|across|when|if)\s/i.test(list!)) return [sentence];
  // "But most, if not all, of the other sites are X": a link word and a hedge between commas make no list of things.
  if (/^(?:but|and|or|so|yet|also)\s/i.test(list!) || /,\s+if not\s/i.test(list!)) return [sentence];
  // Items with a verb of their own are clauses, not a list of things.
  if (FINITE_VERB.test(list!.replace(/\b(?:\w+-)?(?:based|related|associated|linked|induced|mediated)\b/gi, ''))) return [sentence];
  // "such as" and "including" lists are examples, and a second clause in the predicate would change subject.
  if (wordCount(rest!) < 4 || /\b(?:such as|including|e\.g)\b/i.test(list!) || /[;:]|,\s+(?:and|but|or|while|whereas)\s/.test(rest!)) return [sentence];
  const items = lowerFirstWord(list!);
  return [`Several things ${verb} ${rest!.trim().replace(/[.!?]$/, '')}.`, `These ${verb} ${items}.`];
}

// "Alcohol use, ..." continues a sentence after "These were": a common word loses its capital, a name
// ("Parkinson's disease", "Down syndrome") or an abbreviation keeps it.
function lowerFirstWord(text: string): string {
  return /^[A-Z][a-z]+(?=[\s,])(?!\s+[A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

// "To find out X, we studied Y" and "Using X, we found Y": a leading purpose or method before "we".
const LEADING_PHRASE = /^(To|Using|By using|By)\s+([^;]+?),\s+(we|the authors|the researchers|the investigators)\s+(.+)$/i;

// The verb right after "we": regular past tenses, common irregular ones and auxiliaries.
const LEADING_VERB =
  /^(?:(?:also|then|first|further|now)\s+)?(?:\w+ed|found|find|identify|saw|made|took|gave|got|had|did|have|has|are|were|can|could|may|might|will|would|should|must|present|report|describe|show|demonstrate|reveal|identify|provide|establish|uncover|define|characteri[sz]e|develop|confirm|propose|conclude|sought|chose|began|ran|built|set|put|need|use|study|test|measure|compare|examine|analy[sz]e)\b/i;

/**
 * Moves a leading purpose or method phrase of a long sentence into its own sentence:
 * "To find out X, we studied Y." -> "We studied Y. This was to find out X."; "Using X, we found Y." -> "We used X. We found Y."
 */
export function splitLeadingPhrase(sentence: string, maxWords = 14): string[] {
  if (wordCount(sentence) <= maxWords) return [sentence];
  const m = LEADING_PHRASE.exec(sentence.trim());
  if (!m) return [sentence];
  const [, lead, phrase, subject, rest] = m;
  if (wordCount(phrase!) < 2 || wordCount(rest!) < 3 || !LEADING_VERB.test(rest!)) return [sentence];
  // "To our knowledge, we" and "To date, we" are asides, not purposes.
  if (/^to$/i.test(lead!) && /^(?:our|the|this|these|date|my|a|an|some|that|its|their|his|her|best)\b/i.test(phrase!)) return [sentence];
  // "To highlighting X, we show": a source slip "This was to highlighting" would repeat.
  if (/^to$/i.test(lead!) && /^\w+ing\b/i.test(phrase!)) return [sentence];
  const who = capitalise(subject!.toLowerCase());
  const claim = `${who} ${rest!.trim()}`;
  // "To achieve this, we determined ..." points back at a sentence the point does not show: "This was to achieve
  // this." would say nothing, so the finding stands alone.
  if (/^to$/i.test(lead!) && /\b(?:this|that|these|those|it|them|so)\s*$/i.test(phrase!)) return [finish(claim)];
  if (/^to$/i.test(lead!)) return [finish(claim), `This was to ${phrase!.trim()}.`];
  // "By combining X, we show Y" -> "We show Y. We did this by combining X."
  if (/^by$/i.test(lead!)) return /^\w+ing\b/.test(phrase!) ? [finish(claim), `${who} did this by ${phrase!.trim()}.`] : [sentence];
  return [`${who} used ${phrase!.trim()}.`, finish(claim)];
}
