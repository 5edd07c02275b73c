export {
  ingestFiles,
  type ArticleSink,
  type IngestFailure,
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  type ReadRecords,
  type SkippedRecord,
} from './ingest.js';
export {
  readPubmedFile,
  articleFromRecord,
  inlineText,
  MAX_ABSTRACT_CHARS,
  MAX_TITLE_CHARS,
  type PubmedEvent,
  type ReadPubmedOptions,
  type RecordOutcome,
  type RecordPosition,
  type XmlElement,
  type XmlChild,
} from './pubmed/index.js';
