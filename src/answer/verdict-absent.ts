import { stemmer } from 'stemmer';
import type { Evidence, Passage } from '../domain/index.js';
import { escapeRegExp } from '../lib/index.js';
import { splitPassages } from './split-passages.js';
import { sortOf, subjectPattern } from './verdict-category.js';

/** What a yes/no question asks of its subject: the subject's names and the sorted words it asks about. */
export type AskedAttribute = { subject: string; aliases: string[]; asked: { word: string; sort: string; value: string }[] };

// The auxiliary that opens a yes/no question about a subject ("Is ...", "Can ... be used").
const OPENS = /^(?:is|are|was|were|can|could|should|has|have)\s+(?:the\s+)?(.+)$/i;
// Words that end the subject's name: articles, prepositions, linking words and verbs of the predicate.
const SUBJECT_END = new Set(
  `a an the be been being of for in on at to by with from that which who whose where when than as and or but not nor
  during after before between among against via into through without within such like is are was were has have had
  used caused found involved associated related linked able responsible required necessary effective useful safe
  common rare approved indicated available present expressed located`.split(/\s+/),
);
// Words for the kind of thing a name names, before or after it.
const KIND = '(?:algorithm|method|tool|software|program|drug|medication|medicine|compound|molecule|protein|gene|enzyme|technique|assay|test|vaccine|device|procedure)';
const KIND_BEFORE = new RegExp(`^${KIND}\\s+(?=\\S)`, 'i');
const KIND_AFTER = new RegExp(`(?<=\\S)\\s+${KIND}$`, 'i');
// The most words a subject may have.
const SUBJECT_WORDS = 5;

// A lab finding named by a level ("hyperuricemia", "hypokalaemia"): which substance and which way.
const LAB = /^(hyper|hypo)(\p{L}{3,}?)a?emias?$/u;
// Processes of gene expression a method or molecule serves; "translational" is left out, as it names a kind of research.
const PROCESSES: Readonly<Record<string, string>> = { transcription: 'transcription', transcriptional: 'transcription', translation: 'translation', replication: 'replication', splicing: 'splicing' };
// Diseases named by their ending ("tuberculosis", "leukaemia", "glioma", "hepatitis", "neuropathy").
const DISEASE = /^\p{L}{4,}(?:omas?|a?emias?|itis|osis|oses|pathy|pathies|iasis)$/u;
// Words with those endings that name no disease, and diseases of other endings.
const NOT_DISEASE = new Set(`apoptosis diagnosis prognosis mitosis meiosis necrosis osmosis hypnosis symbiosis anastomosis exocytosis endocytosis phagocytosis`.split(/\s+/));
const OTHER_DISEASES = new Set(`diabetes malaria influenza asthma epilepsy dementia psoriasis`.split(/\s+/));
// A question asking what something is used for or treats names a disease after one of these words.
const ASKS_USE = /\b(?:treat\w*|therap\w*|used\s+(?:for|in|to)|use\s+(?:for|in)|effective\s+(?:for|in|against)|approved\s+(?:for|in)|indicated\s+(?:for|in)|prevent\w*)\b/i;
// A sentence that speaks of a use: what the subject treats or is given for.
const SAYS_USE = /\b(?:treat\w*|therap\w*|approv\w*|indicat\w*|patients\s+with|used\s+(?:for|in|to)|efficacy|effective)\b/i;
// The most words between the subject and the competing word in a sentence.
const WINDOW = 8;
// An organ names where the subject lies only right beside its name ("ameloblastoma of the jaw", "mandibular ameloblastoma").
const SITE_WINDOW = 4;
// In a sentence defining the subject, an organ a little further on still says where it lies.
const DEFINED_SITE = 12;
// How many sentences must give the subject the same other attribute.
const MIN_SAID = 2;

// A question on who made something names the maker after "by".
const MAKER_ASKED = /^\s*(?:originally\s+|first\s+)?(?:developed|made|manufactured|produced|marketed|discovered|licensed|sold)\s+by\s+(?:the\s+)?(?:company\s+)?(\p{Lu}[\p{L}\p{N}&]+)/u;
// Words that end a company's name ("Janssen Pharmaceuticals, Inc.", "Merck & Co").
const COMPANY = /^(?:pharmaceuticals?|pharma|inc|ltd|llc|corp|corporation|gmbh|ag|plc|laboratories|labs|biotech|therapeutics|biosciences|biopharma|biologics|company|co)$/i;

type Sorted = { sort: string; value: string };

/** What sort of attribute a word names when a question asks it of a subject, or null. */
export function absentSortOf(word: string, next: string | undefined, disease = false): Sorted | null {
  const lower = word.toLowerCase();
  const lab = LAB.exec(lower);
  if (lab) return { sort: 'lab', value: `${lab[1]}${stemmer(lab[2] as string)}` };
  const process = PROCESSES[lower];
  if (process) return { sort: 'process', value: process };
  const sorted = sortOf(word, next);
  // "oral" names a route of giving a drug as often as the mouth, and "lead" a verb or an ECG lead as often as the metal.
  if (sorted && ((sorted.sort === 'site' && lower !== 'oral') || (sorted.sort === 'element' && lower !== 'lead') || sorted.sort === 'microbe' || sorted.sort.startsWith('pole:'))) return sorted;
  if (disease && isDisease(lower)) return { sort: 'disease', value: stemmer(lower) };
  return null;
}

const isDisease = (word: string) => !NOT_DISEASE.has(word.toLowerCase()) && (DISEASE.test(word.toLowerCase()) || OTHER_DISEASES.has(word.toLowerCase()));
// Words naming a disease or tumour of any kind.
const DISEASE_HEAD = /^(?:tumou?rs?|cancers?|carcinomas?|neoplasms?|malignanc(?:y|ies)|lesions?|diseases?|disorders?|infections?|syndromes?|cysts?|metastas[ie]s)$/i;

const WORD = /[\p{L}\p{N}]+(?:[-‐'’/][\p{L}\p{N}]+)*/gu;

/** The subject of a yes/no question and the sorted words it asks of it, or null when it asks none. */
export function askedAttribute(question: string): AskedAttribute | null {
  const asked = question.replace(/[,;]?\s*(?:yes or no|true or false)\W*$/i, '').replace(/[?.!\s]+$/, '').trim();
  const opened = OPENS.exec(asked);
  if (!opened) return null;
  const rest = opened[1] as string;
  const subjectWords: string[] = [];
  let end = 0;
  for (const m of rest.matchAll(/\([^()]*\)|[\p{L}\p{N}]+(?:[-‐'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    const token = m[0];
    if (token.startsWith('(')) {
      if (!subjectWords.length) return null;
      end = (m.index ?? 0) + token.length;
      continue;
    }
    const lower = token.toLowerCase();
    // A verb of the predicate ends the name ("used", "occurring"); a name written with capitals or digits does not.
    const verb = /^\p{Ll}+(?:ed|ing)$/u.test(token);
    if (!/^[\p{L}\p{N}]/u.test(token) || SUBJECT_END.has(lower) || verb || subjectWords.length >= SUBJECT_WORDS) break;
    subjectWords.push(token);
    end = (m.index ?? 0) + token.length;
  }
  if (!subjectWords.length || /^(?:there|it|this|that|these|those|they|he|she|we|you|i)$/i.test(subjectWords[0] as string)) return null;
  const subjectText = rest.slice(0, end);
  const aliases = [...subjectText.matchAll(/\(([^()]+)\)/g)].map((a) => (a[1] as string).trim());
  // "the BAGEL algorithm", "the protein Asporin": a word for the kind of thing is no part of its name.
  const subject = subjectText.replace(/\s*\([^()]*\)/g, '').trim().replace(KIND_BEFORE, '').replace(KIND_AFTER, '');
  const predicate = rest.slice(end);
  const use = ASKS_USE.exec(predicate);
  const words = [...predicate.matchAll(WORD)];
  // Where a disease or tumour arises is one place; a gene or drug may be found in many.
  const located = [...rest.matchAll(WORD)].some((m) => isDisease(m[0]) || DISEASE_HEAD.test(m[0]));
  const sorted = words.flatMap((m, i) => {
    const disease = use !== null && (m.index ?? 0) > (use.index ?? 0);
    const s = absentSortOf(m[0], words[i + 1]?.[0], disease);
    // What a thing is used for is a disease, whatever organ its name holds ("polycystic ovary syndrome").
    return s && !(s.sort === 'site' && (disease || !located)) ? [{ word: m[0], ...s }] : [];
  });
  // "Was stelara developed by Amgen?" asks who makes it.
  // A pole ("benign", "pooled") is asked only when nothing else is: "a common benign tumor occurring in the brain" asks
  // where it lies.
  if (sorted.some((a) => !a.sort.startsWith('pole:'))) sorted.splice(0, sorted.length, ...sorted.filter((a) => !a.sort.startsWith('pole:')));
  const maker = MAKER_ASKED.exec(predicate);
  if (maker) sorted.push({ word: maker[1] as string, sort: 'maker', value: (maker[1] as string).toLowerCase() });
  return sorted.length ? { subject, aliases, asked: sorted } : null;
}

// One value inside another names the same thing or one of its kind ("gi" and "gi/stomach", "viral" and "retroviral").
const alike = (a: string, b: string) => a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);

// Every sorted word of a text with where it stands among the text's words.
function sortedWords(text: string, disease: boolean): (Sorted & { at: number })[] {
  const words = text.match(WORD) ?? [];
  // A company is a capitalised name before the word that ends it ("Janssen Pharmaceuticals"), or two names before it.
  const makers = words.flatMap((w, at) => {
    if (!/^\p{Lu}/u.test(w) || COMPANY.test(w)) return [];
    const next = words[at + 1] ?? '';
    const named = COMPANY.test(next) || (/^\p{Lu}/u.test(next) && !COMPANY.test(words[at - 1] ?? '') && COMPANY.test(words[at + 2] ?? ''));
    return named && !(at > 0 && /^\p{Lu}/u.test(words[at - 1] as string) && !COMPANY.test(words[at - 1] as string) && COMPANY.test(next)) ? [{ sort: 'maker', value: w.toLowerCase(), at }] : [];
  });
  return [...makers, ...words.flatMap((w, at) => {
    const parts = [w, ...(/[-‐]/.test(w) ? w.split(/[-‐]/) : [])];
    return parts.flatMap((p) => {
      const s = absentSortOf(p, words[at + 1], disease);
      return s ? [{ ...s, at }] : [];
    });
  })];
}

/**
 * The sentences that give a yes/no question's subject another attribute of the sort it asks about, when no sentence
 * names the asked one at all ("SLIC-CAGE: high-resolution transcription start site mapping" for "Is SLIC-CAGE used
 * for quantification of translation?"), those that open with the subject first; none otherwise.
 */
export function absentAttribute<T extends { text: string }>(question: string, sentences: readonly T[]): T[] {
  const claim = askedAttribute(question);
  if (!claim) return [];
  const names = [claim.subject, ...claim.aliases].filter((n) => n.length >= 2);
  const patterns = names.map((n, i) => subjectPattern(n, i > 0));
  const disease = claim.asked.some((a) => a.sort === 'disease');
  const read = sentences.map((s) => ({ s, sorted: sortedWords(s.text, disease), at: subjectWordIndex(s.text, patterns) }));
  // An asked attribute said in an article on the subject may be said of it: the verdict weighs it as usual. Articles
  // on other things (other sentences' pmids) do not speak of the subject; without pmids every sentence counts.
  const own = new Set(read.filter((r) => r.at !== null).map((r) => pmidOf(r.s)));
  const says = (r: (typeof read)[number], a: AskedAttribute['asked'][number]) =>
    a.sort === 'maker' ? new RegExp(`\\b${escapeRegExp(a.word)}\\b`, 'i').test(r.s.text) : r.sorted.some((g) => g.sort === a.sort && alike(g.value, a.value));
  const absent = claim.asked.filter((a) => !read.some((r) => own.has(pmidOf(r.s)) && says(r, a)));
  if (absent.length < claim.asked.length) return [];
  // The other attributes each sentence gives the subject, near its name.
  const rivalKeys = (sorted: (Sorted & { at: number })[], near: (g: Sorted & { at: number }) => boolean) =>
    sorted.filter((g) => near(g) && absent.some((a) => g.sort === a.sort && !alike(g.value, a.value))).map((g) => `${g.sort}=${g.value}`);
  const usable = ({ s, at }: (typeof read)[number]) =>
    // "Hemochromatosis and Wilson's disease are iron and copper disorders, respectively" pairs names the reader must match.
    at !== null && !/\brespectively\b/i.test(s.text) && (!disease || SAYS_USE.test(s.text)) && !listed(s.text, patterns);
  // The other attributes each sentence gives the subject near its name, and those a sentence defining it gives.
  const rivals = read.map((r) => (usable(r) ? rivalKeys(r.sorted, (g) => Math.abs(g.at - (r.at as number)) <= (g.sort === 'site' || g.sort === 'maker' ? SITE_WINDOW : WINDOW)) : []));
  const defined = read.map((r) => {
    const clause = usable(r) ? definingClause(r.s.text, patterns) : null;
    // An organ is the subject's only near its name ("Ameloblastomas are benign tumors that most commonly affecting the
    // mandible"), not at the end of a long clause ("... in association with adenomatous polyposis of the colon").
    return clause === null ? [] : rivalKeys(r.sorted, (g) => g.at < clause && (g.sort !== 'site' || g.at - (r.at as number) <= DEFINED_SITE));
  });
  // One sentence may name another organ or disease in passing; the subject's attribute is the one said again, or the
  // one a sentence defining the subject gives it ("Gout is the most common inflammatory arthritis and occurs when
  // hyperuricaemia ...").
  const counts = new Map<string, number>();
  for (const keys of rivals) for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out: T[] = [];
  const opening: T[] = [];
  read.forEach(({ s, at }, i) => {
    const said = (rivals[i] ?? []).some((k) => (counts.get(k) ?? 0) >= MIN_SAID || k.startsWith('maker='));
    // A maker named beside the product ("STELARA®, Janssen Pharmaceuticals, Inc.") is stated, not passing.
    if (!said && !(defined[i] ?? []).length) return;
    (at === 0 || (defined[i] ?? []).length ? opening : out).push(s);
  });
  return [...opening, ...out];
}

// A sentence defines its subject when it opens with it, after any label, and goes on "is ...", "are ..." or ", a ...".
const DEFINING = /^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:an?|the)\s|(?:is|are|was|were|represents?|remains?)\s)/i;
// Where the first clause of a sentence ends: what follows "while", "whereas", "but" or a semicolon speaks of more.
const CLAUSE_END = /;|\s(?:while|whereas|but|although|however)\s/i;

// The number of words of a sentence's first clause when the sentence defines the subject, or null.
function definingClause(text: string, patterns: readonly RegExp[]): number | null {
  const label = /^(?:[A-Z][A-Z &/-]+:\s*)?(?:the\s+)?/i.exec(text)?.[0] ?? '';
  const body = text.slice(label.length);
  for (const p of patterns) {
    p.lastIndex = 0;
    const m = p.exec(body);
    if (!m || m.index !== 0 || !DEFINING.test(body.slice(m[0].length))) continue;
    const end = CLAUSE_END.exec(body);
    return (text.slice(0, label.length + (end ? end.index : body.length)).match(WORD) ?? []).length;
  }
  return null;
}

// The article a sentence is from, when it says.
const pmidOf = (s: { text: string }) => ('pmid' in s && typeof s.pmid === 'string' ? s.pmid : '');

// Whether a sentence names the subject as one item of a list ("obesity, hypertension, dyslipidemia and
// hyperuricemia"): the other items are no attributes of it. Apposition ("CPX-351, a novel ...") is no list.
function listed(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => {
    p.lastIndex = 0;
    const m = p.exec(text);
    if (!m) return false;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length).replace(/^\s*\([^()]*\)/, '');
    // "X, Y and Z": a short item after the comma, then another comma or "and"; "Using BAGEL, we identify ..." is no list.
    return /(?:,|\band|\bor)\s*$/i.test(before) || /^\s*(?:,\s*(?!an?\s|the\s|which\s|who\s|one\s)[^,;.()]{1,40}?(?:,|\band\b|\bor\b)|(?:and|or)\s)/iu.test(after);
  });
}

// The index among a sentence's words of the first word naming the subject, or null.
function subjectWordIndex(text: string, patterns: readonly RegExp[]): number | null {
  let first: number | null = null;
  for (const p of patterns) {
    p.lastIndex = 0;
    const m = p.exec(text);
    if (!m) continue;
    const at = (text.slice(0, m.index).match(WORD) ?? []).length;
    first = first === null ? at : Math.min(first, at);
  }
  return first;
}

/** What the articles found say of a yes/no question's subject instead of the attribute it asks about (see absentAttribute). */
export type Elsewhere = {
  /** The sentences giving the subject another attribute of the sort asked, best first. */
  sentences: Passage[];
  /** Whether a refusal because the articles found, or the whole corpus, lack these words may wait for the verdict. */
  waives: (words: readonly string[], corpusWide: boolean) => boolean;
};

/**
 * The sentences of the articles found, as the verdict hears them (an article's title only when it has no abstract),
 * that give the question's subject another attribute of the sort it asks about, and which refusals for missing words
 * they may answer instead: a disease no article of the corpus names is left refused, as diseases are many.
 */
export function answeredElsewhere(question: string, evidence: readonly Evidence[]): Elsewhere {
  const claim = askedAttribute(question);
  if (!claim) return { sentences: [], waives: () => false };
  const passages = evidence.flatMap((e) => {
    const all = splitPassages(e.article);
    const body = all.some((p) => p.section !== 'title');
    return all.filter((p) => (!body || p.section !== 'title') && !/\?\s*$/.test(p.text));
  });
  const sentences = absentAttribute(question, passages);
  const asked = (closed: boolean) => claim.asked.filter((a) => !closed || a.sort !== 'disease').flatMap((a) => [a.word, ...a.word.split(/[-‐]/)].map((w) => w.toLowerCase()));
  return {
    sentences,
    waives: (words, corpusWide) => sentences.length > 0 && words.length > 0 && words.every((w) => asked(corpusWide).includes(w.toLowerCase())),
  };
}
