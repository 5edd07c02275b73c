import { describe, expect, it } from 'vitest';
import { shownValue } from './shown-value.js';

describe('shownValue', () => {
  it('writes what a reader cannot see as \\uXXXX, so a NUL or a zero-width space is named, not drawn as nothing or a blank', () => {
    expect(shownValue('\u0000')).toBe('"\\u0000"');
    expect(shownValue('pat\u0000ient')).toBe('"pat\\u0000ient"');
    expect(shownValue('nurse\u200B')).toBe('"nurse\\u200B"');
    expect(shownValue('\u00A0patient\t')).toBe('"\\u00A0patient\\u0009"');
    expect(shownValue('\u202Etneitap')).toBe('"\\u202Etneitap"');
  });

  it('keeps what can be seen as written: letters of any script, an ordinary space, emoji', () => {
    expect(shownValue('wizard')).toBe('"wizard"');
    expect(shownValue(' ')).toBe('" "');
    expect(shownValue('médecin généraliste')).toBe('"médecin généraliste"');
    expect(shownValue('患者 🙂')).toBe('"患者 🙂"');
  });

  it('escapes a quote or backslash inside, so the quoted value ends where it seems to', () => {
    expect(shownValue('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
  });

  it('cuts a long value after 60 characters, saying how many were left out, never inside a surrogate pair', () => {
    expect(shownValue('x'.repeat(1000))).toBe(`"${'x'.repeat(60)}…" (940 more characters)`);
    expect(shownValue('😀'.repeat(61))).toBe(`"${'😀'.repeat(60)}…" (1 more characters)`);
    expect(shownValue('y'.repeat(60))).toBe(`"${'y'.repeat(60)}"`);
  });
});
