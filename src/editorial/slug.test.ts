import { describe, expect, it } from 'vitest';
import { nextFreeSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('makes a readable slug from a question', () => {
    expect(slugify('Is aspirin safe in pregnancy?')).toBe('is-aspirin-safe-in-pregnancy');
  });

  it('drops accents and punctuation', () => {
    expect(slugify('Ménière’s disease: what   helps?')).toBe('meniere-s-disease-what-helps');
  });

  it('cuts long questions at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('cuts inside a very long word rather than drop it and leave only the first words', () => {
    const slug = slugify(`Is ${'pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2)} dangerous?`);
    expect(slug).toBe(`is-${'pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2)}`.slice(0, 80));
  });

  it('gives a question with no Latin letters "question-" and a short hash, the same for the same question', () => {
    const slug = slugify('糖尿病とは?');
    expect(slug).toMatch(/^question-[0-9a-f]{8}$/);
    expect(slugify('糖尿病とは')).toBe(slug);
    expect(slugify('  糖尿病とは？ ')).toBe(slug);
  });

  it('gives different questions in another script different slugs, never the shared "article"', () => {
    expect(slugify('高血圧とは?')).not.toBe(slugify('糖尿病とは?'));
    expect(slugify('Что такое диабет?')).toMatch(/^question-[0-9a-f]{8}$/);
    expect(slugify('?????')).toMatch(/^question-[0-9a-f]{8}$/);
    expect(slugify('???')).not.toBe('article');
  });

  it('keeps the Latin words of a question that has some', () => {
    expect(slugify('糖尿病 (diabetes) とは?')).toBe('diabetes');
  });
});

describe('nextFreeSlug', () => {
  it('keeps a free slug', () => {
    expect(nextFreeSlug('gout', [])).toBe('gout');
  });

  it('adds -2, -3 to taken slugs', () => {
    expect(nextFreeSlug('gout', ['gout'])).toBe('gout-2');
    expect(nextFreeSlug('gout', ['gout', 'gout-2'])).toBe('gout-3');
  });
});
