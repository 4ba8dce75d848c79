import { describe, expect, it } from 'vitest';
import { pageKey } from './page-key';

describe('pageKey', () => {
  it('ignores the order of the query parameters', () => {
    expect(pageKey('/v1/strikes', {}, { targetType: 'energy', limit: '20' }, 'json')).toBe(pageKey('/v1/strikes', {}, { limit: '20', targetType: 'energy' }, 'json'));
  });

  it('keeps apart every value, parameter, path parameter, route and format', () => {
    const base = pageKey('/v1/tolls/:id', { id: 'tol_1' }, { party: 'ukraine' }, 'json');
    const others = [
      pageKey('/v1/tolls/:id', { id: 'tol_1' }, { party: 'russia' }, 'json'),
      pageKey('/v1/tolls/:id', { id: 'tol_1' }, { reportedBy: 'ukraine' }, 'json'),
      pageKey('/v1/tolls/:id', { id: 'tol_2' }, { party: 'ukraine' }, 'json'),
      pageKey('/v1/talks/:id', { id: 'tol_1' }, { party: 'ukraine' }, 'json'),
      pageKey('/v1/tolls/:id', { id: 'tol_1' }, { party: 'ukraine' }, 'csv'),
      pageKey('/v1/tolls/:id', { id: 'tol_1' }, {}, 'json'),
      pageKey('/v1/tolls/:id', { id: 'tol_1' }, { party: '' }, 'json'),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('cannot be fooled by separators inside values', () => {
    expect(pageKey('/v1/claims', {}, { feed: 'a&kind=toll' }, 'json')).not.toBe(pageKey('/v1/claims', {}, { feed: 'a', kind: 'toll' }, 'json'));
    expect(pageKey('/v1/claims', {}, { 'a=b': 'c' }, 'json')).not.toBe(pageKey('/v1/claims', {}, { a: 'b=c' }, 'json'));
    expect(pageKey('/v1/claims', {}, { feed: 'x ?y' }, 'json')).not.toBe(pageKey('/v1/claims', {}, { feed: 'x', y: '' }, 'json'));
  });

  it('declines what it cannot key: a repeated parameter, a value that is no string', () => {
    expect(pageKey('/v1/tolls', {}, { party: ['ukraine', 'russia'] }, 'json')).toBeNull();
    expect(pageKey('/v1/tolls', {}, { limit: 5 }, 'json')).toBeNull();
  });

  it('keys a request without a query', () => {
    expect(pageKey('/v1/tolls', {}, undefined, 'json')).toBe(pageKey('/v1/tolls', undefined, {}, 'json'));
  });
});
