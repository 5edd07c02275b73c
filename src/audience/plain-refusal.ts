/**
 * A refusal's reason as a patient or caregiver reads it. The answer stage says why in clinicians' terms ("No article
 * in the corpus of 1,896 records mentions coffee."); a lay reader is told what clinq looked for, that it found no study
 * that answers the question, how to ask it again and whom to ask instead. The reasons are matched by their wording,
 * which the answer stage keeps stable; one not matched keeps its own words and gets the general next steps.
 */

/** The readers whose refusals are reworded. */
export type LayAudience = 'patient' | 'caregiver';

type Reason = { said: string; retry?: string };

const CLINICIAN: Record<LayAudience, string> = {
  patient: 'You can also ask your doctor, nurse or pharmacist.',
  caregiver: 'You can also ask their doctor, nurse or pharmacist.',
};

// Other words often find what the first ones did not: a reader's word for a medical one, or the reverse.
const OTHER_WORDS = 'You could ask again with other words, such as the medical name of the condition or the name of a medicine.';

const N = '([\\d,]+) records?';

/** A word or phrase as the refusal repeats it: in quotes when it is one word, which may read oddly in a sentence. */
const quoted = (words: string) => (/\s/.test(words.trim()) ? words : `"${words}"`);

// Words of conversation that the answer stage lists among those searched ("im", "think", "now", "anything"): a reader
// recognises the question by its other words. They are everyday English of no topic, not words of any question.
const FILLER = new Set(
  `im ive id dont didnt cant wont isnt doesnt youre think thinking know knew get gets getting got anything something
  everything nothing now today tonight meantime maybe really also still again please thing things way ask want need
  kind sort lot lots rid`.split(/\s+/),
);

/**
 * The searched words of a reason without the words of conversation among them ("now, im, away, mold, getting, better,
 * stay and body together" to "away, mold, better, stay and body together"); the words as they were when fewer than two
 * others are left, since one word alone ("pain") is no longer what no article covered.
 */
export function withoutFillers(words: string): string {
  const together = / together$/.test(words);
  const list = words.replace(/ together$/, '').split(/,\s*|\s+(?:and|or)\s+/);
  const joiner = / or [^,]+$/.test(words) && !/ and [^,]+$/.test(words) ? 'or' : 'and';
  const kept = list.filter((w) => !FILLER.has(w.trim().toLowerCase()));
  if (kept.length < 2 || kept.length === list.length) return words;
  const joined = kept.length === 1 ? kept[0] : `${kept.slice(0, -1).join(', ')} ${joiner} ${kept.at(-1)}`;
  return `${joined}${together && kept.length > 1 ? ' together' : ''}`;
}

// Each reason the answer stage gives, from its clinician wording to a lay one; `$n` are the matched parts.
const REASONS: [RegExp, (m: string[]) => Reason][] = [
  [
    new RegExp(`^No article in the corpus of ${N} mentions (.+?); (?:for (.+?), )?did you mean (.+)\\?$`),
    (m) => ({
      said: `clinq searched its ${m[1]} research articles for ${m[2]} and found no study that answers this question. ${m[3] ? `For "${m[3]}", did` : 'Did'} you mean ${m[4]}?`,
      retry: 'If so, please ask again with that spelling.',
    }),
  ],
  [
    new RegExp(`^No article in the corpus of ${N} mentions (.+?); (.+?) (?:is|are) in none of clinq's vocabularies: if it is a brand name, ask with the medicine's generic name\\.$`),
    (m) => ({
      said: `clinq searched its ${m[1]} research articles for ${m[2]} and found no study that answers this question. None of the word lists it knows has ${m[3]}.`,
      retry: 'If it is the brand name of a medicine, please ask again with its generic name (the name of the active ingredient, on the pack or leaflet).',
    }),
  ],
  [
    new RegExp(`^No article in the corpus of ${N} mentions (.+?); (.+?) (?:is|are) in none of clinq's vocabularies: if it is a short form, ask with it written out in full\\.$`),
    (m) => ({
      said: `clinq searched its ${m[1]} research articles for ${m[2]} and found no study that answers this question. None of the word lists it knows has ${m[3]}.`,
      retry: 'If it is a short form, please ask again with it written out in full (the words its letters stand for).',
    }),
  ],
  [
    new RegExp(`^No article in the corpus of ${N} mentions (.+?)(?:; none covers .+)?\\.$`),
    (m) => ({ said: `clinq searched its ${m[1]} research articles for ${m[2]} and found no study that answers this question.` }),
  ],
  [
    new RegExp(`^None of the articles found for the question in the corpus of ${N} mentions (.+?)(?:; the articles found speak of (.+?))?(?:; none covers .+)?\\.$`),
    (m) => ({
      said: m[3]
        ? `clinq searched its ${m[1]} research articles and found no study that answers this question: the studies it found speak of ${m[3]}, but none of them mentions ${m[2]}.`
        : `clinq searched its ${m[1]} research articles and found no study that answers this question: none of the studies it found mentions ${m[2]}.`,
    }),
  ],
  [
    new RegExp(`^No article found for the question in the corpus of ${N} covers (.+)\\.$`),
    (m) => ({ said: `clinq searched its ${m[1]} research articles for ${withoutFillers(m[2] as string)} and found no study that answers this question.` }),
  ],
  [
    new RegExp(`^The articles found for the question in the corpus of ${N} mention (.+), but none covers the rest of the question\\.$`),
    (m) => ({ said: `clinq searched its ${m[1]} research articles and found studies that mention ${m[2]}, but no study that answers the rest of this question.` }),
  ],
  [
    /^The best article found (?:speaks of .+ but not|does not speak) of (.+), so it answers another question\.$/,
    (m) => ({ said: `clinq looked for studies about ${m[1]}, but the closest study it found is about something else, so none of the studies it holds answers this question.` }),
  ],
  [
    /^The article that comes closest to an answer does not speak of (.+?)(?:, by those words together or by another name)?, so it answers another question\.$/,
    (m) => ({ said: `clinq looked for studies that speak of ${quoted(m[1] as string)}, but the closest one it found does not, so none of the studies it holds answers this question.` }),
  ],
  [
    /^The sentence that comes closest to an answer says what a study set out to do, not what (.+) is\.$/,
    (m) => ({ said: `clinq found a study on ${m[1]}, but it only says what the researchers set out to study, not what ${m[1]} is, so none of the studies it holds answers this question.` }),
  ],
  [
    /^The sentence that comes closest to an answer names no example of what the question asks about, so it answers another question\.$/,
    () => ({ said: 'clinq found studies on the topic, but the closest one names no example of what you asked about, so none of the studies it holds answers this question.' }),
  ],
  [
    /^The sentence that comes closest to an answer does not say (.+), so it answers another question\.$/,
    (m) => ({ said: `clinq found studies on the topic, but the closest one does not say ${m[1]}, so none of the studies it holds answers this question.` }),
  ],
  [
    /^The question asks about "(.+)" without saying what it is of; .+$/,
    (m) => ({
      said: `clinq cannot tell what "${m[1]}" is of, so it cannot pick a study that answers this question.`,
      retry: 'Please ask again and name the condition, medicine or test it is about.',
    }),
  ],
  [
    /^The best article found speaks of other things than the question asks, so it answers another question\.$/,
    () => ({ said: 'The closest study clinq found is about something else, so none of the studies it holds answers this question.' }),
  ],
  [
    /^The (?:article|\d+ articles) found(?: on (.+?))? (?:does|do) not say (.+)\.$/,
    (m) => ({
      said: `clinq found studies${m[1] ? ` on ${m[1]}` : ''}, but none of them says ${m[2]}, which is what this question asks.`,
    }),
  ],
  [
    /^The articles found say what their studies set out to do, but not what they found on this question\.$/,
    () => ({ said: 'clinq found studies on the topic, but they only say what the researchers set out to test, not what they found, so none of the studies it holds answers this question.' }),
  ],
  [
    /^The articles found do not say (.+), which the question asks\.$/,
    (m) => ({ said: `clinq found studies on the topic, but none of them says ${m[1]}, which is what this question asks.` }),
  ],
  [
    /^The article found that speaks to the question studied animals(?: \((.+)\))?, not people; .+$/,
    (m) => ({
      said: `The study clinq found that comes closest to this question was done in animals${m[1] ? ` (${m[1]})` : ''}, not in people, so none of the studies it holds answers this question for people.`,
    }),
  ],
  [
    /^The sentence that comes closest to an answer does not speak of (.+), so it answers another question\.$/,
    (m) => ({
      said:
        m[1] === 'what the question asks about'
          ? 'The closest study clinq found is about something else, so none of the studies it holds answers this question.'
          : `clinq looked for studies about ${m[1]}, but the closest one it found is about something else, so none of the studies it holds answers this question.`,
    }),
  ],
  [
    /^No sentence in the articles found speaks of (.+)\.$/,
    (m) => ({ said: `clinq found studies for this question, but none of them says anything about ${m[1]}, which this question asks about.` }),
  ],
  [
    /^No sentence in the retrieved articles answers the question\.$/,
    () => ({ said: 'clinq found studies on the topic, but no sentence in them answers this question.' }),
  ],
  [
    /^No cited sentence survived verification against its source\.$/,
    () => ({
      said: 'clinq found studies on the topic, but could not match an answer word for word to what they say, so it gives none rather than risk a wrong one.',
    }),
  ],
  [
    /^The question says "(.+)" without naming what it means; .+$/,
    (m) => ({
      said: `clinq cannot tell what "${m[1]}" means in this question, so it did not search for studies.`,
      retry: 'Please ask again with the name of the condition, test or medicine.',
    }),
  ],
  [
    /^The question asks about (.+) without naming the condition or symptom to treat; .+$/,
    (m) => ({
      said: `clinq needs to know what the ${m[1]} would be for, so it did not search for studies.`,
      retry: 'Please ask again with the name of the illness or symptom.',
    }),
  ],
  [
    /^The question asks about (.+) without saying what it wants to know of it; .+$/,
    (m) => ({
      said: `clinq cannot tell what you want to know about ${m[1]}, so it did not search for studies.`,
      retry: 'Please ask the whole question, for example what causes it or how it is treated.',
    }),
  ],
  [
    /^The question names only general words \((.+)\) and no condition, medicine or test; .+$/,
    (m) => ({
      said: `clinq needs to know which illness, medicine or test you mean: ${m[1]} alone ${/" (?:and|or) "|", "/.test(m[1] as string) ? 'do' : 'does'} not say, so it did not search for studies.`,
      retry: 'Please ask again with the name of the condition, test or medicine.',
    }),
  ],
  [
    /^The article found that speaks to the question studied no people \(.+\), so it does not say how this goes in people\.$/,
    () => ({ said: 'The study clinq found that comes closest to this question was a laboratory or other study without people, so none of the studies it holds answers this question for people.' }),
  ],
  [
    /^The question names nothing to look for in the literature\.$/,
    () => ({
      said: 'clinq found no health topic in this question to look up in research studies.',
      retry: 'Please ask again and name the condition, symptom, test or medicine.',
    }),
  ],
  [
    /^The question looks to be in (\w+); .+$/,
    (m) => ({ said: `clinq reads questions only in English, and this one looks to be in ${m[1]}.`, retry: 'Please ask it again in English.' }),
  ],
  [
    /^The question has no Latin letters; .+$/,
    () => ({ said: 'clinq reads questions only in English, and this one is written in another alphabet.', retry: 'Please ask it again in English.' }),
  ],
];

/**
 * A refusal's reason worded for a patient or caregiver: what clinq looked for and found, how to ask again and whom to
 * ask instead; `plain` rewords a reason of unknown wording.
 */
export function plainRefusal(reason: string, audience: LayAudience, plain: (text: string) => string = (text) => text): string {
  for (const [pattern, word] of REASONS) {
    const match = pattern.exec(reason.trim());
    if (!match) continue;
    const { said, retry } = word([...match].map((part) => part ?? ''));
    // A question in another language has no one to ask about its wording: asking it in English is the whole step.
    if (retry?.includes('English')) return `${said} ${retry}`;
    return [said, retry ?? OTHER_WORDS, CLINICIAN[audience]].join(' ');
  }
  return [plain(reason), OTHER_WORDS, CLINICIAN[audience]].join(' ');
}
