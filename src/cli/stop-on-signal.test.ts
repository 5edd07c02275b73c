import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopOnSignal } from './stop-on-signal.js';

/** A process stand-in whose signals the test sends, and what the stopping said and did. */
function harness(graceMs: number) {
  const signals = new EventEmitter();
  const said: string[] = [];
  const exits: number[] = [];
  const options = { graceMs, exit: (code: number) => void exits.push(code), say: (line: string) => void said.push(line), signals: signals as never };
  return { signals, said, exits, options };
}

describe('stopOnSignal', () => {
  it('closes the server on SIGTERM and resolves when it is closed, ending nothing itself', async () => {
    const { signals, said, exits, options } = harness(1000);
    let closed = 0;
    const stopped = stopOnSignal(async () => void closed++, options);
    signals.emit('SIGTERM', 'SIGTERM');
    await stopped;
    expect([closed, exits, said]).toEqual([1, [], ['stopping']]);
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
  });

  it('ends the process (143 for SIGTERM) when the close is still waiting after the grace period', async () => {
    const { signals, said, exits, options } = harness(20);
    void stopOnSignal(() => new Promise(() => {}), options);
    signals.emit('SIGTERM', 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(exits).toEqual([143]);
    expect(said.at(-1)).toMatch(/^stopped after \d+ s, without waiting for the rest$/);
  });

  it('ends the process at once on a second Ctrl-C (130), a close waiting on a queue of answers', async () => {
    const { signals, exits, options } = harness(60_000);
    void stopOnSignal(() => new Promise(() => {}), options);
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([]);
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([130]);
  });
});
