import { crc32, createInflateRaw } from 'node:zlib';

/** Options for gunzipMembers: the size of the decompressed chunks, and who hears of bytes after the gzip data. */
export type GunzipMembersOptions = {
  chunkSize?: number;
  /** Called once, after the last decompressed chunk, with the count of bytes after the gzip data that were not read. */
  onTrailingBytes?: (count: number) => void;
};

const HEADER_BYTES = 10;
const TRAILER_BYTES = 8;
const FLAG_HCRC = 2;
const FLAG_EXTRA = 4;
const FLAG_NAME = 8;
const FLAG_COMMENT = 16;

/**
 * Decompresses gzip data (one member or several, as `cat a.gz b.gz` makes) as gzip does, bytes after the last member
 * included: they are reported through `onTrailingBytes` after everything before them was yielded, where Node's gunzip
 * fails on them and loses the output of its last block. Corrupt data throws an Error with zlib's code and wording.
 */
export async function* gunzipMembers(source: AsyncIterable<Buffer>, options: GunzipMembersOptions = {}): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Buffer = Buffer.alloc(0);
  let sourceDone = false;
  /** Appends the next source chunk to `pending`; false once the source has ended. */
  const pull = async (): Promise<boolean> => {
    if (sourceDone) return false;
    const next = await iterator.next();
    if (next.done) {
      sourceDone = true;
      return false;
    }
    pending = pending.length === 0 ? next.value : Buffer.concat([pending, next.value]);
    return true;
  };

  let inflating: ReturnType<typeof createInflateRaw> | null = null;
  try {
    for (let members = 0; ; members++) {
      while (pending.length < 2 && (await pull()));
      if (pending.length === 0) return;
      if (members > 0 && !(pending.length >= 2 && pending[0] === 0x1f && pending[1] === 0x8b)) {
        // Not another member: zero bytes are padding (gzip and Node skip them silently); anything else is reported.
        let count = pending.length;
        let zeros = pending.every((byte) => byte === 0);
        pending = Buffer.alloc(0);
        while (await pull()) {
          count += pending.length;
          zeros &&= pending.every((byte) => byte === 0);
          pending = Buffer.alloc(0);
        }
        if (!zeros) options.onTrailingBytes?.(count);
        return;
      }

      let headerLength = headerLengthOf(pending);
      while (headerLength === null && (await pull())) headerLength = headerLengthOf(pending);
      if (headerLength === null) throw zlibError('Z_BUF_ERROR', 'unexpected end of file');
      pending = pending.subarray(headerLength);

      // The member's deflate data: fed to a raw inflater until it stops taking input (its end), the rest kept.
      const inflater = createInflateRaw(options.chunkSize ? { chunkSize: options.chunkSize } : {});
      inflating = inflater;
      // Input handed to the inflater and not yet known to be read, to recover what follows its end.
      let written: Buffer[] = [];
      let writtenBefore = 0;
      let writtenBytes = 0;
      const write = (chunk: Buffer): Promise<void> =>
        new Promise((resolve, reject) => {
          written.push(chunk);
          writtenBytes += chunk.length;
          inflater.write(chunk, (error) => (error ? reject(error) : resolve()));
        });
      const pump = (async () => {
        let chunk: Buffer | null = pending;
        pending = Buffer.alloc(0);
        for (;;) {
          if (chunk.length > 0) await write(chunk);
          // A raw inflater leaves input unread only once its data has ended.
          if (inflater.bytesWritten < writtenBytes) break;
          written = [];
          writtenBefore = writtenBytes;
          chunk = null;
          const next = await iterator.next();
          if (next.done) {
            sourceDone = true;
            break;
          }
          chunk = next.value;
        }
        inflater.end();
      })().catch((error: unknown) => inflater.destroy(error instanceof Error ? error : new Error(String(error))));

      let crc = 0;
      let size = 0;
      for await (const out of inflater as AsyncIterable<Buffer>) {
        crc = crc32(out, crc);
        size = (size + out.length) % 2 ** 32;
        yield out;
      }
      await pump;
      pending = Buffer.concat(written).subarray(inflater.bytesWritten - writtenBefore);
      inflating = null;
      while (pending.length < TRAILER_BYTES && (await pull()));
      if (pending.length < TRAILER_BYTES) throw zlibError('Z_BUF_ERROR', 'unexpected end of file');
      if (pending.readUInt32LE(0) !== crc >>> 0 || pending.readUInt32LE(4) !== size) {
        throw zlibError('Z_DATA_ERROR', 'incorrect data check');
      }
      pending = pending.subarray(TRAILER_BYTES);
    }
  } finally {
    // Also when the reader stops early; not awaited, as a source waiting for input (a pipe) would hold this up.
    inflating?.destroy();
    iterator.return?.().catch(() => {});
  }
}

/** The length of the gzip member header at the start of `bytes`, or null while it is incomplete. */
function headerLengthOf(bytes: Buffer): number | null {
  if (bytes.length >= 2 && (bytes[0] !== 0x1f || bytes[1] !== 0x8b)) throw zlibError('Z_DATA_ERROR', 'incorrect header check');
  if (bytes.length < HEADER_BYTES) return null;
  if (bytes[2] !== 8) throw zlibError('Z_DATA_ERROR', 'unknown compression method');
  const flags = bytes[3]!;
  let at = HEADER_BYTES;
  if (flags & FLAG_EXTRA) {
    if (bytes.length < at + 2) return null;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (flags & flag) {
      const end = bytes.indexOf(0, at);
      if (end < 0) return null;
      at = end + 1;
    }
  }
  if (flags & FLAG_HCRC) at += 2;
  return bytes.length >= at ? at : null;
}

function zlibError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
