/**
 * A question in the reader's own voice ("my", "I", "you" as the doctor, "someone", "Is it normal to ...?") asks about a
 * person, not a research topic: the checks made for patients' questions apply. A clinician's "we" ("Should we treat
 * all patients with glaucoma?") and "people" in a study's population are no reader's voice.
 */
const READER_VOICE = /\b(?:i'm|i’m|im|i've|i’ve|ive|i'd|my|me|mine|myself|someone|somebody)\b/iu;
// "I" as the reader says it ("should I", "I have", "if i dont"), not the roman numeral of a name ("type I diabetes",
// "troponin I levels", "HTLV-I").
const I =
  /\b(?:should|can|could|do|did|am|would|will|may|might|must|have|shall|if|when|so|and|but|that|what|how|where|why)\s+i\b(?![-)])|(?<![-/(]|\b(?:type|class|grade|phase|stage|factor|complex|group|bipolar|troponin)\s)\bi\s+(?:am|have|had|was|get|got|take|took|should|can|could|cant|can't|do|dont|don't|did|need|feel|felt|think|just|also|still|will|would|might|may|must|went|see|saw|started|stopped|use|used|keep|know|noticed|want|wanted|tried|try|been|really|always|never|already|only|recently|currently|usually|live|suffer|experience\w*|read|heard|thought|woke|wake)\b/iu;
// "you" addressed as the doctor ("Would you recommend ...?", "your advice"), not as the reader of a task ("Can you
// summarize the function of CDK9?", "Which method can you use ...?").
const YOU = /\b(?:would|do|could|can|will|should) you (?:recommend|suggest|think|prescribe|advise|say|know)\b|\b(?:are you|you are|you're) prescribing\b|\byour\b/iu;
// "Is it possible to have ...", "Is it common to ...": how a reader asks whether something may happen to them.
const MAY_IT = /\bis it (?:\p{L}+ )?(?:possible|normal|common|usual|ok|okay|safe|bad|dangerous) (?:to|for)\b/iu;

// "Our baby", "our son", "our 3-year-old daughter": parents asking for their own, not a clinician's "our patients".
const OUR_PERSON =
  /\bour\s+(?:(?!(?:of|with|in|on|for|from|and|or|study|studies|series|cohort|trial|sample|patients?)\b)[\p{L}\p{N}'-]+\s+){0,2}?(?:bab(?:y|ies)|child(?:ren)?|kids?|sons?|daughters?|toddlers?|newborns?|infants?|teen(?:ager)?s?|boys?|girls?|twins?|mum|mom|dad|mother|father|parents?|grand(?:ma|pa|mother|father|son|daughter|child(?:ren)?|parents?))\b/iu;

/**
 * Whether a question is told by parents or a family of their own ("Our baby was born with ...", "our son has ..."): a
 * story before the question is theirs, though "our" alone is no reader's voice for the other checks.
 */
export function toldByFamily(question: string): boolean {
  return OUR_PERSON.test(question);
}

/** Whether a question is asked in the reader's voice or about people. */
export function inReaderVoice(question: string): boolean {
  return READER_VOICE.test(question) || I.test(question) || YOU.test(question) || MAY_IT.test(question);
}
