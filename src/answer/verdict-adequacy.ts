// Questions whether something is adequate or good enough ("are seniors adequately protected?", "properly protected?", "an
// adequate public health response?"); a question on improvement itself ("room for improvement?") asks the other way.
const ADEQUACY_QUESTION = /\b(?:adequate(?:ly)?|sufficient(?:ly)?|enough|satisfactor(?:y|ily)|optimal(?:ly)?|successful(?:ly)?|proper(?:ly)?)\b/i;
const IMPROVEMENT_QUESTION = /\b(?:improv\w*|room for|better|optimi[sz]\w*)\b/i;
// Sentences that call for the thing to be made better: it is not good enough yet.
const CALL_FOR_IMPROVEMENT =
  /\b(?:(?:should|must|need to|needs to|has to|have to|could|can) (?:\w+ )?be (?:further )?(?:improved|strengthened|enhanced|optimi[sz]ed|transformed|made more)|room for improvement|(?:efforts?|work|action|improvements?|changes?) (?:is|are) (?:still )?(?:required|needed|necessary|warranted)|(?:strateg\w+|ways|measures) how (?:\w+ ){0,4}(?:improv\w*|made more)|(?:are|is|seems?) imaginable|not (?:\w+ )?living up to|(?:to |may |might |could )fulfil+ (?:\w+ )?(?:full )?potential|needs? (?:to be )?improv\w*|needs? improvement)\b/i;

/**
 * Whether a sentence calls for a thing to be made better ("should stimulate discussions about strategies how
 * vaccinations can be made more effective in old age", "Effort is required to transform the CCB so that it may fulfill
 * the potential it holds"), which denies a question whether it is adequate.
 */
export function callsForImprovement(text: string, question: string): boolean {
  return ADEQUACY_QUESTION.test(question) && !IMPROVEMENT_QUESTION.test(question) && CALL_FOR_IMPROVEMENT.test(text);
}
