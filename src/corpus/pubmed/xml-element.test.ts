import { describe, expect, it } from 'vitest';
import { inlineText, type XmlChild, type XmlElement } from './xml-element.js';

const el = (name: string, ...children: XmlChild[]): XmlElement => ({ name, attributes: {}, children });

describe('inlineText', () => {
  it('keeps the text of inline tags and drops the tags: H<sub>2</sub>O reads H2O', () => {
    expect(inlineText(el('AbstractText', 'Water is H', el('sub', '2'), 'O, not ', el('i', 'vapour'), '.'))).toBe(
      'Water is H2O, not vapour.',
    );
  });

  it('collapses whitespace runs and trims the ends', () => {
    expect(inlineText(el('ArticleTitle', '\n   A   study\tof\n\n', el('b', ' bold '), ' claims  '))).toBe('A study of bold claims');
  });

  it('glues a subscript to a base that a pretty-printer moved to the previous line, but keeps ordinary spaces', () => {
    expect(inlineText(el('AbstractText', 'a fast-acting β\n\t\t', el('sub', '2'), '-agonist'))).toBe('a fast-acting β2-agonist');
    expect(inlineText(el('AbstractText', 'cells ', el('i', 'in vitro'), ' grew'))).toBe('cells in vitro grew');
  });

  it('reads MathML as its tokens without the indentation between them', () => {
    const math = el('mml:math', '\n  ', el('mml:msub', '\n    ', el('mml:mi', 'V'), '\n    ', el('mml:mn', '2')), el('mml:mtext', ' '), el('mml:mi', 'max'));
    expect(inlineText(el('AbstractText', 'uptake (', math, ')'))).toBe('uptake (V2 max)');
  });

  it('keeps a power in its place as ^, and charges, signs and superscripts opening a word glued as before', () => {
    const text = inlineText(
      el('AbstractText', 'Platelets below 50 × 10', el('sup', '9'), '/L, 2.5 × 10', el('sup', '−3'), ' M, 25 kg/m', el('sup', '2'), ', I', el('sup', '2'),
        ' = 40%; CD4', el('sup', '+'), ' cells, Ca', el('sup', '2+'), ' influx, ', el('sup', '18'), 'F-FDG, H', el('sub', '2'), 'O; as before', el('sup', '3'), '.'),
    );
    expect(text).toBe('Platelets below 50 × 10^9/L, 2.5 × 10^−3 M, 25 kg/m^2, I^2 = 40%; CD4+ cells, Ca2+ influx, 18F-FDG, H2O; as before3.');
  });

  it('reads a MathML power with its exponent marked', () => {
    const math = el('mml:math', el('mml:msup', el('mml:mn', '10'), el('mml:mn', '9')), el('mml:mo', '/'), el('mml:mi', 'L'));
    expect(inlineText(el('AbstractText', 'count ', math))).toBe('count 10^9/L');
  });

  it('drops soft hyphens, zero-width spaces, bidi overrides and C1 controls, so the word is one word and draws as written', () => {
    expect(inlineText(el('AbstractText', 'Met\u00ADformin and xylo\u200Bplasmosis \u202Eon\u202C in adults\u0085.'))).toBe(
      'Metformin and xyloplasmosis on in adults.',
    );
    // Joiners that scripts and emoji need stay.
    expect(inlineText(el('ArticleTitle', 'می\u200Cخواهم 👩\u200D⚕️'))).toBe('می\u200Cخواهم 👩\u200D⚕️');
  });

  it('is empty for a missing element', () => {
    expect(inlineText(undefined)).toBe('');
  });
});
