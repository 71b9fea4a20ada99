import {
  AddOrganizationMemberDocument,
  AddPartnerEmployeesDocument,
  ClientAccountDocument,
  CreateAccessLinkDocument,
  CreatePermissionSetDocument,
  CreateScimTokenDocument,
  OrganizationBillingDocument,
  SetOrganizationMemberExpiryDocument,
  RejectAccessLinkDocument,
  RemovePartnerEmployeesDocument,
  RevokeScimTokenDocument,
  SwitchToPartnerAdminDocument,
  UpdateBillingInformationDocument,
} from './generated/graphql';
import {
  GraphQLResponse,
  organizationIdByName,
  startTestServer,
  TestServer,
} from './helpers/server';
import { AccessLink, PermissionSet, User } from '../entities';
import { AccessLinkStatus } from '../entities/enums';
import { toGlobalId } from '../src/globalId';

/**
 * The delegation rows of the permission matrix (R-PR-*, R-PA-*) as every role, through the API.
 * "Denied" is UNAUTHENTICATED, FORBIDDEN or NOT_FOUND; an allowed call may still meet a business
 * rule (CONFLICT for the last super admin, or for an employee already in the account).
 */
const ROLES = {
  providerAdmin: 'alice', // Acme (provider of My Client's Organization)
  providerServiceUser: 'sam',
  clientSuperAdmin: 'carol', // super admin of My Client's Organization
  partnerClientSuperAdmin: 'tina', // super admin of Tailspin (managed by the partner Fabrikam)
  partnerAdmin: 'frank', // Fabrikam admin, partner admin of Tailspin ("Employee manager")
  partnerEmployee: 'peter', // Fabrikam member, not in Tailspin
  outsider: 'grace',
  anonymous: null,
} as const;
type Role = keyof typeof ROLES;
const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

let server: TestServer;
let myClient: string;
let tailspin: string;
let reporting: string;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
let counter = 0;

beforeAll(async () => {
  server = await startTestServer();
  myClient = await organizationIdByName(server, "My Client's Organization");
  tailspin = await organizationIdByName(server, 'Tailspin Client Co');
  reporting = toGlobalId(
    'PermissionSet',
    (await server.app.deps.db.getRepository(PermissionSet).findOneByOrFail({ name: 'Reporting' }))
      .id,
  );
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

const tokenOf = (role: Role) => (ROLES[role] ? tokens[ROLES[role]!] : undefined);

/** A pending access link of Peter's to Tailspin (made afresh when none is pending). */
async function pendingLink(): Promise<string> {
  const repo = server.app.deps.db.getRepository(AccessLink);
  const pending = await repo.findOneBy({ status: AccessLinkStatus.PENDING });
  if (pending) return toGlobalId('AccessLink', pending.id);
  const created = await server.request(
    CreateAccessLinkDocument,
    { input: { clientOrganizationId: tailspin, permissionSetId: reporting } },
    tokens.peter,
  );
  return created.data!.createAccessLink.accessLink.id;
}

interface Row {
  action: string;
  allowed: Role[];
  run(token: string | undefined): Promise<GraphQLResponse<unknown>>;
}

const addMember = (organizationId: () => string, role: 'MEMBER' | 'ADMIN') => (t?: string) =>
  server.request(
    AddOrganizationMemberDocument,
    {
      input: {
        organizationId: organizationId(),
        email: `matrix${++counter}@example.org`,
        name: 'Matrix',
        role,
      },
    },
    t,
  );

/** One SCIM token of My Client's Organization, made once by its super admin, for the revoke row. */
let scimTokenId: string | undefined;
async function scimToken(): Promise<string> {
  if (scimTokenId) return scimTokenId;
  const created = await server.request(
    CreateScimTokenDocument,
    { input: { organizationId: myClient, name: 'Matrix IdP' } },
    tokens.carol,
  );
  scimTokenId = created.data!.createScimToken.scimToken.id;
  return scimTokenId;
}

const ROWS: Row[] = [
  {
    action: 'organization.manageMembers (provider-managed client)',
    allowed: ['providerAdmin', 'providerServiceUser', 'clientSuperAdmin'],
    run: addMember(() => myClient, 'MEMBER'),
  },
  {
    action: 'organization.manageMembers (partner-managed client)',
    allowed: ['partnerClientSuperAdmin', 'partnerAdmin'],
    run: addMember(() => tailspin, 'MEMBER'),
  },
  {
    action: 'organization.manageSuperAdmins',
    allowed: ['providerAdmin', 'providerServiceUser', 'clientSuperAdmin'],
    run: addMember(() => myClient, 'ADMIN'),
  },
  {
    action: 'organization.manageSuperAdmins (setOrganizationMemberExpiry of a super admin)',
    allowed: ['providerAdmin', 'providerServiceUser', 'clientSuperAdmin'],
    run: (t) =>
      server.request(
        SetOrganizationMemberExpiryDocument,
        {
          input: {
            organizationId: myClient,
            userId: users.carol,
            expiresAt: new Date(server.clock.now().getTime() + 10 * 86_400_000).toISOString(),
            dryRun: true,
          },
        },
        t,
      ),
  },
  {
    action: 'organization.readBilling',
    allowed: ['providerAdmin', 'providerServiceUser', 'clientSuperAdmin'],
    run: (t) => server.request(OrganizationBillingDocument, { id: myClient }, t),
  },
  {
    action: 'organization.updateBilling',
    allowed: ['providerAdmin', 'clientSuperAdmin'],
    run: (t) =>
      server.request(
        UpdateBillingInformationDocument,
        { input: { organizationId: myClient, email: 'billing@myclient.example', address: 'A' } },
        t,
      ),
  },
  {
    action: 'organization.updateBilling (partner-managed client: never the partner)',
    allowed: ['partnerClientSuperAdmin'],
    run: (t) =>
      server.request(
        UpdateBillingInformationDocument,
        { input: { organizationId: tailspin, email: 'billing@tailspin.example', address: 'B' } },
        t,
      ),
  },
  {
    action: 'organization.readAccessLinks (with the permission sets)',
    allowed: ['partnerClientSuperAdmin'],
    run: (t) => server.request(ClientAccountDocument, { id: tailspin }, t),
  },
  {
    action: 'organization.managePermissionSets',
    allowed: ['partnerClientSuperAdmin', 'partnerAdmin'],
    run: (t) =>
      server.request(
        CreatePermissionSetDocument,
        {
          input: {
            organizationId: tailspin,
            name: `Set ${++counter}`,
            permissions: ['REPORTS_VIEW'],
          },
        },
        t,
      ),
  },
  {
    action: 'organization.requestPartnerAccess',
    allowed: ['partnerAdmin', 'partnerEmployee'],
    run: (t) =>
      server.request(
        CreateAccessLinkDocument,
        { input: { clientOrganizationId: tailspin, permissionSetId: reporting } },
        t,
      ),
  },
  {
    action: 'accessLink.decide',
    allowed: ['partnerClientSuperAdmin'],
    run: async (t) =>
      server.request(RejectAccessLinkDocument, { input: { accessLinkId: await pendingLink() } }, t),
  },
  {
    action: 'organization.addPartnerEmployees',
    allowed: ['partnerAdmin'],
    run: (t) =>
      server.request(
        AddPartnerEmployeesDocument,
        {
          input: {
            clientOrganizationId: tailspin,
            userIds: [users.paula],
            permissionSetId: reporting,
          },
        },
        t,
      ),
  },
  {
    action: 'organization.removePartnerEmployees (review)',
    allowed: ['partnerClientSuperAdmin', 'partnerAdmin'],
    run: (t) =>
      server.request(
        RemovePartnerEmployeesDocument,
        { input: { clientOrganizationIds: [tailspin], userIds: [users.frank], dryRun: true } },
        t,
      ),
  },
  {
    // R-PA-10: SCIM provisioning is the super admin's, never the partner admin's or a manager's.
    action: 'organization.manageScimTokens (create, provider-managed client)',
    allowed: ['clientSuperAdmin'],
    run: (t) =>
      server.request(
        CreateScimTokenDocument,
        { input: { organizationId: myClient, name: `IdP ${++counter}` } },
        t,
      ),
  },
  {
    action:
      'organization.manageScimTokens (create, partner-managed client: never the partner admin)',
    allowed: ['partnerClientSuperAdmin'],
    run: (t) =>
      server.request(
        CreateScimTokenDocument,
        { input: { organizationId: tailspin, name: `IdP ${++counter}` } },
        t,
      ),
  },
  {
    action: 'organization.manageScimTokens (revoke)',
    allowed: ['clientSuperAdmin'],
    run: async (t) =>
      server.request(RevokeScimTokenDocument, { input: { scimTokenId: await scimToken() } }, t),
  },
  {
    action: 'organization.switchToPartnerAdmin',
    allowed: ['partnerClientSuperAdmin'], // allowed, then refused as the last super admin
    run: (t) =>
      server.request(
        SwitchToPartnerAdminDocument,
        { input: { organizationId: tailspin, keepBilling: false } },
        t,
      ),
  },
  {
    action: 'organization.manageReportsAccess (R-PA-9: only the super admin, never a set)',
    allowed: ['partnerClientSuperAdmin'],
    run: (t) =>
      server.raw(
        `mutation ($input: SetReportsAccessInput!) { setPartnerReportsAccess(input: $input) { member { reportsAccess } } }`,
        { input: { clientOrganizationId: tailspin, userId: users.frank, granted: true } },
        t,
      ) as Promise<GraphQLResponse<unknown>>,
  },
];

describe.each(ROWS)('$action', (row) => {
  it.each(Object.keys(ROLES) as Role[])('as %s', async (role) => {
    const response = await row.run(tokenOf(role));
    const code = response.errors?.[0]?.extensions?.code as string | undefined;
    if (row.allowed.includes(role)) {
      expect(DENIED.has(code ?? '')).toBe(false);
    } else if (role === 'anonymous') {
      expect(code).toBe('UNAUTHENTICATED');
    } else {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
    }
  });
});
