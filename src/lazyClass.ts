/** How a lazy object makes one property: from what it was made with, and the object itself. */
export type Factories<C, T> = { [K in keyof T]: (made: C, self: T) => T[K] };

const MADE_WITH = Symbol('made with');

/**
 * A class whose instances make each property on first read and then keep it as their own: a
 * request (or a long-lived subscription) pays only for what it uses. The getters live once on the
 * prototype, so an instance costs one object and the values it made (issue 17: per-instance
 * getters were a closure and an accessor pair per property, ~7 KB per idle subscription).
 */
export function lazyClass<C, T extends object>(factories: Factories<C, T>): new (made: C) => T {
  class Lazy {
    [MADE_WITH]: C;
    constructor(made: C) {
      this[MADE_WITH] = made;
    }
  }
  for (const key of Object.keys(factories) as (keyof T & string)[]) {
    Object.defineProperty(Lazy.prototype, key, {
      configurable: true,
      enumerable: true,
      get(this: Lazy) {
        const value = factories[key](this[MADE_WITH], this as unknown as T);
        Object.defineProperty(this, key, { value, enumerable: true, writable: true });
        return value;
      },
    });
  }
  return Lazy as unknown as new (made: C) => T;
}
