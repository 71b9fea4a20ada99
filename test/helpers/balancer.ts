import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import httpProxy from 'http-proxy';

/**
 * A loopback load balancer for multi-instance tests (http-proxy): round robin over `targets`
 * for HTTP requests and WebSocket upgrades. A target that refuses a connection is set aside for
 * `downMs` (passive health check); its HTTP request answers 502 and its upgrade is dropped, so
 * clients retry and land on a live target. `upgrades` tells which target each socket went to,
 * keyed by the `client` query parameter of the upgrade URL.
 */
export interface Balancer {
  url: string;
  /** `client` query parameter → the target its latest WebSocket went to. */
  upgrades: Map<string, string>;
  close(): Promise<void>;
}

export async function startBalancer(targets: string[], downMs = 5000): Promise<Balancer> {
  const proxy = httpProxy.createProxyServer({ ws: true, xfwd: true });
  const downUntil = new Map<string, number>();
  const upgrades = new Map<string, string>();
  const sockets = new Set<net.Socket | Duplex>();
  let next = 0;

  function pick(): string {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[next++ % targets.length];
      if ((downUntil.get(target) ?? 0) <= Date.now()) return target;
    }
    return targets[next++ % targets.length];
  }

  const server = http.createServer((req, res) => {
    const target = pick();
    proxy.web(req, res, { target }, () => {
      downUntil.set(target, Date.now() + downMs);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const target = pick();
    const client = new URL(req.url ?? '/', 'http://balancer').searchParams.get('client');
    if (client) upgrades.set(client, target);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    proxy.ws(req, socket, head, { target }, () => {
      downUntil.set(target, Date.now() + downMs);
      socket.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    upgrades,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      proxy.close();
    },
  };
}
