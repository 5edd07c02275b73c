// Statistical expressions a lay reader does not need; the numbers that carry meaning ("13 cases",
// "71% vs 61%") are not matched by any of these.
const NUM = String.raw`[-−–]?\d*[.·]?\d+(?:\s*[x×]\s*10\s*\(?[-−–]?\d+\)?)?`;
const RANGE = String.raw`${NUM}\s*(?:-|–|—|to|,)\s*${NUM}`;
const STAT_EXPRESSIONS: RegExp[] = [
  new RegExp(String.raw`\b\d{2}(?:\.\d)?\s*%\s*(?:CI|C\.I\.|CrI|confidence intervals?|credible intervals?)\s*[:=,]?\s*[\[(]?\s*${RANGE}\s*[\])]?`, 'gi'),
  new RegExp(String.raw`\b(?:CI|CrI)\s*[:=,]?\s*[\[(]?\s*${RANGE}\s*[\])]?`, 'g'),
  new RegExp(String.raw`\b[pP]\s*(?:-?\s*values?|trend|for trend|interaction)?\s*(?:<=|>=|[<>=≤≥])\s*${NUM}`, 'g'),
  // "q < 0.05", "FDR = 0.01": a p value corrected for testing many genes or outcomes at once.
  new RegExp(String.raw`\b(?:q|FDR|padj|adjusted\s+[pP])\s*(?:-?\s*values?)?\s*(?:<=|>=|[<>=≤≥])\s*${NUM}`, 'g'),
  /\b[pP]\s*=\s*(?:NS|n\.s\.)/g,
  // "(P less than 0.005)", "(P less than 0. 04)": the comparison written in words, the decimal maybe spaced out.
  /\b[pP]\s+(?:less than|greater than|equal to)(?:\s+or\s+equal\s+to)?\s+(?:\d*\.\s?\d+|\d+)/g,
  /\b[nN]\s*=\s*\d[\d,]*/g,
  new RegExp(String.raw`\b(?:a?ORs?|a?RRs?|a?HRs?|IRR|RRR|ARR|NNT|SMD|W?MD|AUC|SDs?|SEM?|IQR|ICC|kappa|κ|β|beta|rho|ρ|r2|R2|r|t|F|z|U|χ2|chi2|chi-square|df|OR)\s*(?:\(\s*\d{2}\s*%\s*CI\s*\))?\s*[:=]\s*${NUM}`, 'g'),
  new RegExp(String.raw`\b(?:a?OR|a?RR|a?HR|IRR|SMD|W?MD|AUC|SD|IQR|ICC)\s+${NUM}`, 'g'),
  // "ORT3 vs T1 = 4.15": an odds ratio between the top and bottom thirds (or quartiles) of an exposure.
  new RegExp(String.raw`\b(?:a?OR|a?RR|a?HR)\s*[TQ]\d\s*(?:vs\.?|versus)\s*[TQ]\d\s*[:=]?\s*${NUM}`, 'g'),
  new RegExp(String.raw`${NUM}\s*±\s*${NUM}`, 'g'),
  // "adjusted hazard ratio = 1.01", "odds ratio: 2.3": the statistic named in words, with its sign.
  new RegExp(
    String.raw`\b(?:(?:adjusted|crude|pooled)\s+)?(?:(?:odds|hazard|risk|rate|incidence rate)\s+ratios?|relative risks?|standard deviations?|correlation coefficients?)\s*[:=]\s*${NUM}`,
    'gi',
  ),
];

// "88.4% white", "52% women", "mean age 84.9": who a study's people were, told beside their count. The finding is said
// outside the bracket; an age "at onset" or "at diagnosis" is a finding, and stays.
const SAMPLE_TRAIT = new RegExp(
  String.raw`^(?:${NUM}\s*%\s*(?:white|black|caucasian|hispanic|latino|asian|african[- ]american|female|male|women|men|girls|boys)|(?:mean|median|average)\s+age\s*[:=]?\s*${NUM}(?:\s*(?:years?|yrs?|y))?(?:\s*(?:±|\(SD\)?)\s*${NUM})?)$`,
  'i',
);

/** True when a bracketed remark holds only statistics, e.g. "95% CI 1.2-3.4, p < 0.001" or "n = 123". */
export function isPureStatistics(remark: string): boolean {
  // "partial restriction: OR = 2.1, 95% CI 1.5-2.8; none: OR = 3.3" is statistics per labelled group.
  const parts = remark.split(/;\s*/);
  if (parts.length > 1 && parts.every((p) => isPureStatistics(p.replace(LABEL, '')))) return true;
  // A bare range ("36.5%-100%", "12 to 18 months") only spans the figures the sentence already summarises.
  if (new RegExp(String.raw`^\s*(?:range\s*[:,]?\s*)?${RANGE}\s*(?:%|years?|months?|weeks?|days?|hours?|y)?\s*$`, 'i').test(remark.replace(/%/g, ''))) return true;
  const labelled = LABEL.exec(remark);
  if (labelled && labelled[0].length < remark.length) return isPureStatistics(remark.slice(labelled[0].length));
  let rest = remark;
  let found = false;
  for (const re of STAT_EXPRESSIONS) {
    rest = rest.replace(re, () => {
      found = true;
      return ' ';
    });
  }
  // Units and joining words may remain around the numbers ("4±1.9 vs. 4.2±2.1 y").
  return found && /^[\s,;:.]*(?:(?:and|vs\.?|versus|respectively|Pearson|Spearman|y|yr|yrs|years?|months?|weeks?|days?|hours?|h|min|mm|cm|kg|g|mg|ml|mL|%|person-(?:years|months))[\s,;:.]*)*$/i.test(rest);
}

// A short label before a colon ("partial restriction: OR = 2.1").
const LABEL = /^\s*[\p{L}][\p{L}\s\-]{0,40}:\s*/u;

// "odds ratio (OR) = 1.34" nests brackets inside the statistics bracket: name the statistic by its abbreviation first.
const NAMED_STATISTIC =
  /\b(?:adjusted\s+)?(?:odds ratios?|hazard ratios?|relative risks?|risk ratios?|confidence intervals?|standard deviations?|interquartile ranges?)\s*\((a?(?:OR|HR|RR|CI|SD|IQR)s?)\)(?=\s*(?:[:=]|\d|\[|\())/gi;

const ADJUSTMENT = /,\s*(?:(?:after|when|while|with)\s+)?(?:adjust(?:ment|ments|ing)?|controlling|adjusted)\s+(?:for\s+)?[^.;()]*(?=\.\s*$|\.\s+[A-Z])/g;

/** Removes bracketed remarks and trailing clauses that hold only statistics; all other text is kept as written. */
export function dropStatistics(text: string): string {
  let out = text.replace(NAMED_STATISTIC, (_whole, abbreviation: string) => abbreviation);
  // "(F [1,306] = 0.56, P = .45)": the inner bracket goes first, then the one it stood in, read again without it.
  for (let pass = 0, before = ''; pass < 3 && before !== out; pass++) {
    before = out;
    out = dropBracketedStatistics(out);
  }
  // ", p < 0.001" or "; 95% CI ..." tacked onto a clause.
  out = out.replace(/[,;]\s*([^,;()]*?)(?=[.;]?\s*$|[.;]\s)/g, (whole, inner: string) => (isPureStatistics(inner) ? '' : whole));
  // ", after adjustment for age, sex and smoking" ends a claim with how the numbers were computed.
  out = out.replace(ADJUSTMENT, '');
  // "n = 30 (46.2), (95% CI ...)]": a list that lost its last part loses the comma before its closing bracket.
  return out.replace(/\s+([,.;:])/g, '$1').replace(/[,;]([)\]])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

// Words that start a sentence and, capitalised, nothing else: no name begins with them.
const SENTENCE_OPENER = /^\s+(?:When|While|Whereas|Although|The|This|These|Those|There|It|In|Among|After|Before|During|However|We|Our|Of|For|At|No|Only|Both|All|Most|Patients)\s/;

/** The text without its bracketed remarks that hold only statistics, and with only the rates of those that mix both. */
function dropBracketedStatistics(text: string): string {
  return text.replace(/\s*[(\[]([^()\[\]]*)[)\]]/g, (whole, inner: string, at: number) => {
    // "than men (P = .04) When high IOP was ...": an abstract that lost its full stop after the statistics. A word that
    // only starts a sentence, capitalised after a lower-case word, shows the break the bracket hid.
    if (isPureStatistics(inner)) return /[\p{L}\d%]$/u.test(text.slice(0, at)) && SENTENCE_OPENER.test(text.slice(at + whole.length)) ? '.' : '';
    // "(18.4% vs. 38.6%, P<0.001)" keeps the rates and loses the p value.
    const parts = inner.split(/\s*[,;]\s*/);
    const kept = parts.filter((part) => (!isPureStatistics(part) || /%\s*(?:vs\.?|versus)/.test(part)) && !SAMPLE_TRAIT.test(part));
    if (kept.length === 0 && parts.some((part) => SAMPLE_TRAIT.test(part))) return '';
    if (kept.length === parts.length || kept.length === 0) return whole;
    const open = whole.trimStart().charAt(0);
    return whole.slice(0, whole.indexOf(open) + 1) + kept.join(', ') + (open === '(' ? ')' : ']');
  });
}
