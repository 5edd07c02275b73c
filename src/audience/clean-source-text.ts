import { withoutSourceCitations } from '../lib/index.js';

// Abstract text arrives with markup and joins a lay reader should not see: "<br><b>METHODS</b>:", "AREAS COVERED:",
// two sentences run together without a full stop ("nematode classes Our data suggest").

// Headings of structured abstracts, in capitals ("RECENT FINDINGS:") or, at a sentence start, in title case ("Importance:").
const CAPITAL_LABEL = /(^|[.!?]\s*)(?:[A-Z]{3,}(?:\s+(?:AND|OF|[A-Z]{3,})){0,3})\s*:\s*(?=[A-Z0-9("'])/g;
const TITLE_LABEL =
  /(^|[.!?]\s+)(?:Background|Objectives?|Aims?|Purpose|Methods?|Design|Setting|Results?|Findings|Conclusions?|Interpretation|Importance|Impact|Significance|Context|Introduction|Discussion|Summary|Areas covered|Expert opinion|Recent findings|Purpose of review|Case presentation|Main outcome measures?)\s*:\s+(?=[A-Z0-9("'])/g;

// Words that start a sentence and are never written with a capital inside one.
const RUN_ON = /([a-z]{2,}|[a-z]\)|\d)\s+(Our|We|Here we|Recently,|However,|Taken together,|Together,|In conclusion,|In summary,|These (?:data|results|findings))(?=\s+[a-z])/g;

/** Removes markup, structured-abstract headings and repeated words from source text, and ends run-together sentences. */
export function cleanSourceText(text: string): string {
  // "by the age of 70 (ref. 1).", "hereditary ovarian cancer (5).": the source's own reference markers point to a list
  // the reader does not have; lib's rule keeps a power ("mm(2)."), a residue ("Ser(96).") or a chromosome ("UPD (14).").
  return withoutSourceCitations(
    text
      // A line break in an abstract ends a sentence; other tags only style words.
      .replace(/\s*<br\s*\/?>\s*/gi, (_m, offset: number, whole: string) => (/[.!?:;]\s*$/.test(whole.slice(0, offset)) ? ' ' : '. '))
      // A tag's name ends at a space, "/" or ">": "(<or=4 and>or=5 myomas)" is two comparisons, and its numbers stay.
      .replace(/<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g, '')
      .replace(CAPITAL_LABEL, (_m, before: string) => (/[.!?]/.test(before) ? `${before.trim()} ` : before))
      .replace(TITLE_LABEL, '$1')
      // "Our findings have Our findings have uncovered": a passage glued to its own start.
      .replace(/\b((?:[A-Za-z]+\s+){2,5})\1/g, '$1')
      .replace(RUN_ON, '$1. $2')
      // "... exon 45 skipping. casimersen is designed": a sentence the source starts in lower case.
      .replace(/\b([a-z]{3,}|\d+)([.!?])\s+([a-z])(?=[a-z]*[\s,])/g, (whole, word: string, stop: string, letter: string) =>
        /^(?:etc|viz|approx|incl|resp|vs|al|cf|fig|nos?|spp|subsp|var)$/i.test(word) ? whole : `${word}${stop} ${letter.toUpperCase()}`,
      )
      // "Duchenne muscular dystrophy (DMD)or Becker ...": a bracket glued to the next word loses its space; "(CAG)n" and
      // "(TNF)alpha" glue a name's parts, and no joining word.
      .replace(/\)(?=(?:or|and|in|of|on|at|to|for|with|was|were|is|are|but)\s)/g, ') ')
      // "Breast cancer ( BC )": spaces inside brackets hide an abbreviation's definition.
      .replace(/([(\[])\s+/g, '$1')
      .replace(/\s+([)\]])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .replace(SPACED_DECIMAL, '$1 0.$2')
      .replace(SPACED_THOUSANDS, joinThousands)
      .trim()
  );
}

// Older records space out a number's punctuation. "was found to be. 0324", "(P less than. 005)": a decimal without its
// leading zero, after a word a number follows, reads as a sentence end and a count ("be. 0324" is 0.0324).
const SPACED_DECIMAL = /\b(be|is|are|was|were|than|approximately|about|of|at|to|equals?)\. (0\d*)\b/g;

// "46, 304 Jewish individuals", "1 in 2, 000-8, 000": a thousands comma with a space after it.
const SPACED_THOUSANDS = /(\d{1,3}), (\d{3})(?![\d,])/g;

// The comma stays where the numbers may be a list ("100, 250 or 500", "152, 144, and"), a numbered group ("Group 2, 256
// eyes") or a citation's volume and pages ("Genet. 3, 235-240"): only a number after a lower-case word, a bracket, a
// sign or a range's dash, and not followed by another number of the list, is joined.
function joinThousands(whole: string, high: string, low: string, offset: number, text: string): string {
  const before = text.slice(Math.max(0, offset - 30), offset);
  const after = text.slice(offset + whole.length);
  if (/\d/.test(text.charAt(offset - 1)) || /\d[,.]\s*$/.test(before)) return whole;
  const word = /(\S+)\s$/.exec(before)?.[1];
  // After a range's dash only when the range opened with such a number too ("1, 159-1, 232"): "80-99, 100-119" lists ranges.
  const opensHere = before === '' || /[(\[≥≤<>~=]\s?$|\d, \d{3}-$/.test(before) || (word !== undefined && /^\(?[a-z]+$/.test(word));
  if (!opensHere || /^\s*(?:,|(?:or|and|to|vs\.?|versus)\s+\d)/.test(after)) return whole;
  return `${high},${low}`;
}
