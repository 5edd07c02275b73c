/**
 * The words a reader wraps a question in, which say where they heard a claim or how sure they are of it, not what it
 * is about: "I read online that ...", "Someone told me ...", "My doctor said ...", "Is it true that ...", "..., is
 * that a real thing?", "What's the deal with ...", "I've always wondered ...". A text that answers the question need
 * not write "online", "told", "real" or "deal": the frame is taken out of the words the evidence is held to, and the
 * question's form (yes/no, which) is read as before.
 *
 * Also wording of the reader's voice: "came back" / "keeps coming back" (a condition returning) is the phrasal verb
 * "come back", not the body part "back"; "always seems" hedges the claim that follows.
 */

// Who tells the reader something: someone, people, a friend, "my doctor", "the nurse", "they".
const TELLER = String.raw`(?:someone|somebody|people|everyone|they|a (?:friend|doctor|nurse|colleague|neighbou?r)|(?:my|our|the|his|her|their) (?:[\p{L}-]+ )?(?:doctor|dr|gp|nurse|midwife|surgeon|consultant|specialist|cardiologist|dentist|pharmacist|physio|therapist|friend|friends|mum|mom|dad|mother|father|sister|brother|wife|husband|partner|aunt|uncle|grandma|grandmother|grandpa|grandfather|family|colleague|coach))`;
// How the reader came to hear it.
const HEARSAY = new RegExp(
  String.raw`(?:^|(?<=[.,;:!?]\s*))\s*(?:(?:so|but|and|also|well|ok(?:ay)?)\s*,?\s+)?(?:` +
    [
      // "I read online that", "I've read somewhere", "I saw on the news that"
      String.raw`i(?:'ve|’ve| have)?\s+(?:just\s+|recently\s+|once\s+)?(?:read|saw|seen|heard)(?:\s+(?:online|somewhere|on (?:the )?(?:internet|news|tv|television|facebook|a forum|social media|a website)|in (?:a|the) (?:paper|newspaper|magazine|article|news)))?(?:\s+(?:that|about))?`,
      // "someone told me", "my doctor said", "the nurse mentioned that", "people say"
      String.raw`${TELLER}\s+(?:just\s+|once\s+|recently\s+)?(?:told me|tells me|told us|said|says|say|mentioned|thinks|think|reckons|claims?)(?:\s+that)?`,
      // "I was told that", "we were told"
      String.raw`(?:i|we)\s+(?:was|were|have been|'ve been|’ve been)\s+told(?:\s+that)?`,
      // "I've always wondered (if|whether)", "I'm wondering whether", "I wonder if"
      String.raw`i(?:'ve|’ve| have| am|'m|’m)?\s+(?:always\s+|often\s+|just\s+|been\s+)*(?:wondered|wondering|wonder)(?:\s+(?:if|whether|about))?`,
      // "Is it true that", "Is it really true that"
      String.raw`is it (?:really |actually )?true (?:that|what they say that)`,
      // "What's the deal with", "what is the story with"
      String.raw`what(?:'s|’s| is)\s+the\s+(?:deal|story|thing|score)\s+(?:with|about)`,
    ].join('|') +
    String.raw`)(?=\s|,|$)`,
  'giu',
);
// A closing tag asking whether a claim holds: "Is that true?", "is that a real thing?", "or is it a myth?".
const TRUTH_TAG =
  /(?:^|(?<=[.,;:!?]\s*)|\s+(?=or\b))\s*(?:or\s+)?(?:is|was|are)\s+(?:that|this|it|these|those|they)\s+(?:really\s+|actually\s+|even\s+|just\s+)?(?:true|real|right|correct|accurate|a\s+(?:real\s+)?thing|a\s+myth|a\s+real\s+(?:thing|effect|phenomenon)|an?\s+old\s+wives'?\s+tale|just\s+a\s+myth)\s*\?*\s*$/iu;
// Hedges of the reader's voice before the claim ("always seems higher", "actually", "really").
const HEDGE = /\b(?:always|actually|honestly|basically|apparently|supposedly|probably)\b|\b(?:seems?|seemed|seeming)\b(?=\s+(?:to\s+)?\p{L})/giu;
// "came back", "comes back", "keeps coming back", "come back": a condition returning, the reader's everyday verb; the
// particle is no body part.
const COME_BACK = /\b(come|comes|came|coming)\s+back\b(?!\s+(?:of|pain|muscles?|spine|injur))/giu;

// "Will it come back?", "Does that mean it won't come back?": "come back" as the verb asked about (after a modal, "do" or
// "to") is a condition recurring, what the evidence writes "recurrence" for; "cancer that came back" only describes it.
const ASKED_COME_BACK = /(?<=\b(?:will|won['’]?t|would|wouldn['’]t|can|can['’]t|could|might|may|does|do|did|doesn['’]t|don['’]t|didn['’]t|to)\s+(?:\p{L}+\s+){0,2})come\s+back\b(?!\s+(?:of|pain|muscles?|spine|injur))/giu;
// "Does that mean ...", "Would this mean that ...": the reader asks what a finding of theirs implies; the asked matter
// is what follows, and "mean" is no word the evidence need write.
const MEANS_FRAME = /\b(?:does|do|did|would|could|will|can)\s+(?:that|this|it|these|those)\s+(?:really\s+|necessarily\s+|automatically\s+)?mean\b(?:\s+that\b)?/giu;

// Everyday phrasal verbs whose particle would join the subject beside it: "cuts down on repeat scans" says "reduces"
// ("hospitals cuts" was read as one subject), and "end up with more C-sections" says "have".
const PHRASAL: [RegExp, string][] = [
  [/\b(cut|cuts|cutting)\s+down(?:\s+on)?\b/giu, 'reduce'],
  [/\b(?:end|ends|ended|ending)\s+up(?:\s+(?:with|having|being|getting|needing))?\b/giu, 'have'],
];

/** The question without the words the reader wraps it in: where they heard it, a truth tag, hedges, the particle of "come back". */
export function withoutReaderFrame(question: string): string {
  const framed = question.replace(TRUTH_TAG, '').replace(HEARSAY, ' ').replace(HEDGE, ' ').replace(MEANS_FRAME, ' ').replace(ASKED_COME_BACK, 'recurrence').replace(COME_BACK, ' ');
  return PHRASAL.reduce((text, [verb, said]) => text.replace(verb, said), framed).replace(/\s{2,}/gu, ' ').trim().replace(/^[,;:]\s*|\s*,$/gu, '');
}
