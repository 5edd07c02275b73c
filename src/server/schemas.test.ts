import { describe, expect, it } from 'vitest';
import { misspeltQueryParameter, unknownKeysMessage } from './schemas.js';

const KEYS = ['question', 'audience'] as const;

describe('unknownKeysMessage and misspeltQueryParameter: one reading of a slip (src/lib/key-slip.ts)', () => {
  it('names the known key a padded body key was meant to be, however much padding it carries', () => {
    expect(unknownKeysMessage({ question: 'gout?', '   audience   ': 'patient' }, KEYS)).toBe(
      'body: unknown key "   audience   " (did you mean "audience"?); the keys are "question" and "audience"',
    );
    expect(unknownKeysMessage({ ' Question\t': 'gout?' }, KEYS)).toMatch(/\(did you mean "question"\?\)/);
  });

  it('gives a body key and a query parameter written the same way the same suggestion', () => {
    for (const slip of ['audiance', 'Audience', '  audience  ', 'AUDINCE', 'audiencee']) {
      const query = misspeltQueryParameter({ [slip]: 'patient' }, ['audience']);
      const body = unknownKeysMessage({ question: 'gout?', [slip]: 'patient' }, KEYS);
      expect(query, slip).toContain('(did you mean "audience"?)');
      expect(body, slip).toContain('(did you mean "audience"?)');
    }
  });

  it('suggests nothing for a key no slip away from any known one', () => {
    expect(unknownKeysMessage({ question: 'gout?', lang: 'en' }, KEYS)).toBe('body: unknown key "lang"; the keys are "question" and "audience"');
    // Any two letters are two edits from a two-letter name: only the same name in another case or spacing is its slip.
    expect(unknownKeysMessage({ ab: 1 }, ['id'])).toBe('body: unknown key "ab"; the keys are "id"');
    expect(unknownKeysMessage({ ' ID ': 1 }, ['id'])).toMatch(/\(did you mean "id"\?\)/);
  });
});
