/** What a vocabulary entry offers: a plain word to swap in, a short definition, a curated lay gloss, or an abbreviation's expansion. */
export type VocabularyKind = 'substitution' | 'definition' | 'gloss' | 'abbreviation';

/** One term and its plain-language counterpart. */
export type VocabularyEntry = { term: string; plain: string; kind: VocabularyKind };

/** Everything the vocabulary knows about one term. */
export type TermRecord = {
  term: string;
  substitution: string | undefined;
  definition: string | undefined;
  /** A curated plain-language gloss written for lay readers (also the definition when no other comes first). */
  gloss: string | undefined;
  expansion: string | undefined;
};

/** A term found in a text: its character span, the text as written and what the vocabulary knows. */
export type TermMatch = { start: number; end: number; text: string; plural: boolean; record: TermRecord };

/** A lookup of medical terms in plain language, built once and shared read-only. */
export interface Vocabulary {
  readonly size: number;
  /** The record for a term (case-insensitive, abbreviations case-sensitive). */
  lookup(term: string): TermRecord | undefined;
  /** Non-overlapping whole-word matches, longest first, left to right, among records that pass `accept`. */
  findTerms(text: string, accept: (record: TermRecord) => boolean): TermMatch[];
}

type Token = { start: number; end: number; lower: string };

type Candidate = { tokens: string[]; caseSensitive: boolean; original: string[]; record: TermRecord };

// Words keep internal hyphens and apostrophes so "anti-inflammatory" and "Crohn's" stay one token.
const WORD = /[\p{L}\p{N}]+(?:['’\-/][\p{L}\p{N}]+)*/gu;

/** Splits text into word tokens with their character spans. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ start, end: start + m[0].length, lower: normalise(m[0]) });
  }
  return tokens;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u;
const EDGE_PUNCTUATION_ALL = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

// Terms are clean dictionary headwords, so splitting on spaces is enough (and ten times faster than tokenize).
function termWords(term: string): string[] {
  const words: string[] = [];
  for (const w of term.split(' ')) {
    const trimmed = EDGE_PUNCTUATION.test(w) ? w.replace(EDGE_PUNCTUATION_ALL, '') : w;
    if (trimmed !== '') words.push(trimmed);
  }
  return words;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** True when a term is written like an abbreviation (two or more capitals, no lower-case run), e.g. "MI", "COPD". */
export function looksLikeAbbreviation(term: string): boolean {
  return /^[A-Z][A-Z0-9\-]*[A-Z0-9]s?$/.test(term) && (term.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** Builds a vocabulary from entries; later entries of the same kind and term are ignored. */
export function createVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const records = new Map<string, TermRecord>();
  const keyOf = (term: string): string => (looksLikeAbbreviation(term) ? term : normalise(term));

  for (const entry of entries) {
    const term = entry.term.trim();
    const plain = entry.plain.trim();
    if (term === '' || plain === '') continue;
    const key = keyOf(term);
    let record = records.get(key);
    if (!record) {
      // All fields up front keeps one object shape for 8,000 records (measurably faster to build).
      record = { term, substitution: undefined, definition: undefined, gloss: undefined, expansion: undefined };
      records.set(key, record);
    }
    if (entry.kind === 'substitution') record.substitution ??= plain;
    else if (entry.kind === 'definition') record.definition ??= plain;
    else if (entry.kind === 'gloss') {
      record.gloss ??= plain;
      record.definition ??= plain;
    }
    else record.expansion ??= plain;
  }

  // Index by first word so matching is one map look-up per word of the text.
  const index = new Map<string, Candidate[]>();
  for (const record of records.values()) {
    const original = termWords(record.term);
    const first = original[0];
    if (first === undefined) continue;
    const caseSensitive = looksLikeAbbreviation(record.term);
    const candidate: Candidate = { tokens: original.map(normalise), caseSensitive, original, record };
    const key = normalise(first);
    const list = index.get(key);
    if (list) list.push(candidate);
    else index.set(key, [candidate]);
  }
  for (const list of index.values()) if (list.length > 1) list.sort((a, b) => b.tokens.length - a.tokens.length);

  return {
    size: records.size,
    lookup(term) {
      return records.get(keyOf(term.trim())) ?? records.get(normalise(term.trim()));
    },
    findTerms(text, accept) {
      const tokens = tokenize(text);
      const matches: TermMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        const match = matchAt(text, tokens, i, index, accept);
        if (match) {
          matches.push(match.match);
          i += match.length;
        } else i += 1;
      }
      return matches;
    },
  };
}

function matchAt(
  text: string,
  tokens: Token[],
  i: number,
  index: Map<string, Candidate[]>,
  accept: (record: TermRecord) => boolean,
): { match: TermMatch; length: number } | undefined {
  const head = tokens[i];
  if (!head) return undefined;
  const exact = index.get(head.lower);
  // A plural last word ("tumors") may match a singular one-word term ("tumor").
  const endsInS = head.lower.endsWith('s');
  const byEsSingular = endsInS && head.lower.endsWith('es') ? index.get(head.lower.slice(0, -2)) : undefined;
  const bySingular = endsInS ? index.get(head.lower.slice(0, -1)) : undefined;
  // Lists are walked in place: this runs once per word of every answer, so no copies.
  for (const [list, singleWordOnly] of [[exact, false], [byEsSingular, true], [bySingular, true]] as const) {
    if (!list) continue;
    let pluralMatch: { match: TermMatch; length: number } | undefined;
    for (const c of list) {
      if (singleWordOnly && c.tokens.length !== 1) continue;
      // Lists are sorted longest first: a plural match waits only for an exact one of its own length.
      if (pluralMatch && c.tokens.length < pluralMatch.length) break;
      if (!accept(c.record)) continue;
      const match = matchCandidate(text, tokens, i, c);
      if (!match) continue;
      // "clinical outcomes" is its own entry: it wins over "clinical outcome" read as a plural.
      if (!match.match.plural) return match;
      pluralMatch ??= match;
    }
    if (pluralMatch) return pluralMatch;
  }
  return undefined;
}

function matchCandidate(text: string, tokens: Token[], i: number, c: Candidate): { match: TermMatch; length: number } | undefined {
  const n = c.tokens.length;
  if (i + n > tokens.length) return undefined;
  let plural = false;
  for (let k = 0; k < n; k++) {
    const tok = tokens[i + k]!;
    const want = c.tokens[k]!;
    const last = k === n - 1;
    if (c.caseSensitive) {
      if (text.slice(tok.start, tok.end) !== c.original[k]) return undefined;
    } else if (tok.lower !== want) {
      if (last && (tok.lower === `${want}s` || tok.lower === `${want}es`) && want.length >= 4) plural = true;
      else return undefined;
    }
    // Words of a phrase must be separated by spaces only, never by punctuation.
    if (k > 0 && !/^[ \t]+$/.test(text.slice(tokens[i + k - 1]!.end, tok.start))) return undefined;
  }
  const start = tokens[i]!.start;
  const end = tokens[i + n - 1]!.end;
  return { match: { start, end, text: text.slice(start, end), plural, record: c.record }, length: n };
}
