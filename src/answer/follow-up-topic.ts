/**
 * A follow-up asked in a thread carries its article's topic in brackets at its end ("What about colchicine? (gout)",
 * as the server asks it): where the brackets start and what they hold, or null when the question ends otherwise.
 */
export function followUpTopic(question: string): { at: number; topic: string } | null {
  const match = /\(([^()]*)\)\W*$/u.exec(question);
  return match ? { at: match.index, topic: match[1] as string } : null;
}
