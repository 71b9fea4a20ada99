import { andThen, SettledLoader } from '../../src/loaders/settled';

/**
 * `SettledLoader.loadNow` (issue 17) answers exactly what `load` resolves to: a promise until the
 * key's load settles, the value afterwards, and never a value the loader itself no longer holds.
 */
function loaderOf(source: Map<number, string>) {
  const batches: number[][] = [];
  const loader = new SettledLoader<number, string | null>(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => {
      const value = source.get(id);
      return value === 'fail' ? new Error(`no ${id}`) : (value ?? null);
    });
  });
  return { loader, batches };
}

it('hands back a promise until the load settles, then the value without one', async () => {
  const { loader, batches } = loaderOf(new Map([[1, 'one']]));
  const first = loader.loadNow(1);
  expect(first).toBeInstanceOf(Promise);
  expect(await first).toBe('one');
  expect(loader.loadNow(1)).toBe('one');
  expect(loader.loadNow(2)).toBeInstanceOf(Promise);
  await loader.load(2);
  expect(loader.loadNow(2)).toBeNull();
  expect(batches).toEqual([[1], [2]]);
});

it('answers a primed value at once, and keeps what it already holds when primed again', async () => {
  const { loader, batches } = loaderOf(new Map([[1, 'stored']]));
  loader.prime(7, 'primed');
  expect(loader.loadNow(7)).toBe('primed');
  expect(await loader.load(1)).toBe('stored');
  loader.prime(1, 'other');
  expect(loader.loadNow(1)).toBe('stored');
  expect(await loader.load(1)).toBe('stored');
  expect(batches).toEqual([[1]]);
});

it('does not answer a value the loader dropped: cleared, or cleared while its load was on its way', async () => {
  const gates: (() => void)[] = [];
  const source = new Map([[1, 'old']]);
  const loader = new SettledLoader<number, string>(async (ids) => {
    const values = ids.map((id) => source.get(id)!);
    await new Promise<void>((resolve) => gates.push(resolve));
    return values;
  });
  const stale = loader.load(1);
  await new Promise((resolve) => setImmediate(resolve)); // its batch is on its way
  loader.clear(1);
  source.set(1, 'new');
  const fresh = loader.load(1);
  await new Promise((resolve) => setImmediate(resolve));
  gates[0]();
  expect(await stale).toBe('old');
  expect(loader.loadNow(1)).toBeInstanceOf(Promise); // not the dropped 'old'
  gates[1]();
  expect(await fresh).toBe('new');
  expect(loader.loadNow(1)).toBe('new');
  source.set(1, 'newer');
  loader.clearAll();
  const reloaded = loader.loadNow(1);
  await new Promise((resolve) => setImmediate(resolve));
  gates[2]();
  expect(await reloaded).toBe('newer');
});

it('never holds a failed load: the next one tries again', async () => {
  const source = new Map([[1, 'fail']]);
  const { loader, batches } = loaderOf(source);
  await expect(loader.load(1)).rejects.toThrow('no 1');
  source.set(1, 'one');
  // DataLoader caches the rejection until cleared; loadNow does the same through load.
  await expect(loader.loadNow(1)).rejects.toThrow('no 1');
  loader.clear(1);
  expect(await loader.loadNow(1)).toBe('one');
  expect(batches).toEqual([[1], [1]]);
});

it('andThen applies a function to a value, or to a promise of one', async () => {
  expect(andThen(2, (n) => n * 3)).toBe(6);
  const later = andThen(Promise.resolve(2), (n) => n * 3);
  expect(later).toBeInstanceOf(Promise);
  expect(await later).toBe(6);
});
