import { abbreviationsIn, findAbbreviations } from './find-abbreviations.js';
import { dropStatistics } from './drop-statistics.js';
import { countSyllables } from './measure-readability.js';
import { capitalise, sentencesOf, splitLongSentence } from './split-sentences.js';
import type { TermMatch, TermRecord, Vocabulary } from './vocabulary.js';

/** What one answer's rewriting remembers across its points: abbreviations it defines and terms already explained. */
export type RewriteContext = {
  vocabulary: Vocabulary;
  /** Abbreviations defined in the answer's own text, which win over the dictionaries. */
  defined: Map<string, string>;
  /** Abbreviations and terms already introduced once, so later points do not repeat them. */
  introduced: Set<string>;
};

/** Starts a rewrite of one answer, learning the abbreviations its texts define. */
export function createRewriteContext(vocabulary: Vocabulary, texts: readonly string[]): RewriteContext {
  const defined = new Map<string, string>();
  for (const text of texts) {
    for (const { abbreviation, longForm } of findAbbreviations(text)) {
      // "Programmed cell death (PCD)" at a sentence start is not a name: keep the capital only for names.
      const words = /^[A-Z][a-z]+(?:\s+[a-z][\w\-]*)*$/.test(longForm) ? lowerFirst(longForm) : longForm;
      if (!defined.has(abbreviation)) defined.set(abbreviation, words);
    }
  }
  return { vocabulary, defined, introduced: new Set() };
}

// Abbreviations lay readers know better than their expansions.
const FAMILIAR = new Set(['HIV', 'AIDS', 'DNA', 'RNA', 'COVID', 'US', 'USA', 'UK', 'EU', 'WHO', 'CDC', 'NHS', 'TV']);

// Words a dictionary defines that need no explanation in a clinical answer.
const NEEDS_NO_DEFINITION = new Set(
  [
    'patient', 'patients', 'study', 'studies', 'analysis', 'significant', 'association', 'population', 'treatment',
    'therapy', 'disease', 'cancer', 'hospital', 'surgery', 'symptom', 'symptoms', 'survival', 'diagnosis', 'risk',
    'evaluation', 'assessment', 'community', 'education', 'information', 'individual', 'exercise', 'family history',
    'quality of life', 'medicine', 'medication', 'physician', 'doctor', 'nurse', 'infection', 'inflammation',
    'operation', 'procedure', 'prevention', 'recovery', 'regulation', 'variable', 'response', 'relative', 'control',
    'control group', 'primary', 'secondary', 'positive', 'negative', 'parameter', 'intervention', 'population',
    'management', 'retrospective', 'prospective', 'mortality', 'emergency', 'experimental', 'children', 'elderly',
    'abnormality', 'condition', 'resistance', 'tolerance', 'stimulation', 'aggressive', 'progressive', 'sensitivity',
    'specificity', 'frequency', 'intensity', 'duration', 'available', 'material', 'activity', 'identify', 'identical',
    'clinical', 'diabetes', 'asthma', 'arthritis', 'obesity', 'depression', 'anxiety', 'vitamin', 'pregnancy',
    'radiation', 'laboratory', 'examination', 'investigation', 'ultrasound', 'x-ray', 'overweight', 'alcohol',
    'tobacco', 'cigarette', 'nicotine', 'emotional', 'physical', 'mental', 'medical', 'generation', 'molecule',
    'significance', 'probability', 'percentage', 'average', 'protocol',
  ].map((w) => w.toLowerCase()),
);

/** Expansion of an abbreviation: the answer's own definition first, then the dictionaries. */
export function expansionOf(abbreviation: string, context: RewriteContext): string | undefined {
  return context.defined.get(abbreviation) ?? context.vocabulary.lookup(abbreviation)?.expansion;
}

/** Rewrites clinical text in plain language: no pure statistics, abbreviations spelled out, plain words, short sentences. */
export function plainText(text: string, context: RewriteContext, options: { explain?: boolean } = {}): string {
  let t = dropStatistics(text);
  t = spellOutAbbreviations(t, context);
  const sentences = sentencesOf(t).flatMap((s) => splitLongSentence(s));
  const out: string[] = [];
  let explained = 0;
  for (const sentence of sentences) {
    const plain = capitalise(substitutePlainWords(sentence, context.vocabulary));
    out.push(plain);
    if (options.explain === false || explained >= 1) continue;
    const definition = firstNewDefinition(plain, context);
    if (definition) {
      out.push(definitionSentence(definition.term, definition.definition));
      explained += 1;
    }
  }
  return tidy(out.join(' '));
}

/** Rewrites clinical text for a student: abbreviations expanded on first use and key terms defined once, in brackets. */
export function studentText(text: string, context: RewriteContext, maxDefinitions = 2): string {
  let t = introduceAbbreviations(text, context);
  const matches = context.vocabulary.findTerms(t, (r) => r.definition !== undefined);
  const inserts: { at: number; text: string }[] = [];
  for (const m of matches) {
    if (inserts.length >= maxDefinitions) break;
    if (!needsDefinition(m, context)) continue;
    context.introduced.add(m.record.term.toLowerCase());
    const definition = lowerFirst(m.record.definition!);
    // "term (ABBR)" becomes "term (ABBR: definition)" rather than two brackets in a row.
    const abbreviation = /^\s*\([A-Za-z0-9\-]+(?=\))/.exec(t.slice(m.end));
    if (abbreviation) {
      inserts.push({ at: m.end + abbreviation[0].length, text: `: ${definition}` });
      continue;
    }
    // Inside brackets a second bracket would be hard to read, so use a dash there.
    const open = insideBrackets(t, m.start) ? ' – ' : ' (';
    const close = open === ' (' ? ')' : ' –';
    inserts.push({ at: m.end, text: `${open}${definition}${close}` });
  }
  for (const { at, text: ins } of inserts.reverse()) t = t.slice(0, at) + ins + t.slice(at);
  return t;
}

function introduceAbbreviations(text: string, context: RewriteContext): string {
  let t = text;
  // Decide "first use" in reading order, then apply the edits right to left so spans stay valid.
  const occurrences = abbreviationsIn(t);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { start, end, abbreviation } of occurrences) {
    if (context.introduced.has(abbreviation)) continue;
    const expansion = expansionOf(abbreviation, context);
    if (!expansion) continue;
    context.introduced.add(abbreviation);
    const definedHere = t.slice(end, end + 1) === ')' && t.slice(start - 1, start) === '(';
    const spelledBefore = t.slice(Math.max(0, start - expansion.length - 3), start).toLowerCase().includes(expansion.toLowerCase());
    if (definedHere || spelledBefore) continue;
    const atStart = /^[\s"'(\[]*$/.test(t.slice(0, start)) || /[.!?]\s+$/.test(t.slice(0, start));
    const words = atStart ? capitalise(expansion) : expansion;
    const bracketed = insideBrackets(t, start) ? `${words} [${abbreviation}]` : `${words} (${abbreviation})`;
    edits.push({ start, end, text: bracketed });
  }
  for (const e of edits.reverse()) t = t.slice(0, e.start) + e.text + t.slice(e.end);
  return t;
}

function spellOutAbbreviations(text: string, context: RewriteContext): string {
  let t = text;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { start, end, abbreviation } of abbreviationsIn(t)) {
    if (FAMILIAR.has(abbreviation)) continue;
    const expansion = expansionOf(abbreviation, context);
    if (!expansion) continue;
    const definedHere = t.slice(end, end + 1) === ')' && t.slice(start - 1, start) === '(';
    if (definedHere) {
      // "long form (ABBR)" already says it in words: drop the bracket.
      const open = t.lastIndexOf('(', start);
      edits.push({ start: /\s/.test(t[open - 1] ?? '') ? open - 1 : open, end: end + 1, text: '' });
    } else {
      const atStart = /^[\s"'(\[]*$/.test(t.slice(0, start)) || /[.!?]\s+$/.test(t.slice(0, start));
      edits.push({ start, end, text: atStart ? capitalise(expansion) : expansion });
    }
  }
  for (const e of edits.reverse()) t = t.slice(0, e.start) + e.text + t.slice(e.end);
  return t;
}

/** Replaces medical and formal words with their plain equivalents, whole words only, longest phrase first. */
export function substitutePlainWords(sentence: string, vocabulary: Vocabulary): string {
  let t = sentence;
  // Longer named things ("polymerase chain reaction") are matched whole, so no word inside them is swapped.
  const matches = vocabulary.findTerms(t, (r) => r.substitution !== undefined || isNamedThing(r));
  for (const m of matches.reverse()) {
    if (m.record.substitution === undefined) continue;
    const replacement = replacementFor(m, t);
    if (replacement === undefined) continue;
    const before = fixArticle(t.slice(0, m.start), replacement);
    t = before + replacement + t.slice(m.end);
  }
  return t;
}

function isNamedThing(record: TermRecord): boolean {
  return record.definition !== undefined && record.term.split(' ').length >= 3;
}

// "an adjacent structure" -> "a nearby structure": the article follows the new word's sound.
function fixArticle(before: string, next: string): string {
  const m = /\b(a|an|A|An)\s+$/.exec(before);
  if (!m) return before;
  const vowel = /^[aeiou]/i.test(next) && !/^(?:u[nr]?i|one|eu)/i.test(next);
  const article = vowel ? 'an' : 'a';
  const cased = /^A/.test(m[1]!) ? capitalise(article) : article;
  return before.slice(0, m.index) + cased + before.slice(m.index + m[1]!.length);
}

function replacementFor(m: TermMatch, sentence: string): string | undefined {
  const plain = m.record.substitution!;
  const atStart = /^[\s"'(\[]*$/.test(sentence.slice(0, m.start));
  const writtenCapital = /^[A-Z]/.test(m.text);
  const termCapital = /^[A-Z]/.test(m.record.term);
  // A capital mid-sentence on a lower-case term marks a name ("American Heart Association"): leave it.
  if (writtenCapital && !termCapital && !atStart) return undefined;
  let out = plain;
  // Only nouns take a plural "s"; verbs like "analyse" -> "analyses" are a different word.
  if (m.plural && /(?:ate|ize|ise|yse|yze|ify|ect|ain|ire|ude|ose|ess)$/.test(m.record.term)) return undefined;
  if (m.plural) {
    if (plain.split(/\s+/).length > 3 || /\b(?:that|of|who|which|to)\b/.test(plain) || /s$/.test(plain)) return undefined;
    out = /(?:s|x|ch|sh)$/.test(plain) ? `${plain}es` : /[^aeiou]y$/.test(plain) ? `${plain.slice(0, -1)}ies` : `${plain}s`;
  }
  return atStart && writtenCapital ? capitalise(out) : out;
}

function firstNewDefinition(sentence: string, context: RewriteContext): { term: string; definition: string } | undefined {
  for (const m of context.vocabulary.findTerms(sentence, (r) => r.definition !== undefined && r.substitution === undefined)) {
    if (!needsDefinition(m, context)) continue;
    context.introduced.add(m.record.term.toLowerCase());
    return { term: m.plural ? m.record.term : m.text, definition: m.record.definition! };
  }
  return undefined;
}

function needsDefinition(m: TermMatch, context: RewriteContext): boolean {
  const key = m.record.term.toLowerCase();
  if (context.introduced.has(key) || NEEDS_NO_DEFINITION.has(key)) return false;
  // "Programmed cell death is a type of cell death" explains nothing: skip definitions that repeat the term's head.
  const head = key.split(' ').pop() ?? key;
  if (key.includes(' ') && new RegExp(`\\b${head}\\b`, 'i').test(m.record.definition ?? '')) return false;
  return isHardTerm(m.record);
}

/** True when a term has a long word (three or more syllables), the mark of jargon a lay reader may not know. */
export function isHardTerm(record: TermRecord): boolean {
  return (record.term.match(/[A-Za-z]+/g) ?? []).some((w) => countSyllables(w) >= 3 || w.length >= 10);
}

function definitionSentence(term: string, definition: string): string {
  const d = definition.trim().replace(/\.$/, '');
  const subject = capitalise(term);
  if (/^(?:a|an|the|one|any|two|type|group|drug|substance|condition|protein|disease|cancer|form)\b/i.test(d)) {
    return `${subject} is ${lowerFirst(d)}.`;
  }
  return `${subject} means ${lowerFirst(d)}.`;
}

function lowerFirst(text: string): string {
  // Keep capitals that start a name or abbreviation ("DNA", "Merkel").
  return /^[A-Z](?:[a-z]|\s)/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\.\./g, '.')
    .trim();
}
