/** One message of a chat-style prompt. */
export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

/** The optional generative port: anything that completes a chat prompt with text. */
export interface AnswerModel {
  complete(messages: ChatMessage[]): Promise<string>;
}
