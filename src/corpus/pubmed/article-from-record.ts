import { canonicalPmid, PMID_RULE, type AbstractSection, type Article, type MeshHeading } from '../../domain/index.js';
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
 * Converts a `PubmedArticle`, a bare `MedlineCitation` or a `PubmedBookArticle` element into an Article, or says why it
 * is unusable.
 */
export function articleFromRecord(record: XmlElement): RecordOutcome {
  if (record.name === 'PubmedBookArticle') return articleFromBook(record);
  const citation = record.name === 'MedlineCitation' ? record : childElement(record, 'MedlineCitation');
  if (!citation) return { ok: false, pmid: undefined, reason: 'no MedlineCitation element' };
  const pubmedData = childElement(record, 'PubmedData');

  const pmidElement = childElement(citation, 'PMID');
  const written = collapseWhitespace(inlineText(pmidElement));
  if (!written) return { ok: false, pmid: undefined, reason: 'no PMID' };
  const pmid = canonicalPmid(written);
  if (pmid === null) return notAPmid(written);

  const article = childElement(citation, 'Article');
  const articleTitle = inlineText(childElement(article, 'ArticleTitle'));
  const vernacularTitle = inlineText(childElement(article, 'VernacularTitle'));
  // PubMed writes "[Not Available]." where a record has no English title; its own-language title says more.
  const title = (NOT_AVAILABLE.test(articleTitle) && vernacularTitle) || articleTitle || vernacularTitle;
  const abstractSections = withOtherAbstracts(abstractSectionsOf(childElement(article, 'Abstract')), childElements(citation, 'OtherAbstract'));
  const abstract = abstractSections.map((section) => section.text).join(' ');
  const limits = checkLimits(pmid, title, abstract);
  if (limits) return limits;

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
      revised: dateOf(childElement(citation, 'DateRevised')),
    },
  };
}

/**
 * Why a record counts as retracted, or null: PubMed marks a retracted article with the publication type "Retracted
 * Publication" and links the notice with a CommentsCorrections of RefType "RetractionIn" (at times only the one or the
 * other). A retraction notice itself ("Retraction of Publication") is not retracted.
 */
export function retractionOf(record: XmlElement): string | null {
  const citation = record.name === 'MedlineCitation' ? record : childElement(record, 'MedlineCitation');
  const article = childElement(citation, 'Article');
  const types = childElements(childElement(article, 'PublicationTypeList'), 'PublicationType').map(inlineText);
  if (types.some((type) => /^retracted publication$/i.test(type))) return 'publication type Retracted Publication';
  const notice = childElements(childElement(citation, 'CommentsCorrectionsList'), 'CommentsCorrections').find(
    (link) => link.attributes['RefType'] === 'RetractionIn',
  );
  if (!notice) return null;
  const source = inlineText(childElement(notice, 'RefSource'));
  const pmid = inlineText(childElement(notice, 'PMID'));
  return `retraction notice${source ? ` ${source}` : ''}${pmid ? ` (PMID ${pmid})` : ''}`;
}

/** The PMIDs a `DeleteCitation` element lists. */
export function pmidsToDelete(record: XmlElement): string[] {
  return childElements(record, 'PMID')
    .map((pmid) => canonicalPmid(inlineText(pmid)))
    .filter((pmid) => pmid !== null);
}

function notAPmid(written: string): RecordOutcome {
  return { ok: false, pmid: written, reason: `PMID "${written.slice(0, 40)}" is not a PubMed ID (${PMID_RULE})` };
}

/**
 * A book chapter or whole book (StatPearls, GeneReviews, NCBI Bookshelf): efetch returns these among journal articles,
 * and their abstracts are clinical summaries worth citing. The book's title stands where a journal's would.
 */
function articleFromBook(record: XmlElement): RecordOutcome {
  const document = childElement(record, 'BookDocument');
  if (!document) return { ok: false, pmid: undefined, reason: 'no BookDocument element' };
  const pmidElement = childElement(document, 'PMID');
  const written = collapseWhitespace(inlineText(pmidElement));
  if (!written) return { ok: false, pmid: undefined, reason: 'no PMID' };
  const pmid = canonicalPmid(written);
  if (pmid === null) return notAPmid(written);

  const book = childElement(document, 'Book');
  const bookTitle = inlineText(childElement(book, 'BookTitle'));
  // A chapter has its own ArticleTitle; a record for a whole book has only the BookTitle.
  const title = inlineText(childElement(document, 'ArticleTitle')) || inlineText(childElement(document, 'VernacularTitle')) || bookTitle;
  const abstractSections = abstractSectionsOf(childElement(document, 'Abstract'));
  const abstract = abstractSections.map((section) => section.text).join(' ');
  const limits = checkLimits(pmid, title, abstract);
  if (limits) return limits;
  return {
    ok: true,
    article: {
      pmid,
      version: versionOf(pmidElement),
      title,
      abstract,
      abstractSections,
      journal: { title: bookTitle, isoAbbreviation: null },
      // The chapter's last revision dates its text; a living book's PubDate is only its current edition.
      year: firstYear([
        inlineText(pathElement(document, 'DateRevised', 'Year')),
        inlineText(pathElement(document, 'ContributionDate', 'Year')),
        inlineText(pathElement(book, 'PubDate', 'Year')),
        /\d{4}/.exec(inlineText(pathElement(book, 'PubDate', 'MedlineDate')))?.[0] ?? '',
      ]),
      // Only the chapter's authors: the Book's own AuthorList names its editors.
      authors: childElements(document, 'AuthorList')
        .filter((list) => (list.attributes['Type'] ?? 'authors') === 'authors')
        .flatMap((list) => namesOf(list)),
      languages: childElements(document, 'Language').map(inlineText).filter(Boolean),
      publicationTypes: childElements(document, 'PublicationType').map(inlineText).filter(Boolean),
      meshHeadings: meshHeadingsOf(childElement(document, 'MeshHeadingList')),
      keywords: childElements(document, 'KeywordList')
        .flatMap((list) => childElements(list, 'Keyword'))
        .map(inlineText)
        .filter(Boolean),
      doi: doiOf(document, childElement(record, 'PubmedBookData')),
      revised: dateOf(childElement(document, 'DateRevised')),
    },
  };
}

// The same refusals for journal and book records: nothing to show, or too long to be a real title or abstract.
function checkLimits(pmid: string, title: string, abstract: string): RecordOutcome | undefined {
  if (!title && !abstract) return { ok: false, pmid, reason: 'no title and no abstract' };
  if (title.length > MAX_TITLE_CHARS) {
    return { ok: false, pmid, reason: `title of ${title.length.toLocaleString('en-US')} characters is over the limit of ${MAX_TITLE_CHARS.toLocaleString('en-US')}` };
  }
  if (abstract.length > MAX_ABSTRACT_CHARS) {
    return { ok: false, pmid, reason: `abstract of ${abstract.length.toLocaleString('en-US')} characters is over the limit of ${MAX_ABSTRACT_CHARS.toLocaleString('en-US')}` };
  }
  return undefined;
}

function versionOf(pmidElement: XmlElement | undefined): number {
  const version = Number.parseInt(pmidElement?.attributes['Version'] ?? '', 10);
  // MEDLINE omits the attribute on most records; absent or odd values (one too large to store exactly) mean the first version.
  return Number.isSafeInteger(version) && version > 0 ? version : 1;
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

const PLAIN_LANGUAGE = /^plain[- ]language[- ]summary$/i;

/**
 * The abstract with what the record's English OtherAbstracts add: a plain-language summary (Cochrane and other
 * journals deposit them so) follows the abstract as its own section, and any other English one (older KIE, NASA or
 * PIP abstracts) stands in when the record has no Abstract. Other languages' abstracts are not read: the corpus is
 * searched and quoted in English.
 */
function withOtherAbstracts(sections: AbstractSection[], others: XmlElement[]): AbstractSection[] {
  const english = others.filter((other) => /^(eng)?$/i.test((other.attributes['Language'] ?? '').trim()));
  const plain = english.filter((other) => PLAIN_LANGUAGE.test((other.attributes['Type'] ?? '').trim()));
  const summaries = plain.flatMap((other) =>
    abstractSectionsOf(other).map((section) => ({ ...section, label: section.label ?? 'Plain language summary' })),
  );
  if (sections.length > 0) return [...sections, ...summaries];
  if (summaries.length > 0) return summaries;
  // The first other English abstract that says something ("Abstract available from the publisher." says nothing).
  for (const other of english) {
    const own = abstractSectionsOf(other).filter((section) => !/^abstract available from the publisher\.?$/i.test(section.text));
    if (own.length > 0) return own;
  }
  return sections;
}

function yearOf(article: XmlElement | undefined): number | null {
  const pubDate = pathElement(article, 'Journal', 'JournalIssue', 'PubDate');
  return firstYear([
    inlineText(childElement(pubDate, 'Year')),
    /\d{4}/.exec(inlineText(childElement(pubDate, 'MedlineDate')))?.[0] ?? '',
    inlineText(pathElement(article, 'ArticleDate', 'Year')),
  ]);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A Year/Month/Day element (DateRevised) as YYYY-MM-DD, or null when it has no four-digit year; a missing month or day counts as 01. */
export function dateOf(element: XmlElement | undefined): string | null {
  const year = inlineText(childElement(element, 'Year'));
  if (!/^\d{4}$/.test(year)) return null;
  const monthText = inlineText(childElement(element, 'Month'));
  const named = MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
  const month = named > 0 ? named : Number.parseInt(monthText, 10);
  const day = Number.parseInt(inlineText(childElement(element, 'Day')), 10);
  const two = (n: number, max: number) => String(Number.isInteger(n) && n >= 1 && n <= max ? n : 1).padStart(2, '0');
  return `${year}-${two(month, 12)}-${two(day, 31)}`;
}

function firstYear(candidates: string[]): number | null {
  for (const candidate of candidates) {
    const year = Number.parseInt(candidate, 10);
    if (/^\d{4}$/.test(candidate) && year > 1000) return year;
  }
  return null;
}

function authorsOf(article: XmlElement | undefined): string[] {
  return namesOf(childElement(article, 'AuthorList'));
}

function namesOf(authorList: XmlElement | undefined): string[] {
  const authors: string[] = [];
  for (const author of childElements(authorList, 'Author')) {
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
