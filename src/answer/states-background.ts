// "There are a few medical approaches to manage X: A, B and C": the usual means of care, listed before a study sets
// its own beside them. It names the condition as fully as any finding, but says what is done, not what was found.
const SURVEY =
  /^there (?:are|is|exist) (?:a few|few|several|many|various|numerous|a number of|a variety of|different|multiple|two|three|four) (?:[\p{L}-]+ ){0,2}(?:approaches|options|strategies|methods|ways|treatments|therapies|modalities|interventions)\b[^:]*:/iu;

/** Whether a sentence lists the usual means of care ("There are a few medical approaches to manage X: A, B and C"). */
export function surveysOptions(text: string): boolean {
  return SURVEY.test(text);
}

// How much a practice or condition matters before the study: its spread ("is currently being performed with increasing
// frequency worldwide", "has gained popularity"), its burden ("is still a major concern", "is a common cause of
// morbidity") or what earlier trials showed of it ("In primary and secondary prevention trials, statins have been
// shown to reduce the risk of stroke").
const SCENE = new RegExp(
  [
    String.raw`\b(?:with|at)\s+(?:an?\s+)?(?:increasing|growing|rising)\s+(?:frequency|rate|incidence|prevalence)\b`,
    String.raw`\ban?\s+(?:increasing|growing|rising|ever-increasing)\s+number\s+of\b`,
    String.raw`\bincreasingly\s+(?:\w+ly\s+)?(?:used|performed|common|popular|prevalent|recogni[sz]ed|reported|diagnosed|applied|utili[sz]ed|employed|adopted)\b`,
    String.raw`\b(?:gain(?:s|ed|ing)?|grow(?:s|n|ing)?\s+in|increas(?:e|es|ed|ing)\s+in|(?:is|are)\s+gaining)\s+(?:\w+\s+)?(?:popularity|acceptance)\b`,
    String.raw`\b(?:is|are|remains?|has\s+become|have\s+become|represents?)\s+(?:still\s+|now\s+|currently\s+)?(?:a|an|one\s+of\s+the)\s+(?:(?:most|very|very\s+|increasingly)\s+)?(?:major|important|significant|serious|leading|common|frequent|growing|increasing|global|worldwide)\s+(?:(?:public\s+)?health\s+)?(?:concerns?|problems?|issues?|challenges?|burdens?|causes?\s+of\s+(?:morbidity|mortality|death|disability))\b`,
    String.raw`\b(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:shown|demonstrated|proven)\s+to\b`,
    // A burden said without a figure ("The Ebola epidemic in West Africa has caused substantial morbidity and mortality").
    String.raw`\b(?:causes?|caused|causing|is\s+responsible\s+for|accounts?\s+for)\s+(?:\w+\s+)?(?:substantial|significant|considerable|high|great|major|enormous|severe)\s+(?:morbidity|mortality)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether a sentence sets a study's scene: how widely a practice is used or how much a condition weighs, or what earlier
 * trials showed. Read only in an abstract's opening (see `isOpening`), where it is the study's premise; in a result
 * ("Obesity has become a major concern in this cohort") the same words are a finding.
 */
export function setsScene(text: string): boolean {
  return SCENE.test(text);
}
