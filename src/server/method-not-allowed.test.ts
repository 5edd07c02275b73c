import { describe, expect, it } from 'vitest';
import { allowedMethods, methodTable } from './method-not-allowed.js';

const table = methodTable([
  { path: '*', method: 'ALL' },
  { path: '/', method: 'GET' },
  { path: '/login', method: 'GET' },
  { path: '/login', method: 'POST' },
  { path: '/articles/:slug', method: 'GET' },
  { path: '/articles/:slug/versions/:n{[0-9]+}', method: 'GET' },
  { path: '/api/answers', method: 'ALL' },
]);

describe('allowedMethods', () => {
  it('lists the methods a path takes, HEAD with GET, in the usual order', () => {
    expect(allowedMethods(table, '/')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(table, '/login')).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('matches a parameter segment, and a parameter with its own pattern only where the pattern holds', () => {
    expect(allowedMethods(table, '/articles/gout-1')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(table, '/articles/gout-1/versions/2')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(table, '/articles/gout-1/versions/two')).toBeNull();
  });

  it('says nothing of paths only middleware or catch-alls answer', () => {
    expect(allowedMethods(table, '/nope')).toBeNull();
    expect(allowedMethods(table, '/api/answers')).toBeNull();
  });
});
