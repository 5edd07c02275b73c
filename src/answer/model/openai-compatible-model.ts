import { z } from 'zod';
import { ClinqError } from '../../domain/index.js';
import type { AnswerModel, ChatMessage } from './answer-model.js';

/** Where and how to reach an OpenAI-compatible chat completions endpoint. */
export type OpenAiCompatibleOptions = {
  /** e.g. https://api.openai.com/v1 or http://localhost:11434/v1 */
  baseURL: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  temperature?: number;
  maxTokens?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
};

const CompletionResponse = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable() }) }))
    .min(1),
});

/** An AnswerModel that calls POST {baseURL}/chat/completions with plain fetch; every failure is ClinqError('model_error'). */
export function createOpenAiCompatibleModel(options: OpenAiCompatibleOptions): AnswerModel {
  const { baseURL, apiKey, model, timeoutMs = 30_000, temperature = 0, maxTokens = 1024 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const url = `${baseURL.replace(/\/+$/, '')}/chat/completions`;
  const who = `model: ${model} at ${baseURL}`;
  return {
    async complete(messages: ChatMessage[]): Promise<string> {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
          },
          body: JSON.stringify({ model, messages, temperature, max_tokens: maxTokens }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
        throw new ClinqError('model_error', `${who}: ${timedOut ? `no answer within ${timeoutMs} ms` : 'request failed'}`, { cause });
      }
      if (!response.ok) {
        const detail = (await response.text().catch(() => '')).slice(0, 200);
        throw new ClinqError('model_error', `${who}: HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (cause) {
        throw new ClinqError('model_error', `${who}: response is not JSON`, { cause });
      }
      const parsed = CompletionResponse.safeParse(body);
      if (!parsed.success) throw new ClinqError('model_error', `${who}: response has no choices[0].message.content`);
      return parsed.data.choices[0]?.message.content ?? '';
    },
  };
}
