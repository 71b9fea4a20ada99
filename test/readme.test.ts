import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OperationDefinitionNode, parse, validate } from 'graphql';
import { buildBaseSchema } from '../src/schema';

/** Issue 15: every GraphQL block of the README pastes and runs as written. */
const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('README GraphQL blocks', () => {
  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((b, i) => [i, b]))(
    'block %i parses and validates against the schema',
    (_i, block) => {
      const document = parse(block as string);
      expect(validate(buildBaseSchema(), document).map((e) => e.message)).toEqual([]);
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      // No placeholder values: literal ids would answer NOT_FOUND when pasted.
      expect(block).not.toMatch(/"<[^"]*>"/);
      if (operations.length > 1) expect(operations.every((o) => o.name)).toBe(true);
    },
  );
});
