import { MAX_WAITING } from '../../src/pubsub/errors';
import { EventStream } from '../../src/pubsub/stream';

/** A subscriber's stream of the bus (issue 17): delivery, ending, and a subscriber left behind. */
describe('EventStream', () => {
  it('hands an event to a waiting next() and queues the rest in order', async () => {
    const stream = new EventStream<number>();
    const first = stream.next();
    stream.push(1);
    stream.push(2);
    stream.push(3);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
  });

  it('return() ends a waiting next(), drops what was queued and stops listening once', async () => {
    const stream = new EventStream<number>();
    const stop = jest.fn();
    stream.onStop(stop);
    stream.push(1);
    const drained = stream.drained();
    await stream.return();
    await drained;
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    stream.push(2);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await stream.return();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(stream.stopped).toBe(true);
  });

  it(`ends with SUBSCRIBER_TOO_SLOW past ${MAX_WAITING} waiting events, after those it holds`, async () => {
    const stream = new EventStream<number>();
    const stop = jest.fn();
    stream.onStop(stop);
    for (let i = 0; i <= MAX_WAITING + 10; i++) stream.push(i);
    expect(stop).toHaveBeenCalledTimes(1);
    for (let i = 0; i < MAX_WAITING; i++) {
      expect(await stream.next()).toEqual({ value: i, done: false });
    }
    await expect(stream.next()).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: { reason: 'SUBSCRIBER_TOO_SLOW' },
    });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('fail() rejects a waiting next() with its error', async () => {
    const stream = new EventStream<number>();
    const waiting = stream.next();
    const error = new Error('replay failed');
    stream.fail(error);
    await expect(waiting).rejects.toBe(error);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('drained() resolves once every queued event was read', async () => {
    const stream = new EventStream<number>();
    stream.push(1);
    stream.push(2);
    let drained = false;
    const waiting = stream.drained().then(() => (drained = true));
    await stream.next();
    await Promise.resolve();
    expect(drained).toBe(false);
    await stream.next();
    await waiting;
    expect(drained).toBe(true);
  });
});
