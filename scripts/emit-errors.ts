import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { withErrorTables } from '../src/errorDocs';

/**
 * Writes the README's error tables (machine codes → HTTP status, every named error) from the
 * code; with --check, fails when the committed README differs.
 */
async function main() {
  const target = path.join(__dirname, '..', 'README.md');
  const committed = fs.readFileSync(target, 'utf8');
  const options = (await prettier.resolveConfig(target)) ?? {};
  const written = await prettier.format(withErrorTables(committed), {
    ...options,
    filepath: target,
  });
  if (process.argv.includes('--check')) {
    if (committed !== written) {
      console.error('README.md error tables are stale: run `npm run docs:errors` and commit it.');
      process.exit(1);
    }
    console.log('README.md error tables are current.');
  } else {
    fs.writeFileSync(target, written);
    console.log(`wrote the error tables of ${path.relative(process.cwd(), target)}`);
  }
}

void main();
