import { findAbbreviations } from './find-abbreviations.js';

// Bracketed remarks that name things a lay reader does not need to follow the claim: trial names and registry
// numbers, brand and company names, drug development codes. Statistics go elsewhere (dropStatistics); examples,
// doses and anything else in brackets stay.

const REGISTRY = /\b(?:NCT\s?\d{6,}|ISRCTN\d+|EudraCT|ACTRN\d+|ChiCTR|UMIN\d+|ClinicalTrials\.gov|trial registration|registered)\b/i;
const COMPANY = /\b(?:Ltd|Inc|GmbH|plc|Corp|Pharmaceuticals?|Pharma|Therapeutics|Biotech|Laboratories)\b\.?/;
// One brand name after the drug's own name: "(Latuda®)", "(Amondys 45™)"; a list of brands may be the only names given.
const BRAND = /^(?!.*\b(?:and|or)\b)[^,;/]*[™®©]$/;
// "LY3437943", "REGN5458", "AG-120", "H3B-8800": a development code of letters and at least three digits.
const CODE = /^[A-Z][A-Z0-9]{0,5}-?\d{3,}[A-Z]?$/;
// "EVOLVE-1", "CARTITUDE-1", "STORM Part 2", "REGAIN": a trial's capitalised name.
const TRIAL_NAME = /^[A-Z][A-Z0-9]{3,}(?:-\d+[A-Z]?)?(?:\s+Part\s+\d+)?$/;

// "McDonald&Calhoun, 2010", "Weathers, Litz, Herman, Huska,&Keane, 1993", "Smith et al. 2011; 2014": a source's own
// pointer to a paper by its authors and year. A reader cannot follow it, and the finding does not lean on it.
// A surname has a lower-case letter: "(CAG, 2010)" or "(WHO, 2019)" names no author.
const AUTHOR = String.raw`[A-Z](?=[\p{L}'’-]*\p{Ll})[\p{L}'’-]+`;
const YEAR = String.raw`(?:19|20)\d\d[a-z]?`;
const AUTHOR_YEAR = new RegExp(
  String.raw`^(?:see\s+(?:also\s+)?|e\.g\.,?\s+|cf\.\s+)?${AUTHOR}(?:\s+et\s+al\.?|(?:\s*,?\s*&\s*|\s*,\s*|,?\s+and\s+)${AUTHOR})*,?\s+${YEAR}(?:\s*,\s*${YEAR})*$`,
  'u',
);

/** True when a bracketed remark, or one of its parts between semicolons, cites a paper by its authors and year. */
export function isAuthorYear(remark: string): boolean {
  return AUTHOR_YEAR.test(remark.trim());
}

/** True when a bracketed remark only names a trial, a registry entry, a brand or company, or a development code. */
export function isAside(remark: string, isAbbreviation: (word: string) => boolean = () => false): boolean {
  const r = remark.trim().replace(/^(?:the\s+)?(?:also known as|formerly|previously|trade name|brand name|registered as)\s+/i, '');
  if (r === '' || /^[™®©\s]+$/.test(r)) return true;
  if (REGISTRY.test(r) || COMPANY.test(r) || BRAND.test(r)) return true;
  const items = r.split(/\s*(?:[,;/]|\band\b|\bor\b)\s*/).filter(Boolean);
  // A capitalised word the text or the dictionaries spell out is an abbreviation the reader may meet again.
  return items.length > 0 && items.every((item) => CODE.test(item) || (TRIAL_NAME.test(item) && !isAbbreviation(item)));
}

/**
 * Removes bracketed asides (trial names, registry numbers, brands, companies, development codes) and brand marks;
 * `isAbbreviation` tells which capitalised words have a known expansion and so are kept.
 */
export function dropAsides(text: string, isAbbreviation: (word: string) => boolean = () => false): string {
  const defined = new Set(findAbbreviations(text).map((d) => d.abbreviation));
  const known = (word: string): boolean => defined.has(word) || isAbbreviation(word);
  return text
    .replace(/\s*[(\[]([^()\[\]]*)[)\]]/g, (whole, inner: string) => {
      if (isAside(inner, known)) return '';
      // "(PCL; McDonald&Calhoun, 2010; Weathers et al., 1993)" keeps its short form and loses the papers it cites.
      const parts = inner.split(/\s*;\s*/);
      const kept = parts.filter((part) => !isAuthorYear(part));
      if (kept.length === parts.length) return whole;
      if (kept.length === 0) return '';
      const open = whole.trimStart().charAt(0);
      return `${whole.slice(0, whole.indexOf(open) + 1)}${kept.join('; ')}${open === '(' ? ')' : ']'}`;
    })
    .replace(/[™®]/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
