import { describeGrant } from './describe';
import { ACTIONS, definitionOf, Grant } from './matrix';

/** The matrix as published data (the `permissionMatrix` query and docs/permissions.md). */
export function publishedMatrix() {
  return ACTIONS.map((action) => {
    const d = definitionOf(action);
    return {
      action,
      resource: d.resource,
      description: d.description,
      rules: [...d.rules],
      grants: d.grants.map((g: Grant) => ({
        scope: g.scope,
        holders: 'roles' in g ? [...g.roles] : 'groups' in g ? [...g.groups] : [],
        permission: g.scope === 'organization' ? (g.permission ?? null) : null,
        managerKinds: g.scope === 'manager' ? [...(g.managerKinds ?? [])] : [],
        ownOrganizationOnly: g.scope === 'engagement' && !!g.ownOrganizationOnly,
        text: describeGrant(g),
      })),
    };
  });
}

/** docs/permissions.md: rows are actions, columns the scopes, cells the holders and rule ids. */
export function permissionsMarkdown(): string {
  const columns: Grant['scope'][] = [
    'organization',
    'manager',
    'managingOrganization',
    'team',
    'program',
    'engagement',
    'audience',
    'self',
  ];
  const titles: Record<Grant['scope'], string> = {
    organization: 'member of the organization',
    manager: 'provider / partner managing it',
    managingOrganization: 'the managing organization',
    team: 'team',
    program: 'program group',
    engagement: 'engagement group',
    audience: 'organization it is offered to',
    self: 'self',
  };
  const lines = [
    '# The permission matrix',
    '',
    'Generated from `src/permissions/matrix.ts` by `npm run docs:permissions`; CI fails when this',
    'file is not current. Each cell lists who holds the action at that scope, with the DOMAIN.md',
    'rules the action implements. The same matrix drives the shield, the record checks,',
    '`viewerCan`, `explainAccess`, `whoCan` and the `permissionMatrix` query.',
    '',
    `| action | ${columns.map((c) => titles[c]).join(' | ')} | rules |`,
    `| --- | ${columns.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const row of publishedMatrix()) {
    const cells = columns.map((scope) =>
      row.grants
        .filter((g) => g.scope === scope)
        .map((g) => g.text)
        .join('<br>'),
    );
    lines.push(
      `| \`${row.action}\` — ${row.description.replace(/\|/g, '\\|')} | ${cells.join(' | ')} | ${row.rules.join(', ')} |`,
    );
  }
  return lines.join('\n') + '\n';
}
