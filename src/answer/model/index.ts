export type { AnswerModel, ChatMessage } from './answer-model.js';
export { createOpenAiCompatibleModel, type OpenAiCompatibleOptions } from './openai-compatible-model.js';
export { createFakeModel, type FakeModel } from './fake-model.js';
export {
  composeGenerativeAnswer,
  rewritePoints,
  groundingProblem,
  type Fallback,
  type RewriteOptions,
} from './compose-generative-answer.js';
export { fidelityProblem, plainLanguageProblem, type PlainLanguageChecks } from './fidelity-problem.js';
