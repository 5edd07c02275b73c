/**
 * A question in the reader's own voice ("my", "I", "you", "someone") or about what is normal for people asks about a
 * person, not about a research topic: the checks made for patients' questions apply to it.
 */
const READER_VOICE = /\b(?:i|i'm|im|i've|ive|i'd|my|me|mine|myself|we|our|us|you|your|someone|somebody|people|person|normal)\b/iu;

/** Whether a question is asked in the reader's voice or about people. */
export function inReaderVoice(question: string): boolean {
  return READER_VOICE.test(question);
}
