import { ClinqError } from '../../domain/index.js';
import { Utf8Decoder, type DecodedChunk, type Utf8Fault } from './utf8-decoder.js';

/**
 * Turns a byte stream into text chunk by chunk, saying where it stops being valid in its encoding; `resume`, when the
 * decoder has it, reads on past the fault last reported.
 */
export type ChunkDecoder = { write(chunk: Buffer): DecodedChunk; end(): Utf8Fault | null; resume?(): DecodedChunk };

// The encoding an XML declaration names, read from its ASCII bytes before anything is decoded.
const DECLARED_ENCODING = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]{0,39})["']/;

/**
 * The decoder a file's first bytes ask for: strict UTF-8 (what PubMed writes, and XML's default) unless its XML declaration
 * names another encoding, as a file re-saved by another tool may (encoding="ISO-8859-1"); that one is honoured, as XML
 * requires, rather than refused as broken UTF-8. An encoding this runtime cannot decode is refused by name.
 */
export function decoderFor(path: string, head: Buffer): ChunkDecoder {
  const label = DECLARED_ENCODING.exec(head.subarray(0, 300).toString('latin1'))?.[1];
  if (!label || /^utf-?8$/i.test(label)) return new Utf8Decoder();
  // UTF-16 bytes were refused before this; a file that declares UTF-16 but is written in 8-bit bytes is mislabelled.
  let decoder: TextDecoder | null = null;
  try {
    decoder = /^utf-?(16|32)/i.test(label) ? null : new TextDecoder(label, { fatal: true });
  } catch {
    decoder = null;
  }
  if (!decoder) {
    throw new ClinqError(
      'corpus_parse_error',
      `corpus: ${path}: its XML declaration names encoding "${label}", which clinq cannot read here; PubMed XML is UTF-8, so convert it (iconv -f ${label} -t UTF-8 IN > OUT)`,
    );
  }
  return new DeclaredDecoder(decoder, label);
}

/** A TextDecoder for a declared encoding, streaming, with the offset of the chunk a fault is in. */
class DeclaredDecoder implements ChunkDecoder {
  private consumed = 0;
  constructor(private readonly decoder: TextDecoder, private readonly label: string) {}

  write(chunk: Buffer): DecodedChunk {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.consumed += chunk.length;
      return { text, fault: null };
    } catch {
      return { text: '', fault: { byteOffset: this.consumed, reason: `bytes that are not ${this.label} in the ${chunk.length}-byte block read from there` } };
    }
  }

  end(): Utf8Fault | null {
    try {
      this.decoder.decode();
      return null;
    } catch {
      return { byteOffset: this.consumed, reason: `the data ends inside a ${this.label} character` };
    }
  }
}
