export { createApp, type AppDeps } from './app.js';
export { toHttpError } from './errors.js';
