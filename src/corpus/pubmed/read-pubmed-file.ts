import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ClinqError, type Article } from '../../domain/index.js';
import { fileErrorReason, gunzipMembers } from '../../lib/index.js';
import { articleFromRecord, pmidsToDelete, retractionOf } from './article-from-record.js';
import { Utf8Decoder } from './utf8-decoder.js';
import { decoderFor, type ChunkDecoder } from './decoder-for.js';
import type { XmlElement } from './xml-element.js';

/** Where a record sits in its file: its number among the root's children (1-based) and its first line. */
export type RecordPosition = { record: number; line: number };

/** What reading a PubMed file yields, in file order. */
export type PubmedEvent =
  | { kind: 'article'; article: Article; position: RecordPosition }
  | { kind: 'delete'; pmids: string[]; position: RecordPosition }
  /** `withdrawn`: the record says it was retracted, so a copy stored from an earlier file must go as well. */
  | { kind: 'skip'; position: RecordPosition; pmid?: string; reason: string; withdrawn?: boolean };

/** Options for reading one file. */
export type ReadPubmedOptions = {
  /**
   * Called after each chunk with the bytes read so far (compressed bytes for .gz) and the file size; the size is 0
   * when it cannot be known (standard input).
   */
  onBytesRead?: (bytesRead: number, totalBytes: number) => void;
  /** What the path `-` (or /dev/stdin) reads; process.stdin unless given (tests hand in a stream). */
  stdin?: Readable;
};

const ROOTS = new Set(['PubmedArticleSet', 'MedlineCitationSet']);
const RECORDS = new Set(['PubmedArticle', 'MedlineCitation', 'PubmedBookArticle', 'DeleteCitation']);
/** Bounds one record's memory whatever the file holds; real records are a few KB to a few hundred KB. */
const MAX_RECORD_TEXT_CHARS = 4 * 1024 * 1024;
const MAX_RECORD_ELEMENTS = 200_000;
/** Real records nest about 10 elements deep (MathML a few more); far deeper is a broken or hostile file. */
const MAX_RECORD_DEPTH = 200;
/**
 * Past this depth anywhere in a document the file is refused: the XML parser keeps every open element to check the
 * close tags, so millions of nested tags (outside a record, or inside one past MAX_RECORD_DEPTH) took a gigabyte of
 * memory per 20 MB of file, and more would end the process. No PubMed file comes near it.
 */
const MAX_DOCUMENT_DEPTH = 10_000;
/**
 * Characters the parser may read without reaching a tag. It holds a text, comment, CDATA section or doctype whole until
 * its end: a .gz of 300 KB holding a 300 MB comment took 480 MB of memory, and one past V8's longest string (about
 * 512 million characters) ended the process. A record's text past 4 MB is skipped anyway; this is four times that.
 */
const MAX_UNBROKEN_CHARS = 16 * 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;
/**
 * An `&` that starts no entity or character reference ("Salt & pepper" typed by hand). The parser reads on to the next
 * `;` as the entity's name, so every record up to the next `&amp;` vanished inside one skipped record; each bare `&` is
 * written to the parser as this undefined entity instead, so only its own record is skipped, with the `&` named.
 */
const BARE_AMPERSAND = /&(?!(?:#[0-9]{1,8}|#x[0-9a-fA-F]{1,8}|[A-Za-z_:][A-Za-z0-9._:-]{0,63});)/g;
const BARE_AMPERSAND_ENTITY = 'clinq-bare-ampersand';
const BARE_AMPERSAND_MARK = `&${BARE_AMPERSAND_ENTITY};`;
/** The longest reference BARE_AMPERSAND accepts: an `&` nearer the end of a chunk may be cut, so it waits for the next. */
const MAX_REFERENCE_CHARS = 67;
/**
 * Faults the parser reads past without losing its place (an attribute written Label=METHODS, one written twice, "]]>"
 * in a text): inside a record they spoil only that record. Others (an unclosed comment or quote) can run on into the
 * records after, so they end the file.
 */
/** saxes's state for text between tags (S_TEXT in saxes 6), where it stands after any close tag. */
const SAXES_TEXT_STATE = 13;
const LOCAL_FAULTS = /^(unquoted attribute value|duplicate attribute|the string "\]\]>" is disallowed)/;
const STANDARD_INPUT_PATHS = new Set(['-', '/dev/stdin']);

/** Whether a path names standard input (`-`, as most Unix tools read it, or /dev/stdin). */
export function isStandardInput(path: string): boolean {
  return STANDARD_INPUT_PATHS.has(path);
}

/** How a path is named in messages and progress: "standard input" for `-`, else the path itself. */
export function inputName(path: string): string {
  return isStandardInput(path) ? 'standard input' : path;
}

/**
 * Streams a PubMed XML file (`PubmedArticleSet` or `MedlineCitationSet`, gzipped or not) in constant memory,
 * yielding articles, deletions and skipped records; a file that cannot be read to the end throws a ClinqError.
 * The path `-` reads standard input, and a named pipe (bash's `<(...)`) is read the same way, gzip again recognised by
 * its magic bytes.
 */
export async function* readPubmedFile(path: string, options: ReadPubmedOptions = {}): AsyncGenerator<PubmedEvent> {
  const input = isStandardInput(path)
    ? await openStream(options.stdin ?? process.stdin)
    : (await isPipe(path))
      ? await openStream(createReadStream(path, { highWaterMark: CHUNK_BYTES }))
      : await openFile(path);
  try {
    const { gzipped, totalBytes } = input;
    const name = inputName(path);

    let decoder: ChunkDecoder = new Utf8Decoder();
    const records = new RecordReader(name);
    let sniffed = false;
    let decodedChars = 0;
    let chunkBytes = 0;

    try {
      for await (const chunk of input.source) {
        if (chunkBytes === 0) {
          rejectUtf16(name, chunk);
          rejectBinary(name, chunk, gzipped);
          decoder = decoderFor(name, chunk);
        }
        chunkBytes += chunk.length;
        for (let piece = decoder.write(chunk); ; piece = decoder.resume!()) {
          const { text, fault } = piece;
          if (!sniffed && text.trim().length > 0) {
            rejectNonXml(name, text);
            sniffed = true;
          }
          decodedChars += text.length;
          const xmlFault = records.write(text);
          // Records completed before a fault are handed over first, so the caller can keep them.
          yield* records.drain();
          if (xmlFault) throw xmlFault;
          if (!fault) break;
          const invalid = `invalid ${decoder instanceof Utf8Decoder ? 'UTF-8' : 'text'} at byte ${fault.byteOffset}${gzipped ? ' of the decompressed data' : ''}`;
          // A bad byte inside a record (a hand-edited file saved as Latin-1, a damaged download) spoils only that record;
          // outside one, or in an encoding that cannot say where it went wrong, the file ends there.
          if (!decoder.resume || !records.spoilRecord(`${invalid} (${records.position(true)}): ${fault.reason}`)) {
            throw records.fault(`${invalid} (${records.where(true)}): ${fault.reason}`);
          }
        }
        options.onBytesRead?.(gzipped ? input.compressedBytesRead() : chunkBytes, totalBytes);
      }
    } catch (error) {
      throw asCorpusError(name, error, gzipped, records, decodedChars);
    }

    const fault = decoder.end();
    if (fault) throw records.fault(`invalid UTF-8 at byte ${fault.byteOffset}: ${fault.reason}`);
    if (decodedChars === 0 || !sniffed) {
      const blank = decodedChars > 0 ? ` only white space (${decodedChars} character${decodedChars === 1 ? '' : 's'})` : '';
      const what = isStandardInput(path) ? (blank ? `what came in was${blank}` : 'nothing came in') : blank ? `the file holds${blank}` : gzipped ? 'the gzip data in the file decompresses to nothing' : 'the file is empty';
      throw new ClinqError('corpus_parse_error', `corpus: ${name}: ${what}, not PubMed XML`);
    }
    const xmlFault = records.close();
    yield* records.drain();
    if (xmlFault) throw xmlFault;
    const trailing = input.trailingBytes();
    if (trailing > 0) {
      // Loud, as gzip's own exit status 2 is: the bytes may be a second download that did not arrive whole.
      throw records.fault(
        `${trailing} byte${trailing === 1 ? '' : 's'} after the end of the gzip data ${trailing === 1 ? 'was' : 'were'} not read ` +
          '(gzip ignores them too, as "trailing garbage"); the XML before them was read whole',
      );
    }
  } finally {
    // Also when reading stops early (a fault, or a caller that stopped): a pipe left open keeps the process alive,
    // and its writer blocks on a full pipe for ever.
    input.close();
  }
}

/** Bytes to parse, whether they were gzipped, and how many raw bytes have come in (for progress). */
type Input = {
  source: AsyncIterable<Buffer>;
  gzipped: boolean;
  totalBytes: number;
  compressedBytesRead(): number;
  /** Bytes after the end of the gzip data, known once `source` has ended (0 for none, or plain XML). */
  trailingBytes(): number;
  close(): void;
};

/**
 * Decompresses as gzip does, reading every member of the data and keeping count of bytes after the last one; Node's own
 * gunzip fails on such bytes and loses the records of its last block.
 */
function gunzip(compressed: AsyncIterable<Buffer>): { source: AsyncIterable<Buffer>; trailingBytes(): number } {
  let trailing = 0;
  const source = gunzipMembers(compressed, { chunkSize: CHUNK_BYTES, onTrailingBytes: (count) => (trailing = count) });
  return { source, trailingBytes: () => trailing };
}

async function openFile(path: string): Promise<Input> {
  const totalBytes = await fileSize(path);
  const gzipped = await hasGzipMagic(path);
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const { source, trailingBytes } = gzipped ? gunzip(file) : { source: file, trailingBytes: () => 0 };
  return { source, gzipped, totalBytes, compressedBytesRead: () => file.bytesRead, trailingBytes, close: () => file.destroy() };
}

/**
 * A stream cannot be read twice like a file, so its first bytes are held back to look for gzip's magic number, then
 * handed on ahead of the rest; its size is unknown (0).
 */
async function openStream(stream: Readable): Promise<Input> {
  let bytes = 0;
  const chunks = (async function* () {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += buffer.length;
      yield buffer;
    }
  })();
  const head: Buffer[] = [];
  let headBytes = 0;
  while (headBytes < 2) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head);
  const gzipped = first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;
  const all = (async function* () {
    if (first.length > 0) yield first;
    yield* chunks;
  })();
  const { source, trailingBytes } = gzipped ? gunzip(all) : { source: all, trailingBytes: () => 0 };
  return { source, gzipped, totalBytes: 0, compressedBytesRead: () => bytes, trailingBytes, close: () => stream.destroy() };
}

/** Turns saxes events into whole records, one small element tree at a time. */
class RecordReader {
  private parser: SaxesParser<{ xmlns: false; position: true }>;
  /** Lines of the documents before the current one, when a file holds several (efetch pages appended to one file). */
  private linesBefore = 0;
  /** The end of the last chunk when it could be the start of an XML declaration ("<?x"), held for the next one. */
  private held = '';
  /** The name of a close tag nothing opened, while its fault is reported. */
  private strayCloseTag = '';
  /** The end of the last chunk from an `&` that may begin a reference completed by the next chunk. */
  private ampersandHeld = '';
  private readonly queue: PubmedEvent[] = [];
  private head = '';
  private depth = 0;
  private stack: XmlElement[] = [];
  private recordLine = 0;
  private textChars = 0;
  private elements = 0;
  /** The element saxes closed last; an "unexpected close tag" is one whose own close tag is missing. */
  private lastClosed = '';
  /** The entity name saxes last looked up and did not find (its error does not name it). */
  private missingEntity = '';
  /** Why the record being read cannot be used although the XML around it is fine (an undefined entity). */
  private recordFault: string | null = null;
  /** The root element's name, and once it has closed, that name again in `rootName` (empty until then). */
  private rootTag: string | null = null;
  private rootName = '';
  /** Elements open below MAX_RECORD_DEPTH, and whether the current record had any. */
  private excessDepth = 0;
  private tooDeep = false;
  /** Characters written to the parser since its last tag or text, at most a chunk too many. */
  private sinceEvent = 0;
  /** Whether a record's text has run past MAX_UNBROKEN_CHARS and the rest of it, to its next tag, is left out. */
  private droppingText = false;
  recordCount = 0;

  constructor(private readonly path: string) {
    this.parser = this.newParser();
  }

  /** A saxes parser for one XML document, its events feeding this reader. */
  private newParser(): SaxesParser<{ xmlns: false; position: true }> {
    const parser = new SaxesParser({ xmlns: false, position: true });
    const entities = parser.ENTITIES;
    parser.ENTITIES = new Proxy(entities, {
      get: (target, name) => {
        const value: unknown = Reflect.get(target, name);
        if (value === undefined && typeof name === 'string') this.missingEntity = name;
        return value;
      },
    });
    // An undefined entity (&nbsp; from an HTML export, or one a DOCTYPE declares: never expanded, so no entity bombs or
    // file reads) spoils only the record it is in: saxes reads on past it, so that record is skipped with the entity
    // named and the rest of the file still loads. Every other well-formedness error is thrown, ending the file.
    // A character XML forbids (a form feed from a PDF conversion, &#27;) is the same kind of local fault.
    // A close tag nothing opened (a stray </i> typed into an abstract) made saxes close every open element, the root too,
    // so the rest of the file could not be read. It is now only reported (as "unmatched closing tag") and passed over, so
    // inside a record it spoils only that record.
    // (saxes 6.0.0's internals; the lock pins it. Were they ever to change, the stray tag would end the file as before
    // rather than break reading: the stray-tag tests in read-pubmed-file-faults.test.ts would say so.)
    const internals = parser as unknown as { closeTag?: unknown; tags?: unknown; name: string; state: number };
    if (typeof internals.closeTag === 'function' && Array.isArray(internals.tags)) {
      const closeTag = (internals.closeTag as () => void).bind(parser);
      const tags = internals.tags as { name: string }[];
      internals.closeTag = () => {
        const { name } = internals;
        if (name === '' || tags.some((tag) => tag.name === name)) {
          closeTag();
          return;
        }
        internals.name = '';
        internals.state = SAXES_TEXT_STATE;
        this.strayCloseTag = name;
        parser.fail(`unmatched closing tag: ${name}.`);
      };
    }
    parser.on('error', (error) => {
      const reason = error.message.replace(/^(?:.*?:)?\d+:\d+: /, '');
      const fault = /^undefined entity/.test(reason)
        ? entityFault(this.missingEntity, this.line())
        : /^disallowed character in tag name/.test(reason)
          ? // "p < 0.05" typed by hand: the parser drops the "<" and the character after it, so the record is not used.
            `a bare < at line ${this.line()}, column ${parser.column - 1} (XML writes it &lt;)`
          : /^(disallowed character|malformed character entity)/.test(reason)
            ? `a character XML does not allow (a control character, written or as a &#...; reference) at line ${this.line()}, column ${parser.column}`
            : /^unexpected close tag/.test(reason)
              ? this.unclosedFault(parser)
              : /^unmatched closing tag/.test(reason) && this.strayCloseTag
                ? this.strayFault()
              : LOCAL_FAULTS.test(reason)
                ? `not well-formed XML at line ${this.line()}, column ${parser.column}: ${reason.replace(/\.$/, '')}`
                : null;
      if (fault === null) throw error;
      if (this.stack.length > 0 && this.recordFault === null) this.recordFault = fault;
    });
    parser.on('opentag', (tag) => {
      this.sinceEvent = 0;
      this.open(tag);
    });
    parser.on('closetag', (tag) => {
      this.sinceEvent = 0;
      this.lastClosed = tag.name;
      this.closeElement();
    });
    parser.on('text', (text) => {
      this.sinceEvent = 0;
      this.text(text);
    });
    parser.on('cdata', (text) => {
      this.sinceEvent = 0;
      // CDATA is read as written: a bare & marked on the way in is an & again.
      this.text(text.replaceAll(BARE_AMPERSAND_MARK, '&'));
    });
    // Comments, processing instructions and the doctype reset no count: a file is refused only when more than
    // MAX_UNBROKEN_CHARS pass without a tag or text, which no PubMed file comes near. Handlers for those four events made
    // every file three to four times slower to read (20,000 records: 5.6 s with them, 1.5 s without).
    return parser;
  }

  /**
   * An element whose close tag never came (an unclosed <b> typed into an abstract): the parser closes it at its parent's
   * close tag and reads on, so when that parent lies inside the record still open, only that record is skipped. saxes
   * names neither tag; the one closed last is the unclosed one, and the close tag just read is at the end of its chunk.
   * A close tag nothing opened (a stray </i>) makes saxes close every element, the root too: that ends the file.
   */
  private unclosedFault(parser: SaxesParser<{ xmlns: false; position: true }>): string {
    const internals = parser as unknown as { chunk?: unknown; i?: unknown };
    const read = typeof internals.chunk === 'string' && typeof internals.i === 'number' ? internals.chunk.slice(Math.max(0, internals.i - 200), internals.i) : '';
    const closing = /<\/([^\s<>/]+)\s*>$/.exec(read)?.[1];
    const unclosed = `<${this.lastClosed}> opened before it was never closed`;
    // Outside a record, or closing the root: the file cannot be read on.
    if (this.stack.length === 0 || closing === undefined || closing === this.rootTag) throw new Error(`unexpected close tag: ${unclosed}`);
    if (!this.stack.some((element) => element.name === closing)) throw new Error(`a close tag </${closing}> with no <${closing}> open`);
    return `${unclosed} (a </${closing}> at line ${this.line()} came first)`;
  }

  /** A close tag nothing opened: inside a record, that record is skipped; elsewhere the file ends. */
  private strayFault(): string {
    const name = this.strayCloseTag;
    this.strayCloseTag = '';
    const stray = `a close tag </${name}> with no <${name}> open`;
    if (this.stack.length === 0) throw new Error(stray);
    // The parser stands on the tag's ">": the column where "</name>" begins.
    return `${stray} at line ${this.line()}, column ${this.parser.column - name.length - 2}`;
  }

  /** The line the parser stands on, counted from the start of the file (past any documents before this one). */
  private line(): number {
    return this.linesBefore + this.parser.line;
  }

  /** Parses more text; returns (rather than throws) a fault so the records before it can be drained first. */
  write(chunk: string): unknown {
    let text = this.held + chunk;
    this.held = '';
    // An & this close to the end may begin a reference the next chunk completes: it waits for that chunk.
    const lastAmpersand = text.lastIndexOf('&', text.length - 1);
    if (lastAmpersand >= 0 && text.length - lastAmpersand < MAX_REFERENCE_CHARS && !/[;\s<&]/.test(text.slice(lastAmpersand + 1))) {
      this.ampersandHeld = text.slice(lastAmpersand);
      text = text.slice(0, lastAmpersand);
    }
    text = markBareAmpersands(text);
    try {
      // Kept only until the root element opens, to quote an E-utilities error response (<ERROR>...</ERROR>).
      if (this.depth === 0 && this.rootTag === null) this.head = text.slice(0, 4096);
      // A file can hold one document after another (efetch pages appended with >>, files joined with cat): each XML
      // declaration after the first document's root has closed starts a new document, read with a fresh parser.
      // A declaration opening the current document (no root read yet) is its own; one found later may start the next.
      const nextDeclaration = (): number => text.indexOf('<?xml', this.rootTag === null ? 1 : 0);
      for (let at = nextDeclaration(); at >= 0; at = nextDeclaration()) {
        this.parser.write(text.slice(0, at));
        text = text.slice(at);
        if (this.rootName) this.nextDocument();
        else {
          // Inside a document (a comment or CDATA quoting a declaration): it is ordinary text.
          this.parser.write(text.slice(0, 1));
          text = text.slice(1);
        }
      }
      // Held whether or not the root has closed yet: it may close in this very chunk.
      const partial = /<(?:\?(?:x(?:ml?)?)?)?$/.exec(text.slice(-4));
      if (partial) {
        this.held = partial[0];
        text = text.slice(0, text.length - partial[0].length);
      }
      this.held += this.ampersandHeld;
      this.ampersandHeld = '';
      if (this.droppingText) text = this.dropText(text);
      this.parser.write(text);
      this.sinceEvent += text.length;
      if (this.sinceEvent > MAX_UNBROKEN_CHARS && !this.droppingText) {
        // A text inside a record (a 50 MB field) spoils only that record: the rest of it is not handed to the parser, so
        // memory stays bounded, and the record, past 4 MB of text, is skipped. A comment, CDATA or doctype, or a text
        // outside a record, still ends the file.
        const state = (this.parser as unknown as { state?: unknown }).state;
        if (this.stack.length > 0 && state === SAXES_TEXT_STATE) {
          this.droppingText = true;
          return null;
        }
        throw this.fault(
          `more than ${MAX_UNBROKEN_CHARS / (1024 * 1024)} MB without a tag (one text, comment or CDATA section) by line ${this.line()}, ${this.where().replace(/^.*, /, '')}; PubMed XML has nothing so long; not read further`,
        );
      }
      return null;
    } catch (error) {
      return this.wrapXmlError(error);
    }
  }

  /**
   * The part of a text past MAX_UNBROKEN_CHARS, up to its next tag, left out: its lines are counted so later positions
   * stay true. Returns the text from that tag on, or nothing while the text goes on.
   */
  private dropText(text: string): string {
    const tag = text.indexOf('<');
    const dropped = tag < 0 ? text : text.slice(0, tag);
    for (let at = dropped.indexOf('\n'); at >= 0; at = dropped.indexOf('\n', at + 1)) this.linesBefore++;
    if (tag < 0) return '';
    this.droppingText = false;
    return text.slice(tag);
  }

  /** Ends the document whose root has closed and starts reading the next one in the same file. */
  private nextDocument(): void {
    // Counted before close(), which resets the parser's position.
    this.linesBefore += this.parser.line - 1;
    this.parser.close();
    this.parser = this.newParser();
    this.depth = 0;
    this.rootTag = null;
    this.rootName = '';
  }

  /** Ends the document; returns a fault if it is incomplete. */
  close(): unknown {
    try {
      const rest = this.held + this.ampersandHeld;
      this.held = this.ampersandHeld = '';
      if (rest) this.parser.write(markBareAmpersands(rest));
      this.parser.close();
      return null;
    } catch (error) {
      return this.wrapXmlError(error);
    }
  }

  *drain(): Generator<PubmedEvent> {
    while (this.queue.length > 0) yield this.queue.shift()!;
  }

  /** Where the parser stands; `nextColumn` names the character about to be read rather than the last one read. */
  where(nextColumn = false): string {
    const record = this.stack.length > 0 ? `inside record ${this.recordCount}` : `after record ${this.recordCount}`;
    return `${this.position(nextColumn)}, ${record}`;
  }

  /** The line and column the parser stands on, as where() says them. */
  position(nextColumn = false): string {
    return `line ${this.line()}, column ${this.parser.column + (nextColumn ? 1 : 0)}`;
  }

  /** Marks the record being read as unusable for `reason` (its first such reason is kept); false outside a record. */
  spoilRecord(reason: string): boolean {
    if (this.stack.length === 0) return false;
    this.recordFault ??= reason;
    return true;
  }

  fault(why: string): ClinqError {
    return new ClinqError('corpus_parse_error', `corpus: ${this.path}: ${why}`);
  }

  private wrapXmlError(error: unknown): unknown {
    if (error instanceof ClinqError) return error;
    const reason = (error instanceof Error ? error.message.replace(/^(?:.*?:)?\d+:\d+: /, '') : String(error)).replace(/\.$/, '');
    // Anything after the root's end is usually a second document: efetch pages appended to one file, or files joined with cat.
    if (this.rootName) {
      return this.fault(
        `not well-formed XML at ${this.where()}: more follows </${this.rootName}>, which ended the document (${reason}); ` +
          'is it files joined together (cat, or efetch pages appended to one file)? ingest each file on its own',
      );
    }
    return this.fault(`not well-formed XML at ${this.where()}: ${reason}`);
  }

  private open(tag: SaxesTagPlain): void {
    const depth = this.depth++;
    if (depth >= MAX_DOCUMENT_DEPTH) {
      throw this.fault(`elements nested more than ${MAX_DOCUMENT_DEPTH} deep at ${this.where()} (PubMed XML nests about 10); not read further`);
    }
    if (depth === 0) {
      if (!ROOTS.has(tag.name)) {
        throw this.fault(wrongRoot(tag.name, this.head));
      }
      this.rootTag = tag.name;
      return;
    }
    if (depth === 1) {
      this.recordCount++;
      if (!RECORDS.has(tag.name)) return; // unknown siblings of records carry nothing we keep
      this.recordLine = this.line();
      this.textChars = 0;
      this.elements = 0;
      this.recordFault = null;
      this.tooDeep = false;
    } else if (this.stack.length === 0) {
      return;
    } else if (this.stack.length >= MAX_RECORD_DEPTH || this.excessDepth > 0) {
      // Deeper elements are only counted, never built: the tree's walkers recurse, and a stack this deep would overflow.
      this.excessDepth++;
      return;
    }
    // saxes builds a fresh attributes object per tag, so it is kept rather than copied.
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [] };
    this.elements++;
    // Attribute values are kept too (a section's Label is stored with it): a 50 MB Label is as much text as a 50 MB abstract.
    this.textChars += tag.name.length;
    // for-in, not Object.values: no array per element (millions per baseline file).
    for (const name in tag.attributes) this.textChars += tag.attributes[name]!.length;
    // Past the bounds the record is only walked to its end, then reported; memory stays bounded.
    if (!this.oversized()) this.stack.at(-1)?.children.push(element);
    this.stack.push(element);
  }

  private text(text: string): void {
    const parent = this.stack.at(-1);
    if (!parent) return;
    this.textChars += text.length;
    if (!this.oversized()) parent.children.push(text);
  }

  private closeElement(): void {
    this.depth--;
    if (this.excessDepth > 0) {
      this.excessDepth--;
      this.tooDeep = true;
      return;
    }
    if (this.depth === 0) this.rootName = this.rootTag ?? '';
    const element = this.stack.pop();
    if (element && this.stack.length === 0) this.finishRecord(element);
  }

  private oversized(): boolean {
    return this.textChars > MAX_RECORD_TEXT_CHARS || this.elements > MAX_RECORD_ELEMENTS;
  }

  private finishRecord(record: XmlElement): void {
    const position = { record: this.recordCount, line: this.recordLine };
    if (this.oversized()) {
      const pmid = pmidOf(record);
      this.queue.push({ kind: 'skip', position, ...(pmid ? { pmid } : {}), reason: 'record larger than 4 MB of text' });
      return;
    }
    if (this.tooDeep) {
      const pmid = pmidOf(record);
      this.queue.push({ kind: 'skip', position, ...(pmid ? { pmid } : {}), reason: `elements nested more than ${MAX_RECORD_DEPTH} deep` });
      return;
    }
    if (this.recordFault !== null) {
      const pmid = pmidOf(record);
      this.queue.push({ kind: 'skip', position, ...(pmid ? { pmid } : {}), reason: this.recordFault });
      return;
    }
    if (record.name === 'DeleteCitation') {
      this.queue.push({ kind: 'delete', pmids: pmidsToDelete(record), position });
      return;
    }
    const outcome = articleFromRecord(record);
    const retraction = outcome.ok ? retractionOf(record) : null;
    if (outcome.ok && retraction) {
      this.queue.push({ kind: 'skip', position, pmid: outcome.article.pmid, reason: `retracted (${retraction}); not kept as evidence`, withdrawn: true });
    } else if (outcome.ok) this.queue.push({ kind: 'article', article: outcome.article, position });
    else this.queue.push({ kind: 'skip', position, ...(outcome.pmid ? { pmid: outcome.pmid } : {}), reason: outcome.reason });
  }
}

/** Why a record with an undefined entity is skipped: which entity, where, and what PubMed XML writes instead. */
function entityFault(name: string, line: number): string {
  if (name === BARE_AMPERSAND_ENTITY) return `a bare & at line ${line} (XML writes it &amp;)`;
  const entity = name ? `&${name};` : 'an entity';
  return `undefined entity ${entity} at line ${line} (XML knows only &amp; &lt; &gt; &quot; &apos;; entities a DOCTYPE declares are not expanded)`;
}

/** Writes each & that starts no reference as BARE_AMPERSAND_MARK (an undefined entity, which skips only its record). */
function markBareAmpersands(text: string): string {
  return text.includes('&') ? text.replace(BARE_AMPERSAND, BARE_AMPERSAND_MARK) : text;
}

function pmidOf(record: XmlElement): string | undefined {
  const outcome = articleFromRecord(record);
  return outcome.ok ? outcome.article.pmid : outcome.pmid;
}

/** Whether a path names a pipe (`<(zcat a.xml.gz)` in bash is /dev/fd/63, or a mkfifo): read once, as a stream. */
async function isPipe(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFIFO() || info.isSocket();
  } catch {
    return false; // openFile says why the path cannot be read
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ClinqError('corpus_io_error', `corpus: ${path}: not a regular file`);
    return info.size;
  } catch (error) {
    if (error instanceof ClinqError) throw error;
    throw new ClinqError('corpus_io_error', `corpus: ${path}: cannot read the file: ${fileErrorReason(error)}`, { cause: error });
  }
}

/** Gzip is recognised by its magic bytes, so a compressed file without `.gz` (or a plain one with it) still reads. */
async function hasGzipMagic(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(2);
      const { bytesRead } = await handle.read(head, 0, 2, 0);
      return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ClinqError('corpus_io_error', `corpus: ${path}: cannot read the file: ${fileErrorReason(error)}`, { cause: error });
  }
}

// A file saved as UTF-16 (by some editors and Windows tools) is PubMed XML in the wrong encoding: say so and how to fix it.
function rejectUtf16(path: string, head: Buffer): void {
  const bom = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  const zeroed = head.length >= 4 && ((head[0] === 0x3c && head[1] === 0) || (head[0] === 0 && head[1] === 0x3c));
  if (bom || zeroed) {
    throw new ClinqError(
      'corpus_parse_error',
      `corpus: ${path}: UTF-16 text, but PubMed XML is UTF-8; convert it first (iconv -f UTF-16 -t UTF-8 IN > OUT)`,
    );
  }
}

/** Compressed and archive formats by their magic bytes, with what to do instead. */
const PACKED: { what: string; magic: (head: Buffer) => boolean; instead: string }[] = [
  { what: 'a zip archive', magic: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), instead: 'unzip it and ingest the .xml files inside' },
  { what: 'bzip2-compressed', magic: (b) => b.subarray(0, 3).toString('latin1') === 'BZh', instead: 'decompress it first (bunzip2), or compress it with gzip instead' },
  { what: 'xz-compressed', magic: (b) => b.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])), instead: 'decompress it first (xz -d), or compress it with gzip instead' },
  { what: 'zstd-compressed', magic: (b) => b.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])), instead: 'decompress it first (zstd -d), or compress it with gzip instead' },
  // Only seen after one gunzip (gzip itself is read): a file compressed twice.
  { what: 'gzip again', magic: (b) => b[0] === 0x1f && b[1] === 0x8b, instead: 'it was compressed twice; gunzip it once and ingest the .gz that comes out' },
  { what: 'a tar archive', magic: (b) => b.subarray(257, 262).toString('latin1') === 'ustar', instead: 'unpack it (tar -xf) and ingest the directory it makes' },
];

/**
 * Names archives and other compressions (clinq reads plain or gzipped XML) and binary data by their first bytes, before
 * they are read as text; a text dump of binary bytes says nothing to the person who downloaded the wrong file.
 */
function rejectBinary(path: string, head: Buffer, gzipped: boolean): void {
  const inside = gzipped ? 'gzip holding ' : '';
  const packed = PACKED.find((format) => format.magic(head));
  if (packed) {
    throw new ClinqError(
      'corpus_parse_error',
      `corpus: ${path}: ${inside}${packed.what}, not PubMed XML (clinq reads plain or gzipped XML); ${packed.instead}`,
    );
  }
  const sample = head.subarray(0, 512);
  if (sample.includes(0)) {
    const bytes = [...head.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    throw new ClinqError('corpus_parse_error', `corpus: ${path}: ${inside}binary data, not PubMed XML (it starts with the bytes ${bytes})`);
  }
}

/** Fails fast with a clear reason on the usual wrong downloads: an HTML error page or plain text. */
function rejectNonXml(path: string, text: string): void {
  const head = text.trimStart().slice(0, 300);
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head)) {
    throw new ClinqError('corpus_parse_error', `corpus: ${path}: an HTML page (e.g. an error response), not PubMed XML`);
  }
  if (/^PMID- ?\d/.test(head)) {
    throw new ClinqError(
      'corpus_parse_error',
      `corpus: ${path}: MEDLINE text format ("PMID- " lines), not XML; download the records as PubMed XML ` +
        '(efetch -db pubmed -format xml, or "PubMed XML" in Send to > File on the PubMed site)',
    );
  }
  if (/^[[{]/.test(head)) {
    // E-utilities sends some errors as JSON whatever was asked for, e.g. {"error":"API rate limit exceeded"}.
    const error = /"error"\s*:\s*"([^"]{1,200})"/.exec(head)?.[1];
    throw new ClinqError(
      'corpus_parse_error',
      `corpus: ${path}: a JSON response, not PubMed XML${error ? ` (error: "${error}")` : ''}; fetch the records again as XML (efetch -db pubmed -format xml)`,
    );
  }
  // What the PubMed site's Save button writes besides MEDLINE text: a CSV of citations and plain-text abstracts. Neither
  // holds the records' structure (the CSV not even their abstracts); the same search saves as XML.
  const fetchXml = 'download the records as PubMed XML (efetch -db pubmed -format xml, or "PubMed XML" in Send to > File on the PubMed site)';
  if (/^"?PMID"?,/.test(head)) {
    throw new ClinqError('corpus_parse_error', `corpus: ${path}: a CSV export of PubMed citations (no abstracts), not XML; ${fetchXml}`);
  }
  if (head.startsWith('%PDF-')) {
    throw new ClinqError('corpus_parse_error', `corpus: ${path}: a PDF, not PubMed XML; clinq reads abstracts from PubMed records: ${fetchXml}`);
  }
  if (!head.startsWith('<')) {
    const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
    throw new ClinqError('corpus_parse_error', `corpus: ${path}: not XML, it starts with ${JSON.stringify(firstLine.slice(0, 40))}; ${fetchXml}`);
  }
}

// Other NCBI XML that people download by mistake, with what to fetch instead.
const OTHER_NCBI_XML: Record<string, string> = {
  article: 'a PMC full-text article (JATS), not a PubMed record; fetch its PubMed record as XML (efetch -db pubmed -id PMID -format xml)',
  'pmc-articleset': 'PMC full-text articles (JATS), not PubMed records; fetch their PubMed records as XML (efetch -db pubmed -format xml)',
  eSearchResult: 'an E-utilities esearch result (a list of PMIDs, no records); fetch the records with efetch -db pubmed -format xml',
  eSummaryResult: 'an E-utilities esummary result (summaries without abstracts); fetch the records with efetch -db pubmed -format xml',
  eLinkResult: 'an E-utilities elink result (links, no records); fetch the records with efetch -db pubmed -format xml',
  ePostResult: 'an E-utilities epost result (a history key, no records); fetch the records with efetch -db pubmed -format xml',
  eInfoResult: 'an E-utilities einfo result (database facts, no records)',
  eSpellResult: 'an E-utilities espell result (a spelling suggestion, no records)',
};

function wrongRoot(name: string, head: string): string {
  // E-utilities answers a failed request with its reason in <ERROR> (an empty id list, an unknown database).
  const error = /<ERROR>([^<]{1,300})<\/ERROR>/.exec(head)?.[1]?.trim();
  if (error) return `root element <${name}> is an E-utilities error response, no records: "${error}"`;
  const known = Object.hasOwn(OTHER_NCBI_XML, name) ? OTHER_NCBI_XML[name] : undefined;
  return `root element <${name}> is ${known ?? 'not PubmedArticleSet or MedlineCitationSet'}`;
}

function asCorpusError(path: string, error: unknown, gzipped: boolean, records: RecordReader, decodedChars: number): unknown {
  if (error instanceof ClinqError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  // Where the XML stood when the bytes stopped: "inside record 7" says the 7th was cut, not stored.
  if (gzipped && typeof code === 'string' && code.startsWith('Z_')) {
    return new ClinqError(
      'corpus_parse_error',
      // Not one byte decompressed: there is no XML position to name, only that the gzip data was bad from its start.
      decodedChars === 0
        ? `corpus: ${path}: gzip data is corrupt from its start (not one byte of it decompresses): ${(error as Error).message}`
        : `corpus: ${path}: gzip data is truncated or corrupt (the XML stops at ${records.where()}): ${(error as Error).message}`,
      { cause: error },
    );
  }
  return new ClinqError('corpus_io_error', `corpus: ${path}: reading failed at ${records.where()}: ${fileErrorReason(error)}`, {
    cause: error,
  });
}

