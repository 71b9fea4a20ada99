import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { VARIABLES } from '../src/config';
import { CLOSE_CODES } from '../src/http/closeCodes';

/** Issue 24 part 5: options are contracts: each field names its variable and its default. */
const root = path.join(__dirname, '..');

interface FieldDoc {
  name: string;
  tags: Record<string, string>;
}

/** The documented leaf fields of `name` in `file` (nested object types are walked). */
function fieldsOf(file: string, name: string): FieldDoc[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  if (!found) throw new Error(`${name} not in ${file}`);
  const walk = (members: ts.NodeArray<ts.TypeElement>, prefix: string): FieldDoc[] =>
    members.filter(ts.isPropertySignature).flatMap((member) => {
      const field = `${prefix}${(member.name as ts.Identifier).text}`;
      const literals = member.type ? typeLiterals(member.type) : [];
      if (literals.length) return literals.flatMap((l) => walk(l.members, `${field}.`));
      const tags = Object.fromEntries(
        ts
          .getJSDocTags(member)
          .map((t) => [t.tagName.text, ts.getTextOfJSDocComment(t.comment) ?? '']),
      );
      return [{ name: field, tags }];
    });
  return walk(found.members, '');
}

function typeLiterals(type: ts.TypeNode): ts.TypeLiteralNode[] {
  if (ts.isTypeLiteralNode(type)) return [type];
  if (ts.isIntersectionTypeNode(type)) return type.types.flatMap(typeLiterals);
  return [];
}

const declared = VARIABLES as Record<string, { default?: unknown }>;

describe.each([
  ['src/config.ts', 'Config'],
  ['src/limits/rules.ts', 'OperationLimits'],
])('%s %s', (file, name) => {
  const fields = fieldsOf(file, name);

  it('has fields to check', () => {
    expect(fields.length).toBeGreaterThan(5);
  });

  it.each(fields.map((f) => [f.name, f]))('%s names its variable and its default', (_n, f) => {
    const field = f as FieldDoc;
    expect(field.tags.env).toBeTruthy();
    expect(field.tags.default).toBeTruthy();
    const variables = field.tags.env.match(/[A-Z][A-Z0-9_]+/g) ?? [];
    expect(variables.length).toBeGreaterThan(0);
    for (const variable of variables) expect(Object.keys(declared)).toContain(variable);
    // A default written as a literal is the declared one, so the two cannot drift.
    const literal = /^`([^`]*)`/.exec(field.tags.default)?.[1];
    const declaredDefault = declared[variables[0]!].default;
    if (literal !== undefined && declaredDefault !== undefined) {
      expect(literal).toBe(String(declaredDefault));
    }
  });
});

describe('src/server.ts AppOptions', () => {
  it.each(fieldsOf('src/server.ts', 'AppOptions').map((f) => [f.name, f]))(
    '%s names its default (no variable: it is not configuration)',
    (_n, f) => {
      expect((f as FieldDoc).tags.default).toBeTruthy();
      expect((f as FieldDoc).tags.env).toBeUndefined();
    },
  );
});

describe('every variable is read by a documented field', () => {
  // Read outside `Config`: by the logger (src/log.ts) and by `main.ts` (the listen address).
  const outsideConfig = ['HOST', 'LOG_LEVEL', 'LOG_FORMAT'];
  it('names each variable of VARIABLES in an @env tag', () => {
    const named = new Set(
      [
        ...fieldsOf('src/config.ts', 'Config'),
        ...fieldsOf('src/limits/rules.ts', 'OperationLimits'),
      ].flatMap((f) => f.tags.env?.match(/[A-Z][A-Z0-9_]+/g) ?? []),
    );
    const unnamed = Object.keys(declared).filter((v) => !named.has(v));
    expect(unnamed.sort()).toEqual([...outsideConfig].sort());
  });
});

describe("the README's WebSocket close codes", () => {
  it('match CLOSE_CODES, row by row', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('WebSocket close codes:'));
    const start = section.indexOf('| code');
    const rows = section
      .slice(start, section.indexOf('\n\n', start))
      .split('\n')
      .slice(2)
      .map((line) => line.split(' | ').map((c) => c.replace(/^\|?\s*|\s*\|?$/g, '')));
    expect(rows).toEqual(CLOSE_CODES.map((c) => [String(c.code), c.when]));
  });
});
