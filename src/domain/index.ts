export * from './article.js';
export * from './answer.js';
export * from './evidence.js';
export * from './errors.js';
export * from './verdict-basis.js';
