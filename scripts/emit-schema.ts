import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../src/schema';

/** Writes schema/schema.graphql; with --check, fails when the committed file is stale. */
const target = path.join(__dirname, '..', 'schema', 'schema.graphql');
const sdl = printSortedSchema();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  fs.writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
