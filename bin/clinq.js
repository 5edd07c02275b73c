#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx clinq` works from a fresh clone after `npm install`.
// The package's own tsconfig.json is named: tsx would otherwise look for one from the working directory, and run
// from anywhere else (a linked or installed `clinq`, `node /path/to/bin/clinq.js`) the pages' JSX compiled for React.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
await main();
