import { describe, expect, it } from 'vitest';
import { ClinqError } from '../../domain/index.js';
import { createOpenAiCompatibleModel } from './openai-compatible-model.js';

// A stand-in for fetch: no network is used in these tests.
function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: String(input), init: init ?? {} });
    return respond(String(input), init ?? {});
  }) as typeof fetch;
  return { fn, requests };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createOpenAiCompatibleModel', () => {
  it('posts the messages to chat/completions with the key and model and returns the content', async () => {
    const fetch = fakeFetch(() => json({ choices: [{ message: { content: 'P1: ok [1].' } }] }));
    const model = createOpenAiCompatibleModel({ baseURL: 'http://llm.test/v1/', apiKey: 'k', model: 'm', fetch: fetch.fn });
    await expect(model.complete([{ role: 'user', content: 'hi' }])).resolves.toBe('P1: ok [1].');
    const [request] = fetch.requests;
    expect(request?.url).toBe('http://llm.test/v1/chat/completions');
    expect((request?.init.headers as Record<string, string>).authorization).toBe('Bearer k');
    expect(JSON.parse(String(request?.init.body))).toMatchObject({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
  });

  it('turns HTTP errors, malformed replies and network failures into model_error', async () => {
    const cases = [
      () => json({ error: 'overloaded' }, 503),
      () => json({ nothing: true }),
      () => {
        throw new TypeError('fetch failed');
      },
    ];
    for (const respond of cases) {
      const model = createOpenAiCompatibleModel({ baseURL: 'http://llm.test/v1', model: 'm', fetch: fakeFetch(respond).fn });
      const error = await model.complete([{ role: 'user', content: 'hi' }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClinqError);
      expect((error as ClinqError).code).toBe('model_error');
      expect((error as ClinqError).message).toMatch(/^model: m at http:\/\/llm.test\/v1/);
    }
  });
});
