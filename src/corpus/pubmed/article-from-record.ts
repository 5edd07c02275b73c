import type { AbstractSection, Article, MeshHeading } from '../../domain/index.js';
import { childElement, childElements, collapseWhitespace, inlineText, pathElement, type XmlElement } from './xml-element.js';

/** Longest title kept, in characters; anything longer is not a title but a broken record. */
export const MAX_TITLE_CHARS = 4 * 1024;
/** Longest abstract kept, in characters (the longest real abstracts are around 20 KB). */
export const MAX_ABSTRACT_CHARS = 100 * 1024;

const NOT_AVAILABLE = /^\[?not available\]?\.?$/i;

/** What one citation record became: an article, or the reason it cannot be used. */
export type RecordOutcome =
  | { ok: true; article: Article }
  | { ok: false; pmid: string | undefined; reason: string };

/**
 * Converts a `PubmedArticle` or a bare `MedlineCitation` element into an Article, or says why it is unusable.
 */
export function articleFromRecord(record: XmlElement): RecordOutcome {
  const citation = record.name === 'MedlineCitation' ? record : childElement(record, 'MedlineCitation');
  if (!citation) return { ok: false, pmid: undefined, reason: 'no MedlineCitation element' };
  const pubmedData = childElement(record, 'PubmedData');

  const pmidElement = childElement(citation, 'PMID');
  const pmid = collapseWhitespace(inlineText(pmidElement));
  if (!pmid) return { ok: false, pmid: undefined, reason: 'no PMID' };
  if (!/^\d{1,12}$/.test(pmid)) return { ok: false, pmid, reason: `PMID "${pmid.slice(0, 40)}" is not numeric` };

  const article = childElement(citation, 'Article');
  const articleTitle = inlineText(childElement(article, 'ArticleTitle'));
  const vernacularTitle = inlineText(childElement(article, 'VernacularTitle'));
  // PubMed writes "[Not Available]." where a record has no English title; its own-language title says more.
  const title = (NOT_AVAILABLE.test(articleTitle) && vernacularTitle) || articleTitle || vernacularTitle;
  const abstractSections = abstractSectionsOf(childElement(article, 'Abstract'));
  const abstract = abstractSections.map((section) => section.text).join(' ');
  if (!title && !abstract) return { ok: false, pmid, reason: 'no title and no abstract' };
  if (title.length > MAX_TITLE_CHARS) {
    return { ok: false, pmid, reason: `title of ${title.length} characters exceeds ${MAX_TITLE_CHARS}` };
  }
  if (abstract.length > MAX_ABSTRACT_CHARS) {
    return { ok: false, pmid, reason: `abstract of ${abstract.length} characters exceeds ${MAX_ABSTRACT_CHARS}` };
  }

  const journal = childElement(article, 'Journal');
  return {
    ok: true,
    article: {
      pmid,
      version: versionOf(pmidElement),
      title,
      abstract,
      abstractSections,
      journal: {
        // An empty journal title is allowed (derived corpora may not know it); MedlineTA is the next best name.
        title: inlineText(childElement(journal, 'Title')) || inlineText(pathElement(citation, 'MedlineJournalInfo', 'MedlineTA')),
        isoAbbreviation: inlineText(childElement(journal, 'ISOAbbreviation')) || null,
      },
      year: yearOf(article),
      authors: authorsOf(article),
      languages: childElements(article, 'Language').map(inlineText).filter(Boolean),
      publicationTypes: childElements(childElement(article, 'PublicationTypeList'), 'PublicationType')
        .map(inlineText)
        .filter(Boolean),
      meshHeadings: meshHeadingsOf(childElement(citation, 'MeshHeadingList')),
      keywords: childElements(citation, 'KeywordList')
        .flatMap((list) => childElements(list, 'Keyword'))
        .map(inlineText)
        .filter(Boolean),
      doi: doiOf(article, pubmedData),
    },
  };
}

/** The PMIDs a `DeleteCitation` element lists. */
export function pmidsToDelete(record: XmlElement): string[] {
  return childElements(record, 'PMID')
    .map(inlineText)
    .filter((pmid) => /^\d{1,12}$/.test(pmid));
}

/** The PMID of a `PubmedBookArticle`, for the skip report. */
export function bookPmid(record: XmlElement): string | undefined {
  return inlineText(pathElement(record, 'BookDocument', 'PMID')) || undefined;
}

function versionOf(pmidElement: XmlElement | undefined): number {
  const version = Number.parseInt(pmidElement?.attributes['Version'] ?? '', 10);
  // MEDLINE omits the attribute on most records; absent or odd values mean the first version.
  return Number.isInteger(version) && version > 0 ? version : 1;
}

function abstractSectionsOf(abstractElement: XmlElement | undefined): AbstractSection[] {
  return childElements(abstractElement, 'AbstractText')
    .map((section) => ({
      label: nonEmpty(section.attributes['Label']),
      category: nonEmpty(section.attributes['NlmCategory']),
      text: inlineText(section),
    }))
    .filter((section) => section.text.length > 0);
}

function yearOf(article: XmlElement | undefined): number | null {
  const pubDate = pathElement(article, 'Journal', 'JournalIssue', 'PubDate');
  const candidates = [
    inlineText(childElement(pubDate, 'Year')),
    /\d{4}/.exec(inlineText(childElement(pubDate, 'MedlineDate')))?.[0] ?? '',
    inlineText(pathElement(article, 'ArticleDate', 'Year')),
  ];
  for (const candidate of candidates) {
    const year = Number.parseInt(candidate, 10);
    if (/^\d{4}$/.test(candidate) && year > 1000) return year;
  }
  return null;
}

function authorsOf(article: XmlElement | undefined): string[] {
  const authors: string[] = [];
  for (const author of childElements(childElement(article, 'AuthorList'), 'Author')) {
    // ValidYN="N" marks a name that an erratum withdrew.
    if (author.attributes['ValidYN'] === 'N') continue;
    const collective = inlineText(childElement(author, 'CollectiveName'));
    const lastName = inlineText(childElement(author, 'LastName'));
    const initials = inlineText(childElement(author, 'Initials'));
    const name = lastName ? [lastName, initials].filter(Boolean).join(' ') : collective;
    if (name) authors.push(name);
  }
  return authors;
}

function meshHeadingsOf(list: XmlElement | undefined): MeshHeading[] {
  const headings: MeshHeading[] = [];
  for (const heading of childElements(list, 'MeshHeading')) {
    const descriptor = childElement(heading, 'DescriptorName');
    const name = inlineText(descriptor);
    if (!descriptor || !name) continue;
    headings.push({
      descriptor: name,
      descriptorUi: nonEmpty(descriptor.attributes['UI']),
      majorTopic: descriptor.attributes['MajorTopicYN'] === 'Y',
      qualifiers: childElements(heading, 'QualifierName')
        .map((qualifier) => ({ name: inlineText(qualifier), majorTopic: qualifier.attributes['MajorTopicYN'] === 'Y' }))
        .filter((qualifier) => qualifier.name.length > 0),
    });
  }
  return headings;
}

function doiOf(article: XmlElement | undefined, pubmedData: XmlElement | undefined): string | null {
  const location = childElements(article, 'ELocationID').find((id) => id.attributes['EIdType'] === 'doi');
  // Only PubmedData's own ArticleIdList: the ReferenceList nests lists of the cited works' DOIs.
  const articleId = childElements(childElement(pubmedData, 'ArticleIdList'), 'ArticleId').find(
    (id) => id.attributes['IdType'] === 'doi',
  );
  return inlineText(location) || inlineText(articleId) || null;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
