import { parse } from 'graphql';
import { DocumentCache } from '../src/http/documentCache';

/** The WebSocket path's parsed-and-validated documents stay bounded, least recently used out. */
it('keeps at most its size, dropping the least recently used text', () => {
  const cache = new DocumentCache(2);
  const a = parse('subscription { a }');
  const b = parse('subscription { b }');
  cache.set('a', a);
  cache.set('b', b);
  expect(cache.get('a')).toBe(a); // a is now the most recently used
  cache.set('c', parse('subscription { c }'));
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('a')).toBe(a);
  expect(cache.get('c')).toBeDefined();
});
