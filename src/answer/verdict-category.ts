import { stemmer } from 'stemmer';
import { escapeRegExp } from '../lib/index.js';
import { absentAttribute } from './verdict-absent.js';
import { withdrawnStatus } from './verdict-status.js';

/** What a question says its subject is: "Is Wilson's disease an iron storage disease?" names a subject and a kind. */
export type AttributeClaim = { subject: string; aliases: string[]; attribute: string[] };

// Verbs by which a text puts something in a class ("is classified as", "described as").
const CLASS_VERB = '(?:described|classified|considered|known|regarded|defined|characteri[sz]ed|recogni[sz]ed|categori[sz]ed)(?:\\s+as)?';
const ASKS_CLASS = [
  new RegExp(`^(?:is|are|was|were)\\s+(?:the\\s+)?(.+?)\\s+(?:${CLASS_VERB}\\s+)?an?\\s+(.+)$`, 'i'),
  new RegExp(`^(?:the\\s+)?(.+?)\\s+(?:is|are)\\s+(?:${CLASS_VERB}\\s+)?an?\\s+(.+)$`, 'i'),
];
// Words that end the noun phrase naming the class ("a risk factor for ...", "a protein that ...").
const PHRASE_END = new Set(
  `of for in on at to by with from that which who whose where when than as and or but not nor during after before between
  among against via into through without within such like caused used found involved associated related linked able
  responsible required necessary is are was were has have had`.split(/\s+/),
);
// A subject that is no thing ("Is there a ...", "Is it a ...").
const NO_SUBJECT = /^(?:there|it|this|that|these|those|they|he|she)$/i;

// Questions whether something binds a molecule named by its code ("Does lucatumumab bind to CD140?").
const ASKS_TARGET = /^(?:does|do|did|can|could|will)\s+(?:the\s+)?(.+?)\s+(?:bind|target|recogni[sz]e)\s+(?:to\s+)?(?:the\s+)?([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)$/iu;

/**
 * The subject and class words of a question asking whether something is a kind of thing, or null. A question whether
 * it binds a molecule asks whether it is an agent against that molecule ("anti-CD140").
 */
export function attributeClaim(question: string): AttributeClaim | null {
  const asked = question.replace(/[,;]?\s*(?:yes or no|true or false)\W*$/i, '').replace(/[?.!\s]+$/, '').trim();
  const target = ASKS_TARGET.exec(asked);
  if (target && isCode(target[2] as string) && !NO_SUBJECT.test(target[1] as string)) return claimOn(target[1] as string, [`anti-${target[2]}`, 'agent']);
  for (const form of ASKS_CLASS) {
    const m = form.exec(asked);
    if (!m) continue;
    const subject = (m[1] as string).trim();
    // "Is progeria caused by an autosomal recessive gene?" asks for a cause, not a class.
    const clause = subject.split(/\s+/).some((w) => PHRASE_END.has(w.toLowerCase()) && !/^(?:of|and)$/i.test(w));
    if (NO_SUBJECT.test(subject) || clause || subject.split(/\s+/).length > 6 || /\b(?:than|not)\b/i.test(asked)) return null;
    const words: string[] = [];
    for (const w of (m[2] as string).split(/\s+/)) {
      const word = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (!word || PHRASE_END.has(word.toLowerCase())) break;
      words.push(word);
    }
    const attribute = agentAgainst(joinPrefixes(words));
    if (attribute.length < 2) return null;
    return claimOn(subject, attribute);
  }
  return null;
}

// Heads naming an agent by what it acts against ("TNF inhibitor", "tumor necrosis factor antagonist").
const AGENT_HEAD = /^(?:inhibitors?|antagonists?|blockers?)$/i;

// "tumor necrosis factor inhibitor" names its target as an agent against it: "anti-tumor-necrosis-factor inhibitor".
function agentAgainst(attribute: string[]): string[] {
  const head = attribute.at(-1) ?? '';
  const named = attribute.slice(0, -1);
  if (!AGENT_HEAD.test(head) || named.length < 1 || named.length > 4 || named.some((w) => /^anti/i.test(w))) return attribute;
  if (named.length === 1 ? !isCode(named[0] as string) : named.length < 3) return attribute;
  return [`anti-${named.join('-')}`, head];
}

function claimOn(subject: string, attribute: string[]): AttributeClaim {
  // "periampullary carcinoma (PAC)": the bracketed letters are another name of the subject.
  const aliases = [...subject.matchAll(/\(([^()]+)\)/g)].map((a) => (a[1] as string).trim());
  return { subject: subject.replace(/\s*\([^()]*\)/g, '').trim(), aliases, attribute };
}

// "pro apoptotic" is one word with its prefix, as "pro-apoptotic" is.
function joinPrefixes(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (/^(?:pro|anti|non)$/i.test(w) && next !== undefined) {
      out.push(`${w}-${next}`);
      i += 1;
    } else out.push(w);
  }
  return out;
}

// Chemical elements medicine names as what a disease stores, lacks or is poisoned by.
const ELEMENTS = new Set(
  `iron copper zinc lead mercury arsenic cadmium calcium magnesium sodium potassium manganese cobalt nickel chromium
  selenium iodine fluorine lithium aluminium aluminum silver gold platinum phosphorus sulfur sulphur thallium
  molybdenum boron barium strontium`.split(/\s+/),
);
// Kinds of microbe as nouns or adjectives ("retrovirus", "adenoviral", "bacterial", "fungi").
const MICROBE = /^(\w*?)(vir(?:al|us|uses|ion)|bacteri(?:al|um|a)|fung(?:al|us|i)|parasit(?:ic|e|es)|protozo(?:al|an|a))$/i;
// Qualities of which a thing has one or the other.
const POLES: [string, string][] = [
  ['benign', 'malignant'], ['dominant', 'recessive'], ['acute', 'chronic'], ['upregulated', 'downregulated'],
  ['gram-positive', 'gram-negative'], ['autosomal', 'x-linked'], ['hereditary', 'acquired'], ['pooled', 'arrayed'],
];
// Organs and regions by where they lie: "gi/stomach" is within "gi", so a gastric tumour is a gastrointestinal one,
// while "jaw" and "brain" or "liver" and "kidney" exclude each other.
const SITES: Readonly<Record<string, string>> = {
  brain: 'cns/brain', cerebral: 'cns/brain', intracranial: 'cns/brain', spinal: 'cns/spine',
  jaw: 'head/jaw', jaws: 'head/jaw', mandible: 'head/jaw', mandibular: 'head/jaw', maxilla: 'head/jaw', maxillary: 'head/jaw',
  oral: 'head/mouth', ocular: 'head/eye', eye: 'head/eye', retinal: 'head/eye/retina', nasal: 'head/nose',
  thyroid: 'neck/thyroid', lung: 'chest/lung', lungs: 'chest/lung', pulmonary: 'chest/lung', heart: 'chest/heart', cardiac: 'chest/heart',
  breast: 'chest/breast', mammary: 'chest/breast',
  gastrointestinal: 'gi', gastric: 'gi/stomach', stomach: 'gi/stomach', esophageal: 'gi/esophagus', oesophageal: 'gi/esophagus',
  intestinal: 'gi/intestine', colonic: 'gi/intestine/colon', colon: 'gi/intestine/colon', colorectal: 'gi/intestine/colon', rectal: 'gi/intestine/colon',
  liver: 'gi/liver', hepatic: 'gi/liver', biliary: 'gi/liver/bile', pancreatic: 'gi/pancreas', pancreas: 'gi/pancreas',
  genitourinary: 'gu', urinary: 'gu/urinary', kidney: 'gu/urinary/kidney', renal: 'gu/urinary/kidney', bladder: 'gu/urinary/bladder',
  prostate: 'gu/prostate', prostatic: 'gu/prostate', ovarian: 'gu/ovary', ovary: 'gu/ovary', testicular: 'gu/testis', uterine: 'gu/uterus',
  skin: 'skin', cutaneous: 'skin', dermal: 'skin', bone: 'bone', osseous: 'bone', adrenal: 'adrenal',
};

// Animals an antibody is raised against or in ("anti-human IL-6 receptor"): the target is the name after them.
const SPECIES = /^(?:human|mouse|murine|rat|rabbit|goat|sheep|bovine|porcine|canine)$/i;

// An antibody, or a drug named as one ("tocilizumab", "lucatumumab").
const ANTIBODY = /(?:antibod(?:y|ies)|\p{L}{3,}mab)$/iu;

// A code names a molecule: a digit, or two capitals ("IL-6", "TNF", "CD40", "NFkB").
const isCode = (w: string) => /\d/.test(w) || /\p{Lu}.*\p{Lu}/u.test(w) || /^\p{L}+\p{Lu}/u.test(w);

type Sorted = { sort: string; value: string };

/** What sort of qualifier a word is and which one of its sort, or null when it is of no sort we can compare. */
export function sortOf(word: string, next: string | undefined): Sorted | null {
  const lower = word.toLowerCase();
  const polar = /^(pro|anti)-?(\p{L}{5,})$/u.exec(lower);
  // "anti-TNF", "anti-IL-6": a target named by its code; "anti-human IL-6 receptor" names it after the species.
  const target = /^anti-?(.+)$/iu.exec(word);
  if (target) {
    const species = SPECIES.test(target[1] as string) && next !== undefined;
    // "anti-interleukin 6 receptor" names interleukin 6.
    const numbered = !species && next !== undefined && /^\d{1,2}$/.test(next);
    const named = species ? (next as string) : numbered ? `${target[1]}${next}` : (target[1] as string);
    if (isCode(named)) return { sort: 'target', value: named.toLowerCase().replace(/^interleukin/, 'il').replace(/[^\p{L}\p{N}]/gu, '') };
    // A name of three words or more is known by its initials ("tumor-necrosis-factor" is TNF).
    const parts = named.split(/[-‐]/);
    if (parts.length >= 3 && parts.every((p) => /^\p{L}+$/u.test(p))) return { sort: 'target', value: initials(parts) };
  }
  if (polar && (/-/.test(lower) || polar[1] === 'anti')) return { sort: `polar:${stemmer(polar[2] as string)}`, value: polar[1] as string };
  if (ELEMENTS.has(lower)) return { sort: 'element', value: lower };
  const microbe = MICROBE.exec(lower);
  if (microbe) return { sort: 'microbe', value: `${microbe[1]}${(microbe[2] as string).replace(/(?:al|uses|us|ion|um|a|i|ic|es|e|an)$/, '')}` };
  const site = SITES[lower];
  if (site) return { sort: 'site', value: site };
  const pole = POLES.find((p) => p.includes(lower));
  if (pole) return { sort: `pole:${pole[0]}`, value: lower };
  return null;
}

const SUBJECT = '\u2063X\u2063';
// Links that make what follows a description of what precedes ("X is a", "X, a", "X represents a").
const LINK = new RegExp(
  `^\\s*(?:,\\s*|\\s)(?:(?:is|was|are|were|represents|remains|becomes|acts)(?:\\s+\\w+ly)?(?:\\s+${CLASS_VERB}|\\s+as)?(?:\\s+(?:an?|the|one))?|an?)\\s+`,
  'i',
);

// Words that open a list of examples of a kind: "factors, including A, B and X".
const EXAMPLES = /,?\s*\b(?:including|such as|e\.g\.,?|especially|notably)\s/giu;
// The most words a list may hold before the subject.
const LIST_WORDS = 12;

// Where the list of examples the subject ends begins, or -1.
function listStart(before: string): number {
  let start = -1;
  let end = 0;
  for (const m of before.matchAll(EXAMPLES)) [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
  if (start < 0) return -1;
  const list = before.slice(end);
  return /[;.:()]/.test(list) || list.split(/\s+/).filter(Boolean).length > LIST_WORDS ? -1 : start;
}

/** The words of a sentence that describe the subject: the noun phrases linked to it, before and after. */
export function descriptions(sentence: string, claim: AttributeClaim): string[][] {
  const names = [claim.subject, ...claim.aliases].filter((n) => n.length >= 2);
  let text = sentence;
  for (const name of names) text = text.replace(subjectPattern(name, name !== claim.subject), ` ${SUBJECT} `);
  if (!text.includes(SUBJECT)) return [];
  // Brackets around the subject are apposition ("antibody (tocilizumab)"); short ones elsewhere are asides ("(IL-6R)").
  text = text.replace(new RegExp(`\\(\\s*${SUBJECT}\\s*\\)`, 'g'), ` ${SUBJECT} `).replace(/\s*\([^()]{0,30}\)/g, '');
  const subjectWords = wordsOf(claim.subject);
  const found: string[][] = [];
  let at = text.indexOf(SUBJECT);
  while (at >= 0) {
    const before = text.slice(0, at);
    const after = text.slice(at + SUBJECT.length);
    const link = LINK.exec(after);
    if (link) found.push(phraseAfter(after.slice(link[0].length)));
    else {
      // "pRetro-Super retrovirus vector": the subject names one of a kind.
      const compound = phraseAfter(after);
      if (compound.length) found.push([...subjectWords, ...compound]);
    }
    // "an anti-IL-6 receptor monoclonal antibody, tocilizumab" and "anti-apoptotic Bcl-2-like protein 1".
    const apposed = /,\s*$/.test(before);
    const premodifiers = phraseBefore(before.replace(/,\s*$/, ''));
    // Apposition opens with an article ("an anti-IL-6 receptor antibody, tocilizumab"); "anti-CD20 antibody
    // rituximab, tocilizumab" is a list.
    const opened = new RegExp(`\\b(?:an?|the)\\s+${premodifiers.map(escapeRegExp).join('\\s+')}\\s*,\\s*$`, 'i').test(before);
    // Its last word names the kind ("antibody"), not another drug ("the anti-CD20 antibody rituximab, tocilizumab").
    const kind = claim.attribute.map(stemOf).includes(stemOf(premodifiers.at(-1) ?? '')) || /^antibod/i.test(premodifiers.at(-1) ?? '');
    if (premodifiers.length && (!apposed || (opened && kind))) found.push(apposed ? premodifiers : [...premodifiers, ...subjectWords]);
    // "anti-apoptotic factors, including apoptosis regulator Bcl-2 and Bcl-2-like protein 1": one of a kind listed.
    const listed = listStart(before);
    if (listed >= 0) found.push(phraseBefore(before.slice(0, listed)));
    at = text.indexOf(SUBJECT, at + SUBJECT.length);
  }
  return found.filter((p) => p.length > 0);
}

/** A pattern for a subject's name, its words apart by spaces or hyphens; an abbreviation is matched as written. */
export function subjectPattern(name: string, abbreviation = false): RegExp {
  const tokens = name.replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`(?<![\\p{L}\\p{N}])${tokens.map(escapeRegExp).join(`(?:['’]?s)?[\\s\\-‐]*`)}(?:['’]?s)?(?![\\p{L}\\p{N}])`, abbreviation ? 'gu' : 'giu');
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu) ?? [];

// Noun-phrase words run up to punctuation or a word that ends the phrase.
function phraseAfter(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(/([\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu)) {
    if (m[2] !== undefined || PHRASE_END.has((m[1] as string).toLowerCase()) || m[1] === SUBJECT || words.length >= 8) break;
    words.push(m[1] as string);
  }
  return words;
}

function phraseBefore(text: string): string[] {
  const tokens = [...text.matchAll(/([\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu)];
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const m = tokens[i] as RegExpMatchArray;
    const word = (m[1] ?? '').toLowerCase();
    if (m[2] !== undefined || PHRASE_END.has(word) || /^(?:an?|the|is|are|was|were)$/.test(word) || words.length >= 8) break;
    words.unshift(m[1] as string);
  }
  return words;
}

const stemOf = (w: string) => stemmer(w.toLowerCase());

/**
 * Whether a description of the subject gives it another qualifier of the same sort as the question's ("copper
 * storage disease" for "iron storage disease", "anti-IL-6 receptor antibody" for "anti-TNF antibody", "retrovirus
 * vector" for "adenoviral vector", "anti-apoptotic" for "pro apoptotic"), qualifying the same word, while the
 * sentence nowhere names the question's qualifier.
 */
export function competes(claim: AttributeClaim, description: readonly string[], sentence: string): boolean {
  const attribute = claim.attribute;
  const words = wordsOf(sentence);
  const letters = sentence.match(/\p{L}+/gu) ?? [];
  // "tumour necrosis factor" names TNF as well.
  const sentenceKeys = [...words.flatMap((w, i) => sortKeys(w, words[i + 1])), ...letters.slice(2).map((_, i) => `code=${initials(letters.slice(i, i + 3))}`)];
  // The sentence names the asked qualifier somewhere ("TNF" beside "anti-IL-6"): it may say it of the subject too.
  const descriptionKeys = description.flatMap((w, i) => sortKeys(w, description[i + 1]));
  // An antibody's stated target settles it: "TNF" elsewhere in the sentence names other drugs ("anti-IL-6 receptor
  // antibody (tocilizumab) or TNF-α inhibitors"); other qualifiers must be absent from the whole sentence.
  const names = (asked: Sorted) =>
    (asked.sort === 'target' ? descriptionKeys : sentenceKeys).some((k) => {
      const [sort, value] = k.split('=') as [string, string];
      return (sort === asked.sort || (asked.sort === 'target' && sort === 'code')) && alike(value, asked.value);
    });
  const questionSorts = new Set(attribute.flatMap((w, i) => sortKeys(w, attribute[i + 1])));
  for (let i = 0; i < attribute.length - 1; i++) {
    const asked = sortOf(attribute[i] as string, attribute[i + 1]);
    if (!asked || names(asked)) continue;
    // What the question's qualifier qualifies: the words after it.
    const qualified = attribute.slice(i + 1).map(stemOf);
    for (let j = 0; j < description.length - 1; j++) {
      const given = sortOf(description[j] as string, description[j + 1]);
      if (!given || given.sort !== asked.sort || alike(given.value, asked.value) || questionSorts.has(`${given.sort}=${given.value}`)) continue;
      const rest = description.slice(j + 1).map(stemOf);
      // An antibody has one target, whatever word names it (a small molecule may have several); a prefix has one
      // pole ("anti-apoptotic factors"), whatever the word it qualifies.
      if (given.sort === 'target') {
        if (ANTIBODY.test(claim.subject) || description.some((w) => ANTIBODY.test(w))) return true;
        continue;
      }
      if (given.sort.startsWith('polar:') || qualified.some((s) => rest.includes(s))) return true;
    }
  }
  return false;
}

// One qualifier inside another names the same thing or one of its kind: "viral" and "retroviral", "IL-6" and "IL-6R".
const alike = (a: string, b: string) => a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);

const initials = (words: readonly string[]) => words.map((w) => (w[0] as string).toLowerCase()).join('');

function sortKeys(word: string, next: string | undefined): string[] {
  const keys: string[] = [];
  const s = sortOf(word, next);
  if (s) keys.push(`${s.sort}=${s.value}`);
  // A hyphened name also names each of its parts ("copper-associated" names copper).
  for (const part of word.split(/[-‐]/)) {
    if (part === word) continue;
    const p = sortOf(part, next);
    if (p) keys.push(`${p.sort}=${p.value}`);
  }
  // A code names the target it would be of ("TNF" in "tumour necrosis factors (TNF)").
  if (isCode(word)) keys.push(`code=${word.toLowerCase().replace(/^interleukin/, 'il').replace(/[^\p{L}\p{N}]/gu, '')}`);
  return keys;
}

/**
 * Whether a description of the subject gives it the question's own qualifiers ("a copper storage disease" for copper):
 * all of them, since "autosomal recessive" shares "autosomal" with "autosomal dominant" but answers it no.
 */
export function affirms(claim: AttributeClaim, description: readonly string[]): boolean {
  const attribute = claim.attribute;
  const given = new Set(description.flatMap((w, i) => sortKeys(w, description[i + 1])));
  const asked = attribute.slice(0, -1).flatMap((w, i) => sortOf(w, attribute[i + 1]) ?? []);
  return asked.length > 0 && asked.every((s) => given.has(`${s.sort}=${s.value}`));
}

/**
 * The sentences that give the question's subject a competing qualifier of the same sort as the one asked about, best
 * first; none when the question asks no such thing or some sentence gives the subject the asked qualifier itself.
 * Failing those, the sentences giving it another attribute of a sort asked when no article on it names the asked
 * one (absentAttribute), or saying that a product asked to be available was withdrawn (withdrawnStatus).
 */
export function competingAttributes<T extends { text: string }>(question: string, sentences: readonly T[]): T[] {
  const classes = competingClasses(question, sentences);
  if (classes.length) return classes;
  // "Was stelara developed by Amgen?" when the articles name Janssen only.
  const absent = absentAttribute(question, sentences);
  // "Is Exubera currently available?" when an article says it was discontinued.
  return absent.length ? absent : withdrawnStatus(question, sentences);
}

/** The sentences that give the subject a competing qualifier in a question whether it is a kind of thing (see competingAttributes). */
export function competingClasses<T extends { text: string }>(question: string, sentences: readonly T[]): T[] {
  const claim = attributeClaim(question);
  if (!claim || !claim.attribute.slice(0, -1).some((w, i) => sortOf(w, claim.attribute[i + 1]) !== null)) return [];
  const out: T[] = [];
  // A sentence that opens with the subject defines it ("Tocilizumab is a humanized anti-IL-6 receptor antibody"):
  // it answers before one that names the subject in passing.
  const opens = (text: string) => subjectPattern(claim.subject).exec(text)?.index === 0;
  for (const s of sentences) {
    // "Hemochromatosis and Wilson's disease are iron and copper disorders, respectively" pairs names the reader must match.
    if (/\brespectively\b/i.test(s.text)) continue;
    const described = descriptions(s.text, claim);
    if (described.some((d) => affirms(claim, d))) return [];
    if (described.some((d) => competes(claim, d, s.text))) out.push(s);
  }
  return [...out.filter((s) => opens(s.text)), ...out.filter((s) => !opens(s.text))];
}

/** The words of the qualifier a question asks its subject to have ("viral" of "Is impetigo a viral infection?"), lower case. */
export function askedQualifiers(question: string): string[] {
  const claim = attributeClaim(question);
  if (!claim) return [];
  return claim.attribute
    .slice(0, -1)
    .filter((w, i) => sortOf(w, claim.attribute[i + 1]) !== null)
    .flatMap((w) => [w, ...w.split(/[-‐]/)].map((x) => x.toLowerCase()));
}
