// The spelling rules live in src/lib so the answer stage folds the same British spellings search expands.
export { spellingVariants } from '../lib/index.js';
