import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';

// A relative clause after a noun ("modifications of chromatin that do not cause changes in DNA sequence"), up to the
// next clause break.
const RELATIVE_CLAUSE = /\b(?:that|which|who|whose|whom)\b[^,;:()]*/gi;
// Words after which "that" opens what is said or found ("demonstrate that", "the evidence that", "so that"), not a
// relative clause.
const REPORTING =
  /(?:demonstrat|show|suggest|found|find|indicat|conclud|reveal|report|confirm|believ|argu|propos|observ|evidence|hypothes|assum|known|seem|appear|ensur|mean|impl|predict|expect|determin|establish|prov|thought|view|notion|idea|fact|likel|possib|clear|so|such|now|given|note|noted|say|said|stat|claim|verif|recogni[sz]|realiz|understand|agree|mean|sure|certain|aware|unlikely|probab|hope|fear|concern|sign|evident|true|shown|than)\w*$/i;
/** Whether a text names one of the question's concept stems (stemsMatch). */
function namesAsked(text: string, stems: readonly string[]): boolean {
  return contentTerms(text).some((t) => stems.some((s) => stemsMatch(s, t.stem)));
}

// A negation within a clause.
const NEGATION = /\b(?:not|no|never|neither|nor|without|cannot|can't|doesn't|don't|didn't|isn't|aren't|wasn't|weren't|won't|fail\w*|lack\w*)\b/i;

/**
 * The sentence without its relative clauses that negate something the question does not name: "Epigenetic
 * modifications are heritable changes to the genome that do not affect the DNA sequence" tells what the changes
 * are not, which denies nothing of "Can epigenetic modifications be heritable?". A relative clause that names a
 * question word ("patients who did not respond to X") stays.
 */
export function withoutAsideNegations(text: string, analysis: QuestionAnalysis): string {
  const stems = analysis.concepts.map((c) => c.stem);
  return text.replace(RELATIVE_CLAUSE, (clause, offset: number) => {
    // The clause must follow what it describes: a sentence opening with "That ..." is no relative clause, and "found
    // that ...", "the evidence that ..." state a finding, whose negation is the sentence's own.
    const before = /(\S+)\s*$/.exec(text.slice(0, offset))?.[1] ?? '';
    if (offset === 0 || (/^that\b/i.test(clause) && REPORTING.test(before)) || !NEGATION.test(clause) || namesAsked(clause, stems)) return clause;
    return ' ';
  });
}

// Verbs of harm to what follows them: denied ("did not negate the ability", "does not impair healing"), they affirm.
const HARMING_VERB = /\b(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might)\s+not|(?:did|does|do|was|were|is|are|has|have|had|could|can|would)n[’']t|never)\s+(?:\w+ly\s+)?((?:negat|impair|compromis|hinder|hamper|undermin|jeopardi[sz]|weaken|interfer)\w*)/gi;

/**
 * A sentence without the denials of a harm to something ("it did not negate the ability of the vaccine to ...",
 * "does not impair wound healing"): two negatives affirm, so such a denial is no denial of what is asked, unless
 * the harm itself is what the question asks about ("Does X impair healing?").
 */
export function withoutDeniedHarmVerbs(text: string, analysis: QuestionAnalysis): string {
  const stems = analysis.concepts.map((c) => c.stem);
  return text.replace(HARMING_VERB, (whole, verb: string) => (namesAsked(verb, stems) ? whole : ' '));
}

// A person or group the sentence describes by what they have or lack: "a patient with adult-onset dystonia and no
// family history", "patients without diabetes", "those who had no prior surgery", and a comparison group by what it
// did not do or get: "patients who did not receive aspirin", "participants who never smoked", "students who reported
// no substance use", "the remaining cases from the same series not associated with a BRCA mutation".
const GROUP_WITH =
  /\b(?:patients?|people|persons?|individuals?|subjects?|women|men|children|girls|boys|infants|neonates|adults|adolescents|participants|volunteers|carriers|families|cases?|those|mice|rats|animals|students|respondents|users|smokers|workers|residents|mothers|controls)\s+(?:with|without|who (?:(?:had|have|has|did|do|does|were|was|are|is)(?=\s+(?:no|not|never)\b)|(?=never\b)|(?:reported|received|used|took|underwent)(?=\s+no\b))|(?:(?:from|in|of)\s+[\w -]{0,40}?\s+)?(?=not\s+(?:associated|linked|exposed|treated|receiving|carrying|taking|undergoing|given)\b))\b[^,;:.()]*/gi;
// What opens the description: its preposition or relative pronoun with the auxiliary or verb the negation follows.
const DESCRIPTION_OPENING = /^(?:with|who)\s+(?:had|have|has|did|do|does|were|was|are|is|reported|received|used|took|underwent)?/i;
// A verb ends the description: what follows says what happened to the group ("patients with no history ... did not respond").
const DESCRIPTION_END =
  /\b(?:is|are|was|were|be|been|being|had|has|have|did|does|do|showed?|shown|developed|received|underwent|responded|improved|experienced|required|remained|achieved|presented|died|survived|can|could|may|might|should|will|would|must)\b/i;
const DESCRIBED_NEGATION = /\b(?:no|not|without|none|never|lack\w*|absence)\b/gi;

/**
 * The sentence without the negations that describe the people it speaks of: "in a patient with adult-onset dystonia
 * and no obvious family history of dystonia" tells who the patient is, not that anything asked is denied; "patients
 * with symptoms not typical of the disease" likewise. What the sentence says of them (after its verb) is kept.
 */
export function withoutGroupNegations(text: string): string {
  return text.replace(GROUP_WITH, (group: string) => {
    const head = /^\S+\s+(?:without\b)?/i.exec(group)?.[0] ?? '';
    const rest = group.slice(head.length);
    const end = DESCRIPTION_END.exec(rest.replace(DESCRIPTION_OPENING, (m) => ' '.repeat(m.length)));
    const described = end ? rest.slice(0, end.index) : rest;
    return head.replace(/\bwithout\b/i, '       ') + described.replace(DESCRIBED_NEGATION, (w) => ' '.repeat(w.length)) + rest.slice(described.length);
  });
}

// A denied change of a finding by something else: "did not appear to be modified by patients' sex", "was not
// attenuated by adjustment for age", "did not vary by region", "does not depend on dose". What follows the preposition
// (to the clause's end; a list of modifiers runs past its commas) is the modifier.
const DENIED_MODIFIER =
  /\b(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might)\s+not|(?:did|does|do|was|were|is|are|has|have|had|could|can|would)n[’']t|never)\s+(?:(?:appear|seem)s?\s+to\s+)?(?:be\s+|have\s+been\s+)?(?:\w+ly\s+)?(?:(?:modifi|alter|influenc|affect|chang|moderat|attenuat|explain|confound)\w*\s+by|(?:var(?:y|ied|ies)|differ(?:ed|s)?)\s+(?:by|across|according\s+to|with)|depend(?:ed|s)?\s+(?:up)?on)\b[^;.]*/gi;

/**
 * The sentence without the denial that something else changed its finding: "An increased risk of serious infections
 * with infliximab relative to etanercept did not appear to be modified by patients' sex, race, or smoking status"
 * states the increased risk, and denies only that sex or race modify it. The denial stays when the modifier is what
 * the question asks about ("Does smoking modify the risk ...?"), or the sentence says nothing before it.
 */
export function withoutDeniedModifiers(text: string, analysis: QuestionAnalysis): string {
  const stems = analysis.concepts.map((c) => c.stem);
  return text.replace(DENIED_MODIFIER, (whole: string, offset: number) => {
    const modifier = whole.replace(/^.*?\b(?:by|across|to|with|on)\s+/i, '');
    return namesAsked(modifier, stems) || !namesAsked(text.slice(0, offset), stems) ? whole : ' ';
  });
}
