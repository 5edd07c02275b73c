import { describe, expect, it } from 'vitest';
import { repeatedJsonKey } from './repeated-json-key.js';

describe('repeatedJsonKey', () => {
  it('names a key written twice in one object', () => {
    expect(repeatedJsonKey('{"question":"a","question":"b"}')).toBe('question');
    expect(repeatedJsonKey('{ "audience" : "patient" , "question":"x", "audience":"nurse" }')).toBe('audience');
  });

  it('reads keys as JSON does, escapes decoded', () => {
    expect(repeatedJsonKey('{"question":"a","\\u0071uestion":"b"}')).toBe('question');
  });

  it('names a repeat inside a nested object by its path, and lets the same key stand in different objects', () => {
    expect(repeatedJsonKey('{"a":{"b":1,"b":2}}')).toBe('a.b');
    expect(repeatedJsonKey('{"a":{"x":1},"b":{"x":1},"list":[{"x":1},{"x":2}]}')).toBeNull();
    expect(repeatedJsonKey('[{"x":1,"x":2}]')).toBe('x');
  });

  it('does not take strings holding quotes, braces or commas for keys', () => {
    expect(repeatedJsonKey('{"question":"say \\"question\\", {question}","audience":"patient"}')).toBeNull();
    expect(repeatedJsonKey('{"q":["question","question"]}')).toBeNull();
  });
});
