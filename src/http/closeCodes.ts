/**
 * Every close code a client of `/graphql` over WebSocket can receive, with the outcome that
 * gives it and who sends it (our hooks in `websocket.ts`, graphql-ws's protocol, the `ws`
 * server). The README's close-code table is checked against this list
 * (test/options-docs.test.ts).
 */
export const CLOSE_CODES = [
  {
    code: 4401,
    by: 'onConnect, the expiry timer',
    when: 'the token in `connection_init` is invalid or already expired, or it expires while open: refresh it and reconnect',
  },
  {
    code: 1013,
    by: 'onConnect',
    when: "the identity provider's signing keys cannot be fetched (`SERVICE_UNAVAILABLE` over HTTP): reconnect shortly",
  },
  {
    code: 4403,
    by: 'graphql-ws',
    when: 'reserved for a connection that is forbidden (not a token problem): do not retry with the same token',
  },
  { code: 1009, by: 'ws (`maxPayload`)', when: 'a message is larger than `MAX_WS_PAYLOAD_BYTES`' },
  {
    code: 1001,
    by: 'dispose',
    when: 'the gateway is shutting down: reconnect to another instance',
  },
  {
    code: 4400,
    by: 'graphql-ws',
    when: 'a message that is not valid graphql-ws protocol',
  },
  {
    code: 4408,
    by: 'graphql-ws',
    when: 'no `connection_init` within 3 seconds of opening',
  },
  { code: 4409, by: 'graphql-ws', when: 'a `subscribe` reuses the id of a running operation' },
  { code: 4429, by: 'graphql-ws', when: 'a second `connection_init` on one socket' },
  {
    code: 4500,
    by: 'graphql-ws',
    when: 'an unexpected server error; an expected refusal is an `error` message instead and the socket stays open',
  },
] as const;

/** The codes the gateway's own hooks send. */
export const CLOSE = { unauthorized: 4401, tryAgainLater: 1013 } as const;
