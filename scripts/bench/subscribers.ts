import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** One dashboard holding an `accessRequestEvents` subscription on its own socket. */
export interface Subscriber {
  client: Client;
  /** Arrival times (performance.now()) of CREATED events. */
  arrivals: number[];
}

const EVENTS = `subscription { accessRequestEvents { type accessRequestId requester { email } requesterOrganization { name } engagement { name } } }`;

/** Opens one socket and subscription per token, `concurrency` connection handshakes at a time. */
export async function openSubscribers(
  wsUrl: string,
  tokens: string[],
  concurrency = 200,
): Promise<Subscriber[]> {
  const subscribers: Subscriber[] = [];
  for (let i = 0; i < tokens.length; i += concurrency) {
    const batch = tokens.slice(i, i + concurrency);
    await Promise.all(
      batch.map(
        (token) =>
          new Promise<void>((resolve, reject) => {
            const arrivals: number[] = [];
            const client = createClient({
              url: wsUrl,
              webSocketImpl: WebSocket,
              connectionParams: { token },
              retryAttempts: 0,
              lazy: true,
              on: { connected: () => resolve() },
            });
            client.subscribe(
              { query: EVENTS },
              {
                next: (value) => {
                  const event = (value.data as { accessRequestEvents?: { type: string } })
                    ?.accessRequestEvents;
                  if (event?.type === 'CREATED') arrivals.push(performance.now());
                },
                error: (error) => {
                  const close = error as { code?: number; reason?: string };
                  reject(
                    error instanceof Error
                      ? error
                      : new Error(`socket closed ${close.code ?? ''} ${close.reason ?? ''}`),
                  );
                },
                complete: () => undefined,
              },
            );
            subscribers.push({ client, arrivals });
          }),
      ),
    );
  }
  return subscribers;
}

export async function closeSubscribers(subscribers: Subscriber[]): Promise<void> {
  await Promise.all(subscribers.map((s) => s.client.dispose()));
}
