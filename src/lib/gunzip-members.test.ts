import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipMembers } from './gunzip-members.js';

/** Hands `bytes` over in chunks of `size`, as a file or a pipe would. */
async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function gunzipAll(bytes: Buffer, size = 1000): Promise<{ text: string; trailing: number | null }> {
  let trailing: number | null = null;
  const out: Buffer[] = [];
  for await (const chunk of gunzipMembers(chunks(bytes, size), { chunkSize: 4096, onTrailingBytes: (count) => (trailing = count) })) out.push(chunk);
  return { text: Buffer.concat(out).toString(), trailing };
}

const text = Array.from({ length: 3000 }, (_, i) => `line ${i} ${(i * 7919) % 1000}`).join('\n');

describe('gunzipMembers', () => {
  it('decompresses gzip data whatever the chunks it comes in', async () => {
    for (const size of [3, 7, 1000, 1 << 20]) expect((await gunzipAll(gzipSync(text), size)).text).toBe(text);
  });

  it('reads members one after another, as cat a.gz b.gz makes', async () => {
    const joined = Buffer.concat([gzipSync('first\n'), gzipSync(text), gzipSync('last\n')]);
    expect(await gunzipAll(joined, 333)).toEqual({ text: `first\n${text}last\n`, trailing: null });
  });

  it('yields everything before bytes after the gzip data, then counts those bytes', async () => {
    for (const size of [5, 1000, 1 << 20]) {
      expect(await gunzipAll(Buffer.concat([gzipSync(text), Buffer.from('<html>garbage</html>')]), size)).toEqual({ text, trailing: 20 });
    }
  });

  it('skips zero bytes after the gzip data silently, as gzip does', async () => {
    expect(await gunzipAll(Buffer.concat([gzipSync(text), Buffer.alloc(1024)]))).toEqual({ text, trailing: null });
  });

  it('reads a header that names the original file and carries a comment', async () => {
    const plain = gzipSync(text);
    const flags = 8 | 16;
    const header = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flags]), plain.subarray(4, 10), Buffer.from('pubmed.xml\0a comment\0')]);
    expect((await gunzipAll(Buffer.concat([header, plain.subarray(10)]), 3)).text).toBe(text);
  });

  it('throws zlib-coded errors on cut data and on a wrong checksum', async () => {
    const zipped = gzipSync(text);
    await expect(gunzipAll(zipped.subarray(0, zipped.length - 3))).rejects.toMatchObject({ code: 'Z_BUF_ERROR', message: 'unexpected end of file' });
    await expect(gunzipAll(zipped.subarray(0, zipped.length / 2))).rejects.toMatchObject({ code: 'Z_BUF_ERROR' });
    const bad = Buffer.from(zipped);
    bad.writeUInt32LE(bad.readUInt32LE(bad.length - 4) + 1, bad.length - 4);
    await expect(gunzipAll(bad)).rejects.toMatchObject({ code: 'Z_DATA_ERROR', message: 'incorrect data check' });
  });

  it('lets its reader stop early, ending the source', async () => {
    const source = Readable.from(chunks(gzipSync(text.repeat(20)), 100));
    for await (const chunk of gunzipMembers(source, { chunkSize: 1024 })) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect(source.destroyed).toBe(true);
  });
});
