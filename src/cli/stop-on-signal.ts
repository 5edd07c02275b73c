/**
 * Stops a server on Ctrl-C (SIGINT) or SIGTERM (`kill`, `timeout`, `docker stop`, npm passing on its own signal):
 * the server is closed (requests in flight answered, the warm-up finished, the store closed), but not waited for past
 * a grace period, nor past a second signal: a close waiting on a queue of answers or on the corpus coverage (97 s on a
 * million records) left the process running after whoever started it had stopped.
 */
export type StopOptions = {
  /** How long a close may take before the process ends anyway. */
  graceMs: number;
  /** Ends the process (process.exit in use). */
  exit: (code: number) => void;
  /** Says what is happening (one stderr line in use). */
  say: (line: string) => void;
  /** Signals are read from here (the process in use). */
  signals?: Pick<NodeJS.Process, 'once' | 'removeListener'>;
};

/** The exit code of a process ended by a signal, as a shell gives it (128 + its number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Resolves once the server is closed after the first signal; ends the process if that takes too long or a second comes. */
export function stopOnSignal(close: () => Promise<unknown>, options: StopOptions): Promise<void> {
  const signals = options.signals ?? process;
  return new Promise<void>((resolve) => {
    const stop = (signal: keyof typeof SIGNAL_EXIT) => {
      signals.removeListener('SIGINT', stop);
      signals.removeListener('SIGTERM', stop);
      options.say('stopping');
      const force = (why: string) => {
        options.say(`stopped ${why}, without waiting for the rest`);
        options.exit(SIGNAL_EXIT[signal]);
      };
      const timer = setTimeout(() => force(`after ${Math.round(options.graceMs / 1000)} s`), options.graceMs);
      timer.unref?.();
      const again = (second: keyof typeof SIGNAL_EXIT) => force(`on a second ${second}`);
      signals.once('SIGINT', again);
      signals.once('SIGTERM', again);
      const done = () => {
        clearTimeout(timer);
        signals.removeListener('SIGINT', again);
        signals.removeListener('SIGTERM', again);
        resolve();
      };
      close().then(done, done);
    };
    signals.once('SIGINT', stop);
    signals.once('SIGTERM', stop);
  });
}
