import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Serves the reference dashboard on its own origin: index.html, with the gateway's URL, and
 * src/main.ts bundled by esbuild. `npm run dashboard` (DASHBOARD_PORT, default 5173; GATEWAY_URL,
 * default http://localhost:4000); the browser test starts it the same way.
 */
export async function startDashboard(options: { gateway: string; port?: number }) {
  const bundle = await build({
    entryPoints: [path.join(__dirname, 'src', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0].text;
  const html = readFileSync(path.join(__dirname, 'index.html'), 'utf8').replace(
    '__GATEWAY_URL__',
    options.gateway.replace(/\/$/, ''),
  );
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    else if (url === '/bundle.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bundleBytes: js.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  const gateway = process.env.GATEWAY_URL || 'http://localhost:4000';
  startDashboard({ gateway, port: Number(process.env.DASHBOARD_PORT || 5173) }).then(
    (dashboard) => console.log(`Dashboard on ${dashboard.url}, against ${gateway}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
