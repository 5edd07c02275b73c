// Comparison signs before a number ("aged ≥ 50 years", "children <5 years of age", ">85% benefit") are read by a
// clinician at a glance and by a lay reader not at all: they are said in words. Statistics ("p < 0.05") are dropped
// before this runs (drop-statistics.ts); a sign after a letter or inside a formula is left as written.

// A number, with an optional unit word or percent sign after it.
const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)(\s*%|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|million|billion|thousand|mg|g|kg|ml|mL|cm|mm|kg\/m2|episodes?|times?|doses?|lines?|cycles?)\b(?:\s+(?:old|of age)\b)?)?`;
// The sign, after the start of the text, a space or an opening bracket, never after a letter ("p<0.05", "CD4<200").
const SIGNED = new RegExp(String.raw`(^|[\s(\[])(≥|≤|>=|<=|>|<)\s*${AMOUNT}(?!\.?\d)`, 'g');

// Words before an age: "aged ≥ 50 years" and "adults ≥60 years" are "50 years or older", not "50 years or more".
const AGE_BEFORE = /\b(?:aged|age|ages|adults|people|persons|individuals|children|infants|women|men|patients|those)\s*$/i;

/** Says comparison signs before numbers in words: "aged ≥ 50 years" -> "aged 50 years or older", "≤5 mm" -> "up to 5 mm". */
export function plainNumbers(text: string): string {
  return text.replace(SIGNED, (whole, lead: string, sign: string, number: string, unit: string | undefined, at: number) => {
    // "p < 0.05", "n > 30", "HR < 1" compare a statistic the sentence names; they stay in their symbols.
    if (/(?:^|[\s(\[])(?:[A-Za-z]|OR|HR|RR|CI|IQR|SD|AUC)\s*$/.test(text.slice(0, at + lead.length).trimEnd())) return whole;
    const amount = `${number}${unit ?? ''}`;
    const age = /\b(?:years?|months?|weeks?|days?)\b/.test(unit ?? '') && (AGE_BEFORE.test(text.slice(0, at + lead.length)) || /\s(?:old|of age)$/.test(amount));
    switch (sign) {
      case '≥':
      case '>=':
        return `${lead}${amount} or ${age ? 'older' : 'more'}`;
      case '≤':
      case '<=':
        // "(≤5 mm or >5 mm)" reads "up to 5 mm or more than 5 mm", not "5 mm or less or more than 5 mm".
        return age ? `${lead}${amount} or younger` : `${lead}up to ${amount}`;
      case '>':
        return `${lead}${age ? 'over' : 'more than'} ${amount}`;
      case '<':
        return `${lead}${age ? 'under' : 'less than'} ${amount}`;
      default:
        return whole;
    }
  });
}
