export { readPubmedFile, isStandardInput, inputName, type PubmedEvent, type RecordPosition, type ReadPubmedOptions } from './read-pubmed-file.js';
export { articleFromRecord, MAX_ABSTRACT_CHARS, MAX_TITLE_CHARS, type RecordOutcome } from './article-from-record.js';
export { inlineText, type XmlElement, type XmlChild } from './xml-element.js';
