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

  it('is empty for a missing element', () => {
    expect(inlineText(undefined)).toBe('');
  });
});
