/**
 * A source sentence without the paper's own pointers to its reference list, tables and figures ("(ref. 1)", "(refs
 * 3-5)", "[12]", "[1, 2]", "(Tab. 2, Fig. 2, Ref. 22)", "(Smith et al., 2011)"): they are not clinq's citations and a
 * reader cannot follow them. A bracketed range after a figure ("6 months [4-17]", "44% [23-64]") is a confidence
 * interval and stays; so does a bracket inside a name ("PtdIns [4, 5] P2").
 */

const NUMBERS = String.raw`\d{1,3}(?:\s*[-–,]\s*\d{1,3})*`;
// "(ref. 1)", "(refs 7, 8)", "(RANK; ref. 5)" → "(RANK)", "(Tab. 2, Fig. 2, Ref. 22)".
const POINTER = String.raw`(?:refs?\.?|references?|tabs?\.|tables?|figs?\.|figures?)\s*${NUMBERS}[a-z]?`;
const POINTERS_ONLY = new RegExp(String.raw`\s*\(\s*${POINTER}(?:\s*[,;]\s*${POINTER})*\s*\)`, 'gi');
const POINTERS_AFTER = new RegExp(String.raw`\s*;\s*${POINTER}(?:\s*[,;]\s*${POINTER})*\s*(?=\))`, 'gi');
// "(Ducharme et al., 2015)", "(Chen and Simmons, 2011)", "(Vorkas et al., 2010; Simi et al., 2008)".
const AUTHOR_YEAR = String.raw`[A-Z][\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\p{L}'’-]+)?,?\s+(?:19|20)\d\d[a-z]?`;
const AUTHOR_YEARS = new RegExp(String.raw`\s*\(\s*${AUTHOR_YEAR}(?:\s*;\s*${AUTHOR_YEAR})*\s*\)`, 'gu');
const BRACKET = new RegExp(String.raw`\s*\[\s*${NUMBERS}\s*\](?:\s*,?\s*\[\s*${NUMBERS}\s*\])*`, 'g');
// What a bracket follows when it is a figure's interval: a number, its unit or per cent sign.
const AFTER_FIGURE = /\d\s*(?:%|[\p{L}µ/]+)?\s*$/u;
// What a bracket is followed by when it is part of a name rather than a pointer: a word holding a digit ("] P2").
const NAME_GOES_ON = /^\s?\p{L}*\d/u;
// A bracket left holding only "reviewed in" or "see" once its numbers are gone.
const EMPTIED = /\s*\(\s*(?:[Rr]eviewed\s+in|[Ss]ee(?:\s+also)?|cf\.)\s*\)/g;

export function withoutSourceCitations(text: string): string {
  const bracketsGone = text.replace(BRACKET, (marker, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + marker.length);
    // "F [1,306] = 0.56" gives a statistic's degrees of freedom: a lone letter before, a sign after.
    const isPointer = /(?:\p{L}{2}|[)"”])$/u.test(before.trimEnd()) && !AFTER_FIGURE.test(before) && !NAME_GOES_ON.test(after) && !/^\s*[=<>≤≥]/.test(after);
    return isPointer ? '' : marker;
  });
  const out = bracketsGone
    .replace(POINTERS_AFTER, '')
    .replace(POINTERS_ONLY, '')
    .replace(AUTHOR_YEARS, '')
    .replace(EMPTIED, '')
    // "hereditary ovarian cancer (5).": a bare number in brackets is a reference only where it closes the sentence, spaced
    // after a lower-case word that follows no figure; elsewhere it may count ("risperidone (92), olanzapine (28)", "the
    // United States (2)"), give a range ("4 days (0-9)"), a power ("mm(2)"), a residue ("Ser(96)") or a chromosome ("UPD (14)").
    // A sentence giving several such numbers ("dyes (3), handicrafts (3) and religious (1).") counts with them all.
    .replace(/(?<!\d\s*)(?<![\p{L}\d])(\p{Ll}{3,})\s+\(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\)(?=\.(?:\s|$))/gu, (marker, word: string, _o: number, whole: string) =>
      (whole.match(/\(\d{1,3}\)/g) ?? []).length > 1 ? marker : word,
    );
  // A sentence that was only pointers keeps its text.
  return out.split(/\s+/).length >= 3 ? out : text;
}
