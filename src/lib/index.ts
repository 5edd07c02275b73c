export { percentile } from './percentile.js';
