import { describe, expect, it } from 'vitest';
import { withoutTerminalEscapes } from './terminal-escapes.js';

describe('withoutTerminalEscapes', () => {
  it('drops a colour code whole, not just its ESC character', () => {
    expect(withoutTerminalEscapes('\u001b[31mWhat causes gout?\u001b[0m')).toBe('What causes gout?');
    expect(withoutTerminalEscapes('What \u001b[1;38;5;208mcauses\u001b[m gout?')).toBe('What causes gout?');
  });

  it('drops cursor moves, the one-byte CSI, window titles and two-byte escapes', () => {
    expect(withoutTerminalEscapes('\u001b[2K\u001b[1GIs gout hereditary?')).toBe('Is gout hereditary?');
    expect(withoutTerminalEscapes('\u009b31mgout')).toBe('gout');
    expect(withoutTerminalEscapes('\u001b]0;user@host: ~\u0007gout\u001b]8;;https://x.org\u001b\\ link')).toBe('gout link');
    expect(withoutTerminalEscapes('\u001b7gout\u001b8')).toBe('gout');
  });

  it('leaves brackets that are no escape sequence alone', () => {
    expect(withoutTerminalEscapes('Does [31m] mean anything? (see [1])')).toBe('Does [31m] mean anything? (see [1])');
  });
});
