import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXml, toPubmedXml, type CorpusRecord } from './pubmed-xml.js';

function textsOf(xml: string, element: string): string[] {
  const parser = new SaxesParser();
  const out: string[] = [];
  let depth = 0;
  let current = '';
  parser.on('opentag', (tag) => {
    if (tag.name === element) {
      depth += 1;
      current = '';
    }
  });
  parser.on('text', (text) => {
    if (depth > 0) current += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === element) {
      depth -= 1;
      out.push(current);
    }
  });
  parser.write(xml).close();
  return out;
}

const hostile = 'Tumours <5 mm & "small" \'nodes\' ]]> <script>alert(1)</script> \u0001bell';

const record: CorpusRecord = {
  pmid: '123',
  title: hostile,
  abstractSections: [{ label: 'RESULTS & "more"', category: 'RESULTS', text: `A > B. ${hostile}` }],
  year: 2020,
  journal: 'J <Test>',
  publicationTypes: ['Journal Article'],
};

describe('escapeXml', () => {
  it('escapes markup characters and drops controls XML cannot hold', () => {
    expect(escapeXml('<a href="x">&\'\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});

describe('toPubmedXml', () => {
  it('writes hostile text that a strict XML parser reads back unchanged (minus controls)', () => {
    const xml = toPubmedXml([record]);
    const expected = hostile.replace('\u0001', '');
    expect(textsOf(xml, 'ArticleTitle')).toEqual([expected]);
    expect(textsOf(xml, 'AbstractText')).toEqual([`A > B. ${expected}`]);
    expect(textsOf(xml, 'PMID')).toEqual(['123']);
    expect(xml).toContain('Label="RESULTS &amp; &quot;more&quot;"');
  });

  it('leaves out an empty abstract and a missing year', () => {
    const xml = toPubmedXml([{ ...record, abstractSections: [], year: null }]);
    expect(xml).not.toContain('<Abstract>');
    expect(xml).toContain('<PubDate></PubDate>');
  });
});
