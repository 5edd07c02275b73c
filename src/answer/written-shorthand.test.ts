import { describe, expect, it } from 'vitest';
import { withShorthandWrittenOut } from './written-shorthand.js';

describe('withShorthandWrittenOut', () => {
  it('writes a vitamin\'s shorthand out, however it is spaced, stopped or cased', () => {
    expect(withShorthandWrittenOut('My vit D came back low. Should I take vit D3 drops?')).toBe('My vitamin D came back low. Should I take vitamin D3 drops?');
    expect(withShorthandWrittenOut('Is a low vit. b12 a cause of tingling feet?')).toBe('Is a low vitamin B12 a cause of tingling feet?');
    expect(withShorthandWrittenOut('Vit K for newborns: why is it given?')).toBe('Vitamin K for newborns: why is it given?');
    expect(withShorthandWrittenOut('does vitD help with psoriasis?')).toBe('does vitamin D help with psoriasis?');
  });

  it('leaves words that only begin the same way, and a letter that names no vitamin, as they are', () => {
    expect(withShorthandWrittenOut('Does vitiligo spread in vitro?')).toBe('Does vitiligo spread in vitro?');
    expect(withShorthandWrittenOut('Are vital signs checked hourly?')).toBe('Are vital signs checked hourly?');
    expect(withShorthandWrittenOut('Is vit F a real vitamin?')).toBe('Is vit F a real vitamin?');
  });
});
