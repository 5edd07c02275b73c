import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './find-chromium.js';

let dir: string;
let chrome: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'clinq-chromium-'));
  chrome = path.join(dir, 'chrome');
  writeFileSync(chrome, '');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('findChromium', () => {
  it('uses the browser CLINQ_CHROMIUM names', () => {
    expect(findChromium({ CLINQ_CHROMIUM: chrome }, [])).toBe(chrome);
  });

  it('fails naming the path when CLINQ_CHROMIUM names nothing, or a directory, instead of using another browser', () => {
    const missing = path.join(dir, 'no-such-chrome');
    expect(() => findChromium({ CLINQ_CHROMIUM: missing }, [chrome])).toThrow(`CLINQ_CHROMIUM=${missing} does not exist`);
    expect(() => findChromium({ CLINQ_CHROMIUM: dir }, [chrome])).toThrow(`CLINQ_CHROMIUM=${dir} is not a file`);
  });

  it('falls back to the first default that exists when CLINQ_CHROMIUM is unset or empty, else finds none', () => {
    expect(findChromium({}, [path.join(dir, 'absent'), chrome])).toBe(chrome);
    expect(findChromium({ CLINQ_CHROMIUM: '' }, [chrome])).toBe(chrome);
    expect(findChromium({}, [path.join(dir, 'absent')])).toBeUndefined();
  });
});
