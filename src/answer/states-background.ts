// "There are a few medical approaches to manage X: A, B and C": the usual means of care, listed before a study sets
// its own beside them. It names the condition as fully as any finding, but says what is done, not what was found.
const SURVEY =
  /^there (?:are|is|exist) (?:a few|few|several|many|various|numerous|a number of|a variety of|different|multiple|two|three|four) (?:[\p{L}-]+ ){0,2}(?:approaches|options|strategies|methods|ways|treatments|therapies|modalities|interventions)\b[^:]*:/iu;

/** Whether a sentence lists the usual means of care ("There are a few medical approaches to manage X: A, B and C"). */
export function surveysOptions(text: string): boolean {
  return SURVEY.test(text);
}
