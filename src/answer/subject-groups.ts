import { escapeRegExp } from '../lib/index.js';
import { isRelationWord, type QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';

/**
 * One subject of a question: the stems of a run of adjacent content words ("colorectal cancer", "vitamin d
 * deficiency"), with the short forms the question gives for it in brackets ("myelodysplastic syndrome (MDS)").
 */
export type SubjectGroup = {
  text: string;
  words: string[];
  stems: string[];
  alternatives: string[];
  /** Set when the run is only the reader's wording ("away" of "go away on its own"): a text need not speak of it. */
  wording?: boolean;
  /** Set when the run only says who is asked about ("older adults", "bedridden"): population.ts. */
  population?: boolean;
  /** Set on what a yes/no question asks an effect on ("fractures" of "reduce fractures"): relation-object.ts. */
  object?: boolean;
  /**
   * The text of the subject this one is an alternative to, when the question joins them by "or" ("heart attack or
   * stroke"): either one said says that subject (subjectUnit).
   */
  orOf?: string;
};

/** The subject a group stands for: its own text, or that of the first of the alternatives "or" joins it to. */
export function subjectUnit(group: SubjectGroup): string {
  return group.orOf ?? group.text;
}

/** Whether a subject is among the groups said, its "or" alternatives counting as one ("heart attack or stroke": either said). */
export function unitSaid(said: readonly SubjectGroup[], group: SubjectGroup): boolean {
  return said.some((s) => subjectUnit(s) === subjectUnit(group));
}

/**
 * The question's subjects: runs of adjacent subject words with nothing but a space or hyphen between them, so
 * "Does smoking increase the risk of colorectal cancer?" has two subjects, smoking and colorectal cancer. Generic
 * wording (risk, treatment) and relation words (increase, help, protective) separate subjects and belong to none;
 * so does what `isWording` calls everyday wording.
 */
export function subjectGroups(analysis: QuestionAnalysis, isWording: (word: string) => boolean = () => false): SubjectGroup[] {
  const subjects = analysis.concepts.filter((c) => !c.generic && !isRelationWord(c.stem) && !isWording(c.word));
  // Generic wording inside a name ("syndrome" of "myelodysplastic syndrome") neither joins nor splits it, nor
  // does everyday wording ("every day").
  const generic = new Set(analysis.concepts.filter((c) => (c.generic || isWording(c.word)) && !isRelationWord(c.stem)).map((c) => c.word));
  const subject = new Map(subjects.map((c) => [c.word.split(' ')[0] as string, c.stem]));
  // The qualifier of a qualified name ("d" of "vitamin d") belongs to the name's run.
  const qualifiers = new Set(subjects.flatMap((c) => c.word.split(' ').slice(1)));
  const text = analysis.question.replace(/\b(yes or no|true or false)\W*$/i, '');
  const groups: SubjectGroup[] = [];
  let run: SubjectGroup | null = null;
  let bracketed = false;
  let last = 0;
  // Generic words inside a run, shown in its text only when a subject word follows them.
  let pending = '';
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const gap = text.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    const opensBracket = /\(\s*$/u.test(gap);
    if (/\)/u.test(gap)) bracketed = false;
    // A bracket after the question's end ("What about colchicine? (gout)", a thread's topic) is no other name of the
    // subject before it but a subject of its own: the answer must speak of the thread's topic too.
    const afterEnd = opensBracket && /[?.!]/u.test(gap);
    if (afterEnd) [run, pending] = [null, ''];
    // A stop word that opens a name ("Down" of "Down syndrome") is no content word alone but keys the name's term.
    const bare = match[0].toLowerCase().replace(/['’]s$/u, '');
    const word = contentTerms(match[0])[0]?.word ?? (subject.has(bare) ? bare : undefined);
    const stem = word === undefined ? undefined : subject.get(word);
    // A short form in brackets right after a subject names that subject: "myelodysplastic syndrome (MDS)".
    if (opensBracket && !afterEnd && run && stem !== undefined) {
      run.alternatives.push(stem);
      bracketed = true;
      continue;
    }
    if (bracketed) continue;
    if (run && qualifiers.has(match[0].toLowerCase()) && /^(?:\s|-|‐)+$/u.test(gap)) {
      run.text = `${run.text}${gap}${match[0]}`;
      continue;
    }
    const joined = run !== null && /^(?:\s|-|‐)+$/u.test(gap);
    if (stem === undefined) {
      if (word !== undefined && generic.has(word) && run && joined) pending = `${pending}${gap}${match[0]}`;
      else [run, pending] = [null, ''];
      continue;
    }
    if (run && joined) {
      run.text = `${run.text}${pending}${gap}${match[0]}`;
      run.words.push(word as string);
      run.stems.push(stem);
    } else {
      run = { text: match[0], words: [word as string], stems: [stem], alternatives: [] };
      groups.push(run);
    }
    pending = '';
  }
  // "Is a heart attack hereditary?" asks whether the subject has a property: the closing adjective is a subject of
  // its own, not part of the name before it.
  const closing = groups.at(-1);
  if (closing && closing.words.length >= 2 && COPULA_QUESTION.test(text) && ADJECTIVE.test(closing.words.at(-1) as string) && new RegExp(`${escapeRegExp(closing.words.at(-1) as string)}\\W*$`, 'i').test(text)) {
    const [word, stem] = [closing.words.pop() as string, closing.stems.pop() as string];
    closing.text = closing.text.slice(0, closing.text.toLowerCase().lastIndexOf(word)).trim();
    groups.push({ text: word, words: [word], stems: [stem], alternatives: [] });
  }
  // A lone word asking whether genes are at work ("the genetic cause of familial expansile osteolysis", "Is psoriasis
  // hereditary?") is said by a text on the genes themselves ("two heterozygous insertion mutations in exon 1 of
  // TNFRSF11A"), which need not write the adjective.
  for (const g of groups) if (g.words.length === 1 && HEREDITY.test(g.words[0] as string)) g.alternatives.push(...HEREDITY_STEMS);
  // People asked about by their sex ("more severe in girls than in boys") are said by the words of that sex
  // ("more severe in females than in males").
  for (const g of groups) {
    const sex = g.words.length === 1 ? SEXES.find(([re]) => re.test(g.words[0] as string)) : undefined;
    if (sex) g.alternatives.push(...sex[1]);
  }
  // A word asked twice ("Is X ... X?") is one subject.
  const seen = new Set<string>();
  const kept = groups.filter((g) => {
    // A lone past participle ("tested" in "What medication was tested in ...?") is the question's verb, and so is a
    // lone word in -s before an article ("Which chromosome carries the HD gene?").
    if (!g.stems.length || g.words.every((w) => /[^e]ed$/u.test(w) && w.length > 4)) return false;
    if (g.words.length === 1 && /s$/u.test(g.text) && new RegExp(`\\b${escapeRegExp(g.text)}\\s+(?:the|a|an)\\b`, 'iu').test(text)) return false;
    // So is a lone word an object pronoun follows at once ("a treatment that slows it down", "what helps me sleep"): no
    // noun is followed by "it", "me", "him" or "them".
    if (g.words.length === 1 && new RegExp(`\\b${escapeRegExp(g.text)}\\s+(?:it|me|him|them)\\b`, 'iu').test(text)) return false;
    const key = g.stems.join(' ');
    return !seen.has(key) && seen.add(key);
  });
  // Alternatives joined by "or" ("the risk of heart attack or stroke") are one subject: either said says it.
  const lower = text.toLowerCase();
  let from = 0;
  let previous: { group: SubjectGroup; end: number } | null = null;
  for (const g of kept) {
    const at = lower.indexOf(g.text.toLowerCase(), from);
    if (at < 0) continue;
    if (previous && /^\s*,?\s*or\s+(?:an?\s+|the\s+)?$/.test(lower.slice(previous.end, at))) g.orOf = subjectUnit(previous.group);
    previous = { group: g, end: at + g.text.length };
    from = previous.end;
  }
  return kept;
}

const COPULA_QUESTION = /^(?:is|are|was|were)\b/i;

// Adjectives asking about heredity, and the stems (porter) of the words a text on genes uses: gene, genetic, mutation,
// mutant, allele, locus, genotype, inherited, hereditary, heritable.
const HEREDITY = /^(?:genetic|genetics|hereditary|heritable|inherited)$/i;
const SEXES: [RegExp, string[]][] = [
  [/^(?:women|woman|girls?|females?|ladies|lady)$/i, ['femal', 'women', 'woman', 'girl']],
  [/^(?:men|man|boys?|males?)$/i, ['male', 'men', 'man', 'boi']],
];
const HEREDITY_STEMS = ['gene', 'genet', 'mutat', 'mutant', 'allel', 'locu', 'genotyp', 'inherit', 'hereditari', 'herit'];
const ADJECTIVE = /(?:ary|ous|ic|ical|ive|able|ible|ful|ile|less)$/;

/**
 * Whether a set of stems speaks of a subject: names half of its words ("tests" of "genetic tests", two words of
 * "post nasal drip"), or a short form the question gives for it. A word that only begins the subject's word
 * ("breast" in "breastfeeding", "heart" in "heartburn") does not name it.
 */
export function speaksOfGroup(stems: ReadonlySet<string>, group: SubjectGroup): boolean {
  if (group.alternatives.some((s) => mentionsWhole(stems, s))) return true;
  const named = group.stems.filter((s) => mentionsWhole(stems, s));
  // A qualified name in the run ("vitamin d" of "vitamin D supplementation") is what the run is about: "vitamin K
  // supplementation" shares half the run's words but not its subject. (A text that writes no other qualifier of the
  // name may just spell it in a way not read as one: "type A" is read without its "A".)
  if (group.stems.some((s) => s.includes(' ') && !named.includes(s) && namesOtherQualifier(stems, s))) return false;
  // Half of a run will do ("post nasal drip" needs two of its words): a run may hold the question's verb ("atemoya
  // juice inhibit CYP3A4") or words the evidence puts otherwise ("diabetes" for "diabetes mellitus").
  // A name whose head is a class word ("ACE inhibitors", "dopamine receptor", "Fabry disease") is said by its specific
  // word: an "interleukin-2 inhibitor" or another receptor names only the class, which is half the words but none of
  // the name.
  const specific = group.stems.filter((s) => !isClassWord(s));
  if (specific.length && specific.length < group.stems.length && !named.some((s) => specific.includes(s))) return false;
  return named.length >= Math.ceil(group.stems.length / 2);
}

// Heads naming a class of things of which the word before picks one: the stems (porter) of inhibitor, antagonist,
// agonist, blocker, receptor, syndrome, disease, disorder, deficiency, gene, protein, enzyme, antibody, factor,
// kinase, channel, mutation, virus and their plurals. Not "cell": a sentence on the cells a question's "melanoma
// cells" come from ("melanocytes (their only pigment cell type) contains ... Sox10") still speaks of them, and
// BioASQ "Is SOX10 expressed in melanoma cells?" lost its yes without it.
const CLASS_WORDS = new Set([
  'inhibitor', 'antagonist', 'agonist', 'blocker', 'receptor', 'syndrom', 'diseas', 'disord', 'defici',
  'gene', 'protein', 'enzym', 'antibodi', 'factor', 'kinas', 'channel', 'mutat', 'viru', 'virus',
]);

const isClassWord = (stem: string): boolean => CLASS_WORDS.has(stem);

/** Whether the stems name a qualified name's head with another qualifier ("vitamin k" for "vitamin d"). */
function namesOtherQualifier(stems: ReadonlySet<string>, qualified: string): boolean {
  const head = `${qualified.split(' ')[0] as string} `;
  for (const s of stems) if (s.startsWith(head) && s !== qualified) return true;
  return false;
}

// A stem that extends another by four letters or more is a compound or another word, not an inflection of it.
const COMPOUND_TAIL = 4;

function mentionsWhole(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  for (const s of stems) if (stemsMatch(s, stem) && !(stem.startsWith(s) && stem.length - s.length >= COMPOUND_TAIL)) return true;
  return false;
}

/**
 * The question's subjects a set of stems is held to: all but the runs of mere wording it does not speak of, so an
 * article on the spontaneous remission of polyarteritis nodosa need not say "away" ("Can it go away on its own?").
 */
export function subjectsHeldTo(stems: ReadonlySet<string>, groups: readonly SubjectGroup[]): SubjectGroup[] {
  // The wording is excused only beside subjects named in full: half a name ("sinus" of "sinus infection", from
  // "normal sinus rhythm") beside unsaid wording ("What would indicate a sinus infection?") is too little.
  const named = groups.filter((g) => !g.wording);
  const inFull = (g: SubjectGroup) => g.alternatives.some((s) => mentionsWhole(stems, s)) || g.stems.every((s) => mentionsWhole(stems, s));
  if (!named.length || !named.every(inFull)) return [...groups];
  return groups.filter((g) => !g.wording || speaksOfGroup(stems, g));
}

/** How many of the question's subjects a set of stems speaks of. */
export function subjectsSpoken(stems: ReadonlySet<string>, groups: readonly SubjectGroup[]): number {
  return groups.filter((g) => speaksOfGroup(stems, g)).length;
}
