import { contentTerms, stemsMatch } from './content-terms.js';

/**
 * A question may ask for a figure of one kind: how long something lasts or takes (a duration), how many things there
 * were (a count), what dose was given, by how much something changed (a magnitude), when it happens (a time), or which
 * of two named alternatives holds ("day or night?"). The sentence that answers gives a figure of that kind ("for 6
 * months", "20 437 cataract extractions", "0.5 mg/kg", "improved by 32.5%", "42 episodes (71.2%) occurred in the
 * night-time and 17 (28.8%) in the day-time"), not another sentence about the same subjects. Shares and ages are read
 * by direct-fit (givesAskedFigure, AGE_QUESTION).
 */
export type QuantityKind = 'duration' | 'count' | 'dose' | 'magnitude' | 'level' | 'time' | 'choice';

// A number in digits or words ("20 437", "3.5", "one hundred thirty five", "ten").
const NUMBER = String.raw`(?:\d+(?:[ ,.]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|several|a few)`;
const TIME_UNIT = String.raw`(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|nights?|weeks?|wks?|months?|mo|years?|yrs?|decades?)`;
const DOSE_UNIT = String.raw`(?:mg|g|µg|μg|mcg|ng|ml|mL|l|IU|iu|U|units?|mmol|mEq|Gy|cGy|tablets?|capsules?|puffs?|drops?)(?:\s*\/\s*(?:kg|m2|m²|day|d|dose|h|hour|min|ml|mL|l))?`;

// "How long does X last?", "For how many weeks ...?", "What is the duration of X?".
const DURATION_QUESTION = new RegExp(String.raw`\bhow long\b|\bhow many ${TIME_UNIT}\b|\bwhat (?:is|was|are|were) the (?:[\p{L}-]+ )?(?:duration|length)\b|\bfor how long\b`, 'iu');
// "What dose was used?", "At what dose ...?", "What is the recommended dosage?", "How much X should I take?", "How many mg ...?",
// "What is the safest amount of ibuprofen to take at one time?".
const DOSE_QUESTION = new RegExp(
  String.raw`\b(?:what|which|at what)\s+(?:[\p{L}-]+\s+){0,2}(?:dose|doses|dosage|dosing)\b|\bwhat(?:'s|\s+is|\s+are)?\s+(?:[\p{L}-]+\s+){0,3}amounts?\s+of\s+(?:[\p{L}-]+\s+){1,3}(?:to|should|can|do)\s+(?:i\s+|we\s+|you\s+)?(?:take|use|give|have)\b|\bhow much\b(?:\s+[\p{L}-]+){0,4}\s+(?:should|can|do|to|is|was|were)\s+(?:i|we|you|be|it)?\s*(?:take|use|used|give|given|administered|have)\b|\bhow many ${DOSE_UNIT}\b`,
  'iu',
);
// "What haemoglobin level before surgery avoids a transfusion?", "At what PSA threshold ...?", "Which cut-off of
// ferritin ...?": a level of a measure, not a level of evidence, care or education.
const LEVEL_QUESTION =
  /\b(?:what|which|at what|above what|below what|under what|over what)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:levels?|thresholds?|cut-?offs?|cut-?points?|concentrations?)\b(?!\s+of\s+(?:evidence|care|education|consciousness|activity|training|expertise|experience|support|recommendation)\b)/iu;
// "How much does X improve things?", "By how much does X lower Y?".
const MAGNITUDE_QUESTION = /\b(?:by )?how much\b/iu;
// "How many eyes were in the study?", with the word naming what is counted (direct-fit reads it too).
export const COUNT_QUESTION = /\bhow many\s+([\p{L}-]+)/iu;
// "When does X happen?", "When do late bleeds usually happen?": a time. "When should I see a doctor?" asks for a
// circumstance, and "When in life" for an age (direct-fit).
const TIME_QUESTION = /^\W*when\b(?!\s+in\s+life\b)(?!\s+(?:should|must|do|would)\s+(?:i|we)\s+(?:see|go|seek|call|contact|worry|be))/iu;
// "..., day or night?", "Is it more common in men or women?" (not yes or no): two named alternatives closing the question.
const CHOICE_QUESTION = /[,:]\s*(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+or\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*\?\s*$/iu;

/** The kind of figure a question asks for, or undefined when it asks for none of these. */
export function askedQuantity(analysis: { question: string; type: string }): QuantityKind | undefined {
  const q = analysis.question;
  if (analysis.type === 'yesno') return undefined;
  if (CHOICE_QUESTION.test(q)) return 'choice';
  if (DURATION_QUESTION.test(q)) return 'duration';
  if (DOSE_QUESTION.test(q)) return 'dose';
  if (MAGNITUDE_QUESTION.test(q)) return 'magnitude';
  if (LEVEL_QUESTION.test(q)) return 'level';
  const counted = COUNT_QUESTION.exec(q)?.[1];
  // "How many times ...?" asks how often (asked-aspect); "How many mg" a dose (above).
  if (counted && !/^times$/i.test(counted)) return 'count';
  if (TIME_QUESTION.test(q)) return 'time';
  return undefined;
}

// A person's age ("a 17-year-old", "aged 45 years", "at 3 years of age") is no duration or time.
const AGE = new RegExp(
  String.raw`\b${NUMBER}[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b|\b(?:aged?|age of)\s+${NUMBER}(?:\s*(?:±|\+\/-|-|–|to|and)\s*${NUMBER})?(?:\s*(?:years?|yrs?|months?))?|\b${NUMBER}\s*(?:years?|months?) of age\b`,
  'giu',
);
// A p-value or test statistic ("P = 0.001", "r = 0.557") is no figure of anything asked.
const STATISTIC = /\b(?:p|r|n|OR|RR|HR|CI|kappa|κ)\s*[=<>≤≥]\s*[\d.]+/giu;

const DURATION = new RegExp(String.raw`\b${NUMBER}(?:\s*(?:-|–|to|and)\s*${NUMBER})?[\s-]*${TIME_UNIT}\b`, 'iu');
const DOSE = new RegExp(String.raw`\d(?:[.,]\d+)?[\s-]*${DOSE_UNIT}(?![\p{L}])`, 'u');
// A change or amount given as a figure: a percentage, a number with a unit, "N-fold" (in words too, "a ninefold-increased
// risk"), "N times higher", "from N to M", "by N".
// "By N" is a change ("fell by 12"), not the people something was done by ("was reported by 1,228 female twins").
const MAGNITUDE = /\d\s*(?:%|percent\b|per cent\b|-?fold\b|points?\b|mm\s?hg\b|kg\b|mg\/d[lL]\b|mmol\b|cm\b|mm\b|dB\b)|\bfrom\s+[\d.]+\s*\S*\s+to\s+[\d.]+|\bby\s+(?:a mean of\s+|an average of\s+|about\s+)?[\d.,]*\d(?![\d.,]*(?:\s+[\p{L}-]+){0,2}\s+(?:patients|subjects|participants|individuals|people|persons|men|women|boys|girls|children|infants|adults|twins|mothers|parents|families|respondents|volunteers|physicians|doctors|nurses|clinicians|surgeons|investigators|authors|centers|centres|hospitals)\b)|\b(?:doubl|tripl|halv)\w*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|several)-?fold\b|\d\s*times\s+(?:higher|greater|larger|more|lower|smaller|less|as)\b/iu;
// A level of a measure: a figure in a unit of concentration or of a measured value ("13 g/dl", "4 ng/mL", "140 mmHg",
// "7%"), or a bound set on a figure ("below 13", "≥ 4", "less than 10").
const LEVEL = /\d\s*(?:%|(?:m|µ|μ|n|p)?(?:g|mol|eq|IU|U)\s*\/\s*(?:d?l|dL|L|ml|mL|kg|g)\b|mm\s?hg\b|mEq\b|IU\b)|(?:\b(?:below|above|under|over|exceed\w*|less than|more than|greater than|lower than|higher than|at least|at most|up to)|[<>≤≥])\s*\d/iu;
// A time: a span after an event ("within 24 hours", "on day 7", "after 6 weeks"), a time of day, a year.
const TIME = new RegExp(String.raw`${DURATION.source}|\b(?:post-?operative|postoperative) day\b|\b(?:night|night-time|nighttime|day-time|daytime|morning|evening|afternoon)\b|\b(?:19|20)\d\d\b`, 'iu');
// People or things counted, whatever the question calls them ("135 adult patients", "4000 cases").
const COUNTED_THING = /^(?:patients?|subjects?|participants?|individuals?|people|persons?|cases?|men|women|boys|girls|children|infants|adults?|families|eyes|procedures?|operations?|surgeries|extractions?|episodes?|events?|studies|trials?|samples?|specimens?|volunteers?|respondents?|controls?|members?)$/iu;

// A unit after a number, which makes it a time, dose or share rather than a count.
const UNIT_AFTER = new RegExp(String.raw`^(?:${TIME_UNIT}|${DOSE_UNIT}|%|percent|fold|times|mm|cm|kg|D)$`, 'iu');

// The text with ages and statistics taken out, so that "a 45-year-old" and "P = 0.001" give no figure.
const plain = (text: string) => text.replace(AGE, ' ').replace(STATISTIC, ' ');

// "How many eyes were in the study?", "How many patients received X?": the count of the study's own units, which its
// design gives. "How many patients died?" asks how many of them did something, which an enrolment count does not say.
const DESIGN_PREDICATE = /^\s*(?:(?:were|was|are|is)\s+(?:in|included|enrolled|recruited|randomi[sz]ed|studied|treated|operated|assigned|allocated|analy[sz]ed|examined|involved|there)|(?:took part|participated|received|underwent|had\b(?=\s+(?:the|a|an)\s+\S+\s+(?:surgery|operation|procedure|implant\w*)))|(?:did|does|do)\s+(?:the|this|that)\s+(?:study|trial)\b)/iu;
// What the predicate of "How many X <predicate>?" asks of them, up to where the question names a setting.
const PREDICATE_END = /\s+(?:after|before|during|following|in|on|with|for|among|at|from|within|of)\b|[?,.]|$/iu;
const AUXILIARY = /\b(?:were|was|are|is|have|has|had|did|do|does|don['’]t|didn['’]t|doesn['’]t|would|will|can|could|may|might|should)\b/iu;
const PAST_VERB = /\b[\p{L}]{3,}(?:ed|ied)\b/iu;
// Verbs that only say something befell them: the thing that befell them says what is counted.
const BEFELL = /^(?:develop|get|got|have|had|experienc|suffer|present|show|undergo|need|requir)/u;

/** The stems a sentence counting "How many X <predicate>?" must say of them, or none for a count of the study's units. */
function predicateStems(question: string): string[] {
  const m = COUNT_QUESTION.exec(question);
  if (!m) return [];
  // The predicate starts at the first auxiliary ("were", "had", "don't") or, with none, the first past verb ("died",
  // "developed"): "newly diagnosed TB patients in western China" before "don't stick" names who is counted.
  const after = question.slice((m.index ?? 0) + m[0].length);
  const verb = AUXILIARY.exec(after) ?? PAST_VERB.exec(after);
  const rest = verb ? after.slice(verb.index) : after;
  if (DESIGN_PREDICATE.test(rest)) return [];
  const bare = rest.replace(/^\s*(?:were|was|are|is|have|has|had|did|do|does|don['’]t|didn['’]t|doesn['’]t|would|will|can|could|may|might|should)\s+/iu, ' ');
  const end = PREDICATE_END.exec(bare);
  const predicate = bare.slice(0, end?.index ?? bare.length);
  return contentTerms(predicate).map((t) => t.stem).filter((s) => !BEFELL.test(s));
}

/**
 * Whether a sentence gives a count of what "How many X ...?" counts: a number just before X or a word for people or
 * cases, and, when the question asks how many did something ("died", "had late haemorrhage"), the sentence says it.
 */
function givesCount(question: string, text: string): boolean {
  const predicate = predicateStems(question);
  if (predicate.length && !contentTerms(text).some((t) => predicate.some((s) => stemsMatch(t.stem, s)))) return false;
  const counted = COUNT_QUESTION.exec(question)?.[1] ?? '';
  const stem = contentTerms(counted)[0]?.stem;
  const words = plain(text).split(/\s+/);
  const isNumber = (w: string) => new RegExp(`^\\(?${NUMBER}\\)?$`, 'iu').test(w.replace(/[,;:]$/u, ''));
  for (let i = 0; i < words.length; i++) {
    if (!isNumber(words[i] as string) || /%|\d[.,]\d/.test(words[i] as string)) continue;
    // "135 adult patients", "20 437 cataract extractions": the counted word stands within three words after. "Five
    // months after cataract surgery" counts time, and "6 mg" a dose.
    const next = (words[i + 1] ?? '').replace(/^[(\[]+|[)\],;:.]+$/gu, '');
    if (UNIT_AFTER.test(next)) continue;
    for (const w of words.slice(i + 1, i + 5).map((x) => x.replace(/[^\p{L}-]/gu, ''))) {
      if (!w) continue;
      if (COUNTED_THING.test(w) || (stem !== undefined && contentTerms(w).some((t) => stemsMatch(t.stem, stem)))) return true;
    }
  }
  return /\b(?:a total of|n\s*=)\s*\d/iu.test(text);
}

// How many words from an alternative its figure may stand.
const CHOICE_SPAN = 5;

/** Whether a sentence gives a figure beside each of the two alternatives a choice question names. */
function givesChoice(question: string, text: string): boolean {
  const m = CHOICE_QUESTION.exec(question);
  if (!m) return false;
  const alternatives = [m[1], m[2]].map((a) => contentTerms(a as string).map((t) => t.stem));
  const words = plain(text).split(/\s+/);
  // A count or share ("42 episodes (71.2%)", "17/59"), not a time of day ("9.00 a.m.") or a grade.
  const figureAt = (i: number) => /\d\s*%|\d\s*\/\s*\d/.test(words[i] ?? '');
  const near = (stems: string[]) =>
    words.some((w, i) => {
      const said = contentTerms(w.replace(/-/g, ' ')).map((t) => t.stem);
      if (!stems.some((s) => said.some((t) => stemsMatch(t, s)))) return false;
      for (let k = Math.max(0, i - CHOICE_SPAN); k <= i + CHOICE_SPAN && k < words.length; k++) if (figureAt(k)) return true;
      return false;
    });
  return alternatives.every((stems) => stems.length > 0 && near(stems));
}

/** Whether a sentence gives a figure of the kind a question asks for. */
export function givesQuantity(kind: QuantityKind, question: string, text: string): boolean {
  const read = plain(text);
  switch (kind) {
    case 'duration':
      return DURATION.test(read);
    case 'dose':
      return DOSE.test(read);
    case 'magnitude':
      return MAGNITUDE.test(read);
    case 'level':
      return LEVEL.test(read);
    case 'time':
      return TIME.test(read);
    case 'count':
      return givesCount(question, text);
    case 'choice':
      return givesChoice(question, text);
  }
}
