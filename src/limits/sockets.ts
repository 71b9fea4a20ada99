import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';

type Verify = (
  info: { req: IncomingMessage },
  done: (ok: boolean, code?: number, message?: string, headers?: OutgoingHttpHeaders) => void,
) => void;

/**
 * A cap on open WebSockets per client IP (`ipOf`: the client address, behind a trusted proxy too): past `max`, the upgrade is refused with HTTP 429 and
 * `Retry-After` (no socket is opened). Pass `verifyClient` to the `WebSocketServer` and call
 * `track(server)`. The check and the count happen in one tick (the handshake completes
 * synchronously after `verifyClient`), so racing upgrades cannot exceed the cap.
 */
export function socketsPerIp(
  max: number,
  ipOf: (req: IncomingMessage) => string = (req) => req.socket.remoteAddress ?? 'unknown',
): {
  verifyClient: Verify;
  track(server: WebSocketServer): void;
} {
  const open = new Map<string, number>();
  return {
    verifyClient({ req }, done) {
      if ((open.get(ipOf(req)) ?? 0) >= max) {
        done(false, 429, 'Too Many Requests', { 'Retry-After': '30' });
      } else {
        done(true);
      }
    },
    track(server) {
      server.on('connection', (socket: WebSocket, req: IncomingMessage) => {
        const ip = ipOf(req);
        open.set(ip, (open.get(ip) ?? 0) + 1);
        socket.once('close', () => {
          const left = (open.get(ip) ?? 1) - 1;
          if (left > 0) open.set(ip, left);
          else open.delete(ip);
        });
      });
    },
  };
}
