import type { AnswerModel, ChatMessage } from './answer-model.js';

/** A deterministic AnswerModel for tests, with the prompts it received. */
export type FakeModel = AnswerModel & { calls: ChatMessage[][] };

/**
 * A fake model: by default it echoes every point of a rewrite prompt ("P1 [1]: text") back as "P1: text [1]";
 * pass `reply` to answer anything else.
 */
export function createFakeModel(reply?: (messages: ChatMessage[]) => string): FakeModel {
  const calls: ChatMessage[][] = [];
  return {
    calls,
    async complete(messages) {
      calls.push(messages);
      if (reply) return reply(messages);
      const prompt = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
      return [...prompt.matchAll(/^P(\d+) ((?:\[\d+\])+): (.+)$/gm)].map((m) => `P${m[1]}: ${m[3]} ${m[2]}`).join('\n');
    },
  };
}
