import WebSocket from 'ws';

/**
 * One dashboard holding an `accessRequestEvents` subscription on its own socket. The bench holds
 * 12,000 of them in one process, where a browser holds one: each speaks the graphql-transport-ws
 * protocol directly on `ws` (connection_init, subscribe, next, ping/pong), so that the client's
 * own cost per message stays small next to the gateway's it measures (issue 17).
 */
export interface Subscriber {
  socket: WebSocket;
  /** Arrival times (performance.now()) of CREATED events. */
  arrivals: number[];
}

const EVENTS = `subscription { accessRequestEvents { type accessRequestId requester { email } requesterOrganization { name } engagement { name } } }`;

interface Message {
  type: string;
  id?: string;
  payload?: { data?: { accessRequestEvents?: { type: string } } | null; message?: string };
}

/** Opens one socket, acknowledged and subscribed; rejects on an error or an early close. */
function openSubscriber(wsUrl: string, token: string): Promise<Subscriber> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const subscriber: Subscriber = { socket, arrivals: [] };
  return new Promise((resolve, reject) => {
    socket.once('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })),
    );
    socket.on('message', (data) => {
      const at = performance.now();
      const message = JSON.parse(String(data)) as Message;
      switch (message.type) {
        case 'connection_ack':
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: EVENTS } }));
          return resolve(subscriber);
        case 'ping':
          return socket.send('{"type":"pong"}');
        case 'next':
          if (message.payload?.data?.accessRequestEvents?.type === 'CREATED') {
            subscriber.arrivals.push(at);
          }
          return;
        case 'error':
          return reject(new Error(`subscription error ${JSON.stringify(message.payload)}`));
      }
    });
    socket.once('error', reject);
    socket.once('close', (code, reason) =>
      reject(new Error(`socket closed ${code} ${String(reason)}`)),
    );
  });
}

/** Opens one socket and subscription per token, `concurrency` connection handshakes at a time. */
export async function openSubscribers(
  wsUrl: string,
  tokens: string[],
  concurrency = 200,
): Promise<Subscriber[]> {
  const subscribers: Subscriber[] = [];
  for (let i = 0; i < tokens.length; i += concurrency) {
    const batch = tokens.slice(i, i + concurrency);
    subscribers.push(...(await Promise.all(batch.map((token) => openSubscriber(wsUrl, token)))));
  }
  return subscribers;
}

/** Closes every socket (1000, normal closure) and waits until each is closed. */
export async function closeSubscribers(subscribers: Subscriber[]): Promise<void> {
  await Promise.all(
    subscribers.map(
      ({ socket }) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          socket.close(1000);
        }),
    ),
  );
}
