import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createTokenVerifier } from '../../src/auth/tokens';
import type { Config } from '../../src/config';
import { compiledGateway } from '../../src/http/compiledExecutor';

/**
 * Serves a ceiling of scenario (b) (`ceilingStack.ts`, `ceilingPlain.ts`) as the gateway serves
 * its schema, minus the gateway's own design: Apollo 5 on express 5 with the gateway's graphql-jit
 * executor (a document it would interpret fails instead, so a ceiling never measures graphql-js),
 * cache control off as in the gateway, a verified JWT per request and a JSON body up to 1 MB.
 * Prints its URL; SIGTERM stops it and then `close` (Apollo's own signal handling is off, as in
 * the gateway).
 */
export async function serveCeiling<C extends object>(options: {
  config: Config;
  schema: GraphQLSchema;
  context: (subject: string) => C;
  close: () => Promise<void>;
}): Promise<void> {
  const { config, schema, context, close } = options;
  const verifier = createTokenVerifier(config.jwt);
  const apollo = new ApolloServer<C & { subject: string }>({
    gateway: compiledGateway(schema, (result) => {
      if (result === 'interpreted') throw new Error('graphql-jit refused the document');
    }),
    plugins: [ApolloServerPluginCacheControlDisabled()],
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        const { sub } = await verifier.verify(token);
        return { ...context(sub), subject: sub };
      },
    }),
  );
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.stdout.write(`http://127.0.0.1:${address.port}\n`);
  });
  process.once('SIGTERM', () => {
    server.close(
      () =>
        void apollo
          .stop()
          .then(close)
          .then(
            () => process.exit(0),
            () => process.exit(1),
          ),
    );
    server.closeIdleConnections();
  });
}
