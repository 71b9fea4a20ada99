import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { permissionsMarkdown } from '../src/permissions/published';

/** Writes docs/permissions.md from the matrix; with --check, fails when the committed file is stale. */
const target = path.join(__dirname, '..', 'docs', 'permissions.md');
const markdown = permissionsMarkdown();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (committed !== markdown) {
    console.error('docs/permissions.md is stale: run `npm run docs:permissions` and commit it.');
    process.exit(1);
  }
  console.log('docs/permissions.md is current.');
} else {
  fs.writeFileSync(target, markdown);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
