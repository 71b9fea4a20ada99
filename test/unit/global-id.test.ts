import { fromGlobalId, toGlobalId } from '../../src/globalId';

/** Global ids are base64url of `Type:id`, whether encoded now or taken from the cache. */
it('encodes every id as base64url of Type:id, past the cache bound too', () => {
  const wrong: number[] = [];
  for (let id = 1; id <= 60_000; id += 1) {
    if (toGlobalId('Team', id) !== Buffer.from(`Team:${id}`).toString('base64url')) wrong.push(id);
  }
  expect(wrong).toEqual([]);
  // Again, from the cache (which started over past 50,000 ids), and per type.
  expect(toGlobalId('Team', 7)).toBe(Buffer.from('Team:7').toString('base64url'));
  expect(toGlobalId('User', 7)).toBe(Buffer.from('User:7').toString('base64url'));
  expect(fromGlobalId(toGlobalId('Engagement', 42))).toEqual({ type: 'Engagement', id: 42 });
});
