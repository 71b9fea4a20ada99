import express from 'express';
import path from 'node:path';
import { RuruClientConfig, ruruHTML } from 'ruru/server';

/** Where the explorer's scripts, styles and editor workers are served from (the ruru package). */
export const EXPLORER_ASSETS = '/explorer-assets/';
/** The package's built files (ruru's own `serveStatic` loads them with `import()`, which jest lacks). */
const ASSET_DIR = path.join(path.dirname(require.resolve('ruru/server')), '..', 'static');

const DEFAULT_QUERY = `# AccessGraph explorer (development only).
# Sign in: get a token with \`npm run token -- alice@acme-provider.example\` and put
#   { "Authorization": "Bearer <token>" }
# in the Headers tab below; HTTP requests and subscriptions (graphql-ws) both send it.
query Viewer {
  viewer {
    id
    name
    email
  }
}
`;

/** A browser asking for a page (Accept prefers HTML), as opposed to a GraphQL client's GET. */
const wantsPage = (req: express.Request) =>
  req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
  'text/html';

/**
 * The development explorer: GraphiQL as distributed by `ruru`, served entirely from the
 * installed package (no CDN, no web fonts), at `GET /graphql` for browsers. The headers editor
 * carries the bearer token; subscriptions run over graphql-ws on the same endpoint.
 */
export function explorerRoutes(): express.Router {
  const router = express.Router();
  router.use(EXPLORER_ASSETS, express.static(ASSET_DIR, { immutable: true, maxAge: '1d' }));
  router.get('/graphql', (req, res, next) => {
    if (!wantsPage(req) || req.query.query !== undefined) return next();
    const ws = `${req.protocol === 'https' ? 'wss' : 'ws'}://${req.get('host')}/graphql`;
    res.type('html').send(
      ruruHTML({
        staticPath: EXPLORER_ASSETS,
        endpoint: '/graphql',
        subscriptionEndpoint: ws,
        clientConfig: {
          isHeadersEditorEnabled: true,
          defaultHeaders: '{}',
          defaultQuery: DEFAULT_QUERY,
        } as RuruClientConfig, // (its type asks for every GraphiQL prop; all are optional)
      }),
    );
  });
  return router;
}
