import { describe, expect, it } from 'vitest';
import { withCaseClasses } from './case-classes.js';

// Every match of a pattern in a text, with its groups and where it starts.
const matches = (pattern: RegExp, text: string) => {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => ({ at: m.index, groups: [...m] }));
};

// Sentences of the shipped corpus's abstracts (data/corpus; MEDLINE, courtesy of the U.S. National Library of
// Medicine), and some of my own, in every case and with letters that fold to ASCII letters in other modes.
const TEXTS = [
  'In this prospective, randomized, double-blind study, 120 patients were randomly allocated to two groups.',
  'METHODS: We performed a retrospective cohort study of 1,024 women.',
  'A Population-Based Case-Control Study.',
  'Pretreatment with nitrous oxide prevents pain: A Randomized Controlled Trial.',
  'RETROSPECTIVELY REVIEWED charts of 52 children – a Phase II/III trial – were analysed.',
  'Prospective studies are needed; records were reviewed retrospectively.',
  'The ſtudy (long s), the \u212Aelvin sign, a dotless ı and a dotted İ, ß and ﬀ are not ASCII letters.',
  'THIS WAS A MULTICENTRE, OPEN-LABEL, SINGLE-ARM PHASE 2 TRIAL.',
  'Cross-sectional area was measured; a cross-sectional design was used.',
  'IN A DOUBLE-BLIND TRIAL, doses were compared.',
  'the prospective multicenter study was stopped early.',
  'Outcomes of knee surgery \u2013 A MULTICENTRE COHORT STUDY',
  'A Retrospective Chart Review of 300 records, 2015: the ABSTRACT WAS WRITTEN BY US.',
  '',
];

const DESIGN_WORD = '(?:randomi[sz]ed|controlled|double[- ]blind(?:ed)?|prospective|retrospective|multi-?cent(?:er|re)|population[- ]based|case[- ](?:control|referent)|open[- ]label|phase (?:[1-4]|I{1,3}V?|IV)(?:/(?:[1-4]|I{1,3}V?|IV))?)';
const DESIGN_NOUN = '(?:(?:cohort |case[- ]control )?stud(?:y|ies)|trials?|meta-analys[ie]s|(?:chart |records? )?reviews?|survey|cohort)';
const PHRASE = `((?:\\d+[- ](?:year|month|week|day)s?\\s+)?(?:(?:${DESIGN_WORD}(?:,?\\s+(?:and\\s+)?|\\s*,\\s*))*${DESIGN_WORD}\\s+${DESIGN_NOUN}|${DESIGN_NOUN}))`;

const PATTERNS = [
  new RegExp(`\\b(?:in|during|from)\\s+(?:this|a|an|our)\\s+${PHRASE}`, 'i'),
  new RegExp(`^(?:a|an|the)\\s+${PHRASE}\\s+(?:of|was|were)\\b`, 'i'),
  new RegExp(`(?::|\\s[\\u2013\\u2014-])\\s*(?:(?:a|an)\\s+)?${PHRASE}\\.?$`, 'i'),
  /\b(retrospectively|prospectively)\s+(?:reviewed|analy[sz]ed)\b|(?<=[b-df-hj-np-tv-z])[^aeiou.;]{2}s\b/gi,
  /(?<year>\d{4})|\x41\x42|[\w-]+ly\b|[A-Z][a-z]+(?=:)|\u00DF/gi,
  /\bthe (?!present)\w+|[^.;]{0,20}?\bwere\b/i,
];

describe('withCaseClasses', () => {
  it('finds what the case-insensitive pattern finds, where it finds it, in every text', () => {
    for (const pattern of PATTERNS) {
      const rewritten = withCaseClasses(pattern);
      expect(rewritten.flags).not.toContain('i');
      for (const text of TEXTS) expect(matches(rewritten, text)).toEqual(matches(pattern, text));
    }
  });

  it('finds something in the texts with every pattern, in upper, lower and mixed case alike', () => {
    for (const pattern of PATTERNS) expect(TEXTS.filter((text) => matches(withCaseClasses(pattern), text).length > 0).length, pattern.source).toBeGreaterThan(1);
    const design = withCaseClasses(PATTERNS[0]!);
    for (const text of ['in this randomized trial', 'IN THIS RANDOMIZED TRIAL', 'In This Randomized Trial']) expect(design.exec(text)?.[1]?.toLowerCase()).toBe('randomized trial');
  });

  it('writes letters as classes of both cases and leaves escapes and group names as they are', () => {
    expect(withCaseClasses(/ab[c-e]\bs\u201C(?<n>x)/i).source).toBe('[aA][bB][c-eC-E]\\b[sS]\\u201C(?<n>[xX])');
    expect(withCaseClasses(/\d+ mg/gi).flags).toBe('g');
  });

  it('gives a pattern without the flag back as it is', () => {
    const pattern = /Trial/g;
    expect(withCaseClasses(pattern)).toBe(pattern);
  });

  it('refuses what it cannot rewrite as surely: unicode patterns, backreferences, ranges that mix letters with other characters', () => {
    expect(() => withCaseClasses(/a\p{L}/iu)).toThrow(/unicode/);
    expect(() => withCaseClasses(/(a)\1/i)).toThrow(/backreference/);
    expect(() => withCaseClasses(/[0-z]/i)).toThrow(/range/);
    expect(() => withCaseClasses(/[a-z\x7f-\xff]/i)).toThrow(/range/);
  });
});
