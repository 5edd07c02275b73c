import { isUtf8 } from 'node:buffer';

/** Where a byte stream stops being valid UTF-8: the offset of the first bad byte in the whole stream. */
export type Utf8Fault = { byteOffset: number; reason: string };

/** The result of decoding one chunk: the text that is certainly valid, and a fault if one follows it. */
export type DecodedChunk = { text: string; fault: Utf8Fault | null };

/**
 * Decodes a byte stream as strict UTF-8, chunk by chunk, and locates each invalid byte.
 * TextDecoder's replacement characters would silently corrupt quoted text, and its fatal mode does not say
 * where the fault is, so invalid input is reported by byte offset instead; the caller may read on past it (resume).
 */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  private carry: Buffer = Buffer.alloc(0);
  private consumed = 0;

  /** The bytes from a reported fault on, which resume() reads. */
  private afterFault: Buffer | null = null;

  /** Decodes the next chunk; the text before a fault is returned so the caller can still use it. */
  write(chunk: Buffer): DecodedChunk {
    return this.decode(this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk);
  }

  /**
   * Reads on past the fault write() or resume() last reported: its first byte is read as U+FFFD (what a lenient decoder
   * writes), the rest of the chunk decoded as write() would, up to its next fault.
   */
  resume(): DecodedChunk {
    const rest = this.afterFault;
    if (rest === null || rest.length === 0) return { text: '', fault: null };
    this.afterFault = null;
    this.consumed += 1;
    const next = this.decode(rest.subarray(1));
    return { text: `\uFFFD${next.text}`, fault: next.fault };
  }

  private decode(bytes: Buffer): DecodedChunk {
    const tail = incompleteTailLength(bytes);
    const complete = bytes.subarray(0, bytes.length - tail);
    if (isUtf8(complete)) {
      this.carry = Buffer.from(bytes.subarray(bytes.length - tail));
      const text = this.decoder.decode(complete, { stream: true });
      this.consumed += complete.length;
      return { text, fault: null };
    }
    const bad = firstInvalidByte(complete);
    const text = this.decoder.decode(complete.subarray(0, bad.index), { stream: true });
    const fault = { byteOffset: this.consumed + bad.index, reason: bad.reason };
    this.consumed += bad.index;
    this.carry = Buffer.alloc(0);
    this.afterFault = bytes.subarray(bad.index);
    return { text, fault };
  }

  /** Ends the stream; a multi-byte sequence cut off by the end of the data is a fault. */
  end(): Utf8Fault | null {
    if (this.carry.length === 0) return null;
    return { byteOffset: this.consumed, reason: 'the data ends inside a multi-byte UTF-8 sequence' };
  }
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** How many bytes at the end start a multi-byte sequence that the next chunk must complete. */
function incompleteTailLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = sequenceLength(byte);
    return need > back ? back : 0;
  }
  return 0;
}

function firstInvalidByte(bytes: Buffer): { index: number; reason: string } {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const need = sequenceLength(lead);
    if (need === 0) return { index: i, reason: `byte 0x${hex(lead)} cannot start a UTF-8 character` };
    if (need === 1) {
      i++;
      continue;
    }
    // Each lead byte limits its first continuation byte (no overlong forms, no surrogates, max U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < need; k++) {
      const byte = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined) return { index: i, reason: 'the data ends inside a multi-byte UTF-8 sequence' };
      if (byte < min || byte > max) {
        return { index: i, reason: `byte 0x${hex(lead)} is not followed by a valid UTF-8 continuation` };
      }
    }
    i += need;
  }
  return { index: bytes.length, reason: 'invalid UTF-8' };
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0').toUpperCase();
}
