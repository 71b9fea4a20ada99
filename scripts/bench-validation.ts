import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { GraphQLError, specifiedRules, validate } from 'graphql';
import { checkCost, DEFAULT_LIMITS, limitRules, parseLimited } from '../src/limits/rules';
import { buildSchema } from '../src/schema';
import { percentile } from './bench/stats';

/**
 * Benchmark (not a test) of issue 14 item 1: how long the gateway takes to accept or refuse
 * hostile documents within the size limit, doing what both paths do (parse under the limits, the
 * validation rules, the cost). Each document carries a random comment so no cache can help.
 *
 *   npm run bench:validation            # RUNS=20 by default; ONLY=issue for one document
 */
const RUNS = Number(process.env.RUNS ?? 20);
const ONLY = process.env.ONLY ?? '';

/** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F23 on Query { __typename }` */
function doublingFragments(count: number, spreads = 2): string {
  const parts = ['{ ...F0 }'];
  for (let i = 0; i < count - 1; i++) {
    parts.push(`fragment F${i} on Query { ${`...F${i + 1} `.repeat(spreads).trim()} }`);
  }
  parts.push(`fragment F${count - 1} on Query { __typename }`);
  return parts.join(' ');
}

const DOCUMENTS: Record<string, string> = {
  'issue: 24 fragments, each spread twice': doublingFragments(24),
  'within depth: 11 fragments, each spread 40 times': doublingFragments(11, 40),
  'ordinary: { viewer { id name } }': '{ viewer { id name } }',
};

function once(schema: ReturnType<typeof buildSchema>, source: string): string {
  const document = parseLimited(`${source}\n# ${randomBytes(8).toString('hex')}`, DEFAULT_LIMITS);
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(DEFAULT_LIMITS)]);
  if (errors.length)
    return `refused: ${String(errors[0].extensions?.code ?? errors[0].message.slice(0, 60))}`;
  try {
    checkCost(schema, document, {}, undefined, DEFAULT_LIMITS);
  } catch (error) {
    if (error instanceof GraphQLError)
      return `refused: ${String(error.extensions.code ?? error.message.slice(0, 60))}`;
    throw error;
  }
  return 'accepted';
}

function main() {
  const schema = buildSchema();
  for (const [name, source] of Object.entries(DOCUMENTS)) {
    if (!name.includes(ONLY)) continue;
    const times: number[] = [];
    let outcome = '';
    // A run over 2 s is enough to show the problem; stop early rather than block for minutes.
    for (let run = 0; run < RUNS && times.reduce((a, b) => a + b, 0) < 2000; run++) {
      const started = process.hrtime.bigint();
      outcome = once(schema, source);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const bytes = Buffer.byteLength(source, 'utf8');
    console.log(
      `${name} (${bytes} bytes): ${outcome}; median ${percentile(times, 50).toFixed(2)} ms, ` +
        `max ${Math.max(...times).toFixed(2)} ms over ${times.length} runs`,
    );
  }
}

main();
