import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
register({ tsconfig: '/work/wt-startup/tsconfig.json' });
const t0 = performance.now();
for (const m of process.argv.slice(2)) {
  const t = performance.now();
  await import(m.startsWith('.') || m.startsWith('/') ? new URL(m, 'file:///work/wt-startup/').href : m);
  console.log(`${(performance.now() - t).toFixed(0)} ms ${m}`);
}
