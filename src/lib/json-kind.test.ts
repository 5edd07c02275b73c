import { describe, expect, it } from 'vitest';
import { jsonKind } from './json-kind.js';

describe('jsonKind', () => {
  it('names each JSON type with its article, as an error says what was sent instead', () => {
    expect(JSON.parse('[123, true, null, [1], {"a": 1}, "x"]').map(jsonKind)).toEqual(['a number', 'a boolean', 'null', 'an array', 'an object', 'a string']);
  });
});
