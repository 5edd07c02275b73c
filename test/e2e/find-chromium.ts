/** Which Chrome the browser tests drive. */
import { statSync } from 'node:fs';

/** Where Debian and others install chromium or Chrome, tried in order when CLINQ_CHROMIUM is unset. */
export const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const isFile = (candidate: string) => statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * The browser named by CLINQ_CHROMIUM, which must be a file (a mistyped path fails loudly rather than silently testing
 * another browser); unset or empty, the first default that exists, or undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, defaults: string[] = DEFAULT_CHROMIUM_PATHS): string | undefined {
  const named = env.CLINQ_CHROMIUM;
  if (named !== undefined && named !== '') {
    if (!isFile(named)) {
      const what = statSync(named, { throwIfNoEntry: false }) ? 'is not a file' : 'does not exist';
      throw new Error(`CLINQ_CHROMIUM=${named} ${what}; name the chromium or Chrome executable, or unset it to use ${defaults.join(', ')}`);
    }
    return named;
  }
  return defaults.find(isFile);
}
