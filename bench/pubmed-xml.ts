/** Writes benchmark corpora as PubMed XML so they enter clinq through the same ingester as real data. */

/** One benchmark record: what the ingester needs to store and cite an article. */
export type CorpusRecord = {
  pmid: string;
  title: string;
  abstractSections: { label: string | null; category: string | null; text: string }[];
  year: number | null;
  journal: string;
  publicationTypes: string[];
  /** MeSH descriptor names, as MEDLINE indexes the article (none when the source has none). */
  meshHeadings?: string[];
};

// XML 1.0 forbids most C0 controls even when escaped; dropping them keeps hostile text from breaking the file.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text made safe for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function recordXml(record: CorpusRecord): string {
  const abstract = record.abstractSections
    .filter((s) => s.text.trim().length > 0)
    .map((s) => {
      const label = s.label === null ? '' : ` Label="${escapeXml(s.label)}"`;
      const category = s.category === null ? '' : ` NlmCategory="${escapeXml(s.category)}"`;
      return `<AbstractText${label}${category}>${escapeXml(s.text)}</AbstractText>`;
    })
    .join('');
  const year = record.year === null ? '' : `<Year>${record.year}</Year>`;
  const types = record.publicationTypes
    .map((t) => `<PublicationType>${escapeXml(t)}</PublicationType>`)
    .join('');
  const mesh = (record.meshHeadings ?? [])
    .map((m) => `<MeshHeading><DescriptorName>${escapeXml(m)}</DescriptorName></MeshHeading>`)
    .join('');
  return [
    '<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">',
    `<PMID Version="1">${escapeXml(record.pmid)}</PMID>`,
    '<Article PubModel="Print">',
    `<Journal><JournalIssue CitedMedium="Print"><PubDate>${year}</PubDate></JournalIssue>`,
    `<Title>${escapeXml(record.journal)}</Title></Journal>`,
    `<ArticleTitle>${escapeXml(record.title)}</ArticleTitle>`,
    abstract ? `<Abstract>${abstract}</Abstract>` : '',
    '<Language>eng</Language>',
    `<PublicationTypeList>${types}</PublicationTypeList>`,
    '</Article>',
    mesh ? `<MeshHeadingList>${mesh}</MeshHeadingList>` : '',
    '</MedlineCitation></PubmedArticle>',
  ].join('');
}

/** A complete PubmedArticleSet document holding the records, one article per line. */
export function toPubmedXml(records: readonly CorpusRecord[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<PubmedArticleSet>',
    ...records.map(recordXml),
    '</PubmedArticleSet>',
    '',
  ].join('\n');
}
