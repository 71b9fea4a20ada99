import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client, createClient } from 'graphql-ws';

/** A signed-in connection to the gateway: typed requests over HTTP, subscriptions over graphql-ws. */
export interface Api {
  request<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  subscribe<R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    onData: (data: R) => void,
  ): () => void;
  close(): void;
}

export function connect(gateway: string, token: string): Api {
  const authorization = `Bearer ${token}`;
  const ws: Client = createClient({
    url: `${gateway.replace(/^http/, 'ws')}/graphql`,
    connectionParams: { authorization },
  });
  return {
    async request(document, variables) {
      const response = await fetch(`${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = await response.json();
      if (body.errors?.length) throw new Error(body.errors[0].message);
      return body.data;
    },
    subscribe(document, variables, onData) {
      return ws.subscribe(
        { query: print(document), variables: variables as Record<string, unknown> },
        {
          next: (value) => value.data && onData(value.data as never),
          error: (error) => console.error('subscription error', error),
          complete: () => undefined,
        },
      );
    },
    close: () => void ws.dispose(),
  };
}
