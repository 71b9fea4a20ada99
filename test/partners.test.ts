import {
  AddOrganizationMemberDocument,
  AddPartnerEmployeesDocument,
  ApproveAccessLinkDocument,
  ChangePartnerEmployeePermissionsDocument,
  ClientAccountDocument,
  ClientMembersDocument,
  CreateAccessLinkDocument,
  CreatePermissionSetDocument,
  DeactivatePartnerEmployeesDocument,
  ReactivatePartnerEmployeesDocument,
  RemovePartnerEmployeesDocument,
  SwitchToPartnerAdminDocument,
  UpdateBillingInformationDocument,
  ViewerNotificationsDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { PermissionSet, User } from '../entities';
import { toGlobalId } from '../src/globalId';

/** DOMAIN §4 (HubSpot client access) through the API: R-PA-1..8. */
let server: TestServer;
let tailspin: string;
let fabrikam: string;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
const sets: Record<string, string> = {};
const as = (name: string) => tokens[name];

async function signIn() {
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] ??= await server.token(u.email);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  tailspin = await organizationIdByName(server, 'Tailspin Client Co');
  fabrikam = await organizationIdByName(server, 'Fabrikam Partners');
  for (const s of await server.app.deps.db.getRepository(PermissionSet).find()) {
    sets[s.name] = toGlobalId('PermissionSet', s.id);
  }
  await signIn();
});
afterAll(() => server.close());

const members = async () =>
  (await server.request(ClientMembersDocument, { id: tailspin }, as('tina'))).data!.organization!;
const memberOf = async (email: string) =>
  (await members()).members!.edges.map((e) => e.node).find((m) => m.user.email === email);

describe('partner client access (R-PA-1..8)', () => {
  it('approves access links: the employee becomes a verified partner admin and is notified (R-PA-2, R-PA-3)', async () => {
    // Frank (partner admin of Tailspin) sends a link on Peter's behalf; Pat asks for himself.
    const onBehalf = await server.request(
      CreateAccessLinkDocument,
      {
        input: {
          clientOrganizationId: tailspin,
          employeeId: users.peter,
          permissionSetId: sets.Reporting,
        },
      },
      as('frank'),
    );
    expect(onBehalf.data?.createAccessLink.accessLink.status).toBe('PENDING');
    const beyondFrank = await server.request(
      CreateAccessLinkDocument,
      {
        input: {
          clientOrganizationId: tailspin,
          employeeId: users.paula,
          permissionSetId: sets.Sales,
        },
      },
      as('frank'),
    );
    expect(beyondFrank.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PA-5' });
    const ownLink = await server.request(
      CreateAccessLinkDocument,
      { input: { clientOrganizationId: tailspin, permissionSetId: sets.Sales } },
      as('pat'),
    );
    expect(ownLink.errors).toBeUndefined();
    const duplicate = await server.request(
      CreateAccessLinkDocument,
      { input: { clientOrganizationId: tailspin, permissionSetId: sets.Sales } },
      as('pat'),
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCESS_LINK_ALREADY_PENDING', // one pending link per employee and client (R-PA-2)
    });
    const outsider = await server.request(
      CreateAccessLinkDocument,
      { input: { clientOrganizationId: tailspin, permissionSetId: sets.Sales } },
      as('nina'),
    );
    expect(codeOf(outsider)).toBe('NOT_FOUND');

    const pending = await server.request(
      ClientAccountDocument,
      { id: tailspin, status: 'PENDING' },
      as('tina'),
    );
    expect(pending.data?.organization?.accessLinks?.totalCount).toBe(2);

    // Only a client super admin approves (frank sees the link but may not decide it).
    const linkId = onBehalf.data!.createAccessLink.accessLink.id;
    const byFrank = await server.request(
      ApproveAccessLinkDocument,
      { input: { accessLinkId: linkId } },
      as('frank'),
    );
    expect(codeOf(byFrank)).toBe('FORBIDDEN');
    for (const id of [linkId, ownLink.data!.createAccessLink.accessLink.id]) {
      const approved = await server.request(
        ApproveAccessLinkDocument,
        { input: { accessLinkId: id } },
        as('tina'),
      );
      expect(approved.data?.approveAccessLink.accessLink.status).toBe('APPROVED');
    }
    // A decided link is decided once; an employee in the account sends no further link (R-PA-2).
    const twice = await server.request(
      ApproveAccessLinkDocument,
      { input: { accessLinkId: linkId } },
      as('tina'),
    );
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCESS_LINK_NOT_PENDING',
    });
    const inAccount = await server.request(
      CreateAccessLinkDocument,
      { input: { clientOrganizationId: tailspin, permissionSetId: sets.Sales } },
      as('pat'),
    );
    expect(inAccount.errors?.[0]).toMatchObject({
      message: 'The employee is already in this client account.',
      extensions: { code: 'CONFLICT', reason: 'ACCESS_LINK_EMPLOYEE_ALREADY_IN_CLIENT' },
    });
    expect(await memberOf('peter@fabrikam.example')).toMatchObject({
      role: 'PARTNER_ADMIN',
      verified: true,
      permissionSet: { name: 'Reporting' },
      partnerOrganization: { name: 'Fabrikam Partners' },
    });
    const notes = await server.request(ViewerNotificationsDocument, {}, as('peter'));
    expect(notes.data?.viewerNotifications.edges.map((e) => e.node.kind)).toEqual([
      'ACCESS_LINK_APPROVED',
    ]);
  });

  it('lets an access link expire after 7 days', async () => {
    const added = await server.request(
      AddOrganizationMemberDocument,
      { input: { organizationId: fabrikam, email: 'quinn@fabrikam.example', name: 'Quinn' } },
      as('frank'),
    );
    expect(added.errors).toBeUndefined();
    await signIn();
    const link = await server.request(
      CreateAccessLinkDocument,
      { input: { clientOrganizationId: tailspin, permissionSetId: sets.Reporting } },
      as('quinn'),
    );
    server.clock.advanceDays(8);
    const late = await server.request(
      ApproveAccessLinkDocument,
      { input: { accessLinkId: link.data!.createAccessLink.accessLink.id } },
      as('tina'),
    );
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCESS_LINK_EXPIRED',
    });
    expect(late.errors?.[0].message).toContain('expired');
  });

  it('adds employees only with permissions the partner admin holds (R-PA-3, R-PA-5 granting)', async () => {
    const beyond = await server.request(
      AddPartnerEmployeesDocument,
      {
        input: {
          clientOrganizationId: tailspin,
          userIds: [users.paula],
          permissionSetId: sets.Sales,
        },
      },
      as('frank'),
    );
    expect(beyond.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PA-5' });
    expect(await memberOf('paula@fabrikam.example')).toBeUndefined();
    const addPaula = () =>
      server.request(
        AddPartnerEmployeesDocument,
        {
          input: {
            clientOrganizationId: tailspin,
            userIds: [users.paula],
            permissionSetId: sets.Reporting,
          },
        },
        as('frank'),
      );
    const added = await addPaula();
    expect(added.data?.addPartnerEmployees.results).toMatchObject([
      {
        id: users.paula,
        outcome: 'CHANGED',
        member: { role: 'PARTNER_ADMIN', verified: true, permissionSet: { name: 'Reporting' } },
      },
    ]);
    const addedAgain = await addPaula();
    expect(addedAgain.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PARTNER_EMPLOYEES_ALREADY_IN_CLIENT', // R-PA-3: one membership per account
    });
    const notPartnerAdmin = await server.request(
      AddPartnerEmployeesDocument,
      {
        input: {
          clientOrganizationId: tailspin,
          userIds: [users.quinn],
          permissionSetId: sets.Reporting,
        },
      },
      as('tina'),
    );
    expect(codeOf(notPartnerAdmin)).toBe('FORBIDDEN');
    const setBeyond = await server.request(
      CreatePermissionSetDocument,
      { input: { organizationId: tailspin, name: 'Editors', permissions: ['SETTINGS_EDIT'] } },
      as('frank'),
    );
    expect(setBeyond.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-PA-5',
      reason: 'PARTNER_PERMISSIONS_NOT_HELD',
    });
    const nameTaken = await server.request(
      CreatePermissionSetDocument,
      { input: { organizationId: tailspin, name: 'Sales', permissions: ['SETTINGS_EDIT'] } },
      as('tina'),
    );
    expect(nameTaken.errors?.[0]).toMatchObject({
      message: 'A set named "Sales" exists.',
      extensions: { code: 'CONFLICT', reason: 'PERMISSION_SET_NAME_TAKEN' },
    });
  });

  it('changes permission sets only within what the partner admin holds, both ways (R-PA-5)', async () => {
    // Adding: Reporting → Employee manager adds USERS_MANAGE and PARTNER_EMPLOYEES_MANAGE (held).
    const up = await server.request(
      ChangePartnerEmployeePermissionsDocument,
      {
        input: {
          clientOrganizationId: tailspin,
          userId: users.peter,
          permissionSetId: sets['Employee manager'],
        },
      },
      as('frank'),
    );
    expect(up.data?.changePartnerEmployeePermissions.member.permissionSet?.name).toBe(
      'Employee manager',
    );
    // Adding one Frank lacks: Reporting → Sales would add CONTACTS_EDIT.
    const grant = await server.request(
      ChangePartnerEmployeePermissionsDocument,
      {
        input: { clientOrganizationId: tailspin, userId: users.paula, permissionSetId: sets.Sales },
      },
      as('frank'),
    );
    expect(grant.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PA-5' });
    // Removing one Frank lacks: Pat holds Sales (approved by the super admin); Sales → Reporting
    // would remove CONTACTS_EDIT.
    const revoke = await server.request(
      ChangePartnerEmployeePermissionsDocument,
      {
        input: {
          clientOrganizationId: tailspin,
          userId: users.pat,
          permissionSetId: sets.Reporting,
        },
      },
      as('frank'),
    );
    expect(revoke.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PA-5' });
    expect((await memberOf('pat@fabrikam.example'))?.permissionSet?.name).toBe('Sales');
  });

  it('deactivates without ending the relationship; only partner admins reactivate (R-PA-7)', async () => {
    const deactivated = await server.request(
      DeactivatePartnerEmployeesDocument,
      { input: { clientOrganizationId: tailspin, userIds: [users.paula] } },
      as('tina'),
    );
    expect(deactivated.data?.deactivatePartnerEmployees.results).toEqual([
      { id: users.paula, outcome: 'CHANGED', member: { status: 'DEACTIVATED' } },
    ]);
    const relationship = await server.request(ClientAccountDocument, { id: tailspin }, as('tina'));
    expect(relationship.data?.organization?.managedBy?.edges[0].node.status).toBe('ACTIVE');
    const bySuperAdmin = await server.request(
      ReactivatePartnerEmployeesDocument,
      { input: { clientOrganizationId: tailspin, userIds: [users.paula] } },
      as('tina'),
    );
    expect(codeOf(bySuperAdmin)).toBe('FORBIDDEN');
    const byPartnerAdmin = await server.request(
      ReactivatePartnerEmployeesDocument,
      { input: { clientOrganizationId: tailspin, userIds: [users.paula] } },
      as('frank'),
    );
    expect(byPartnerAdmin.data?.reactivatePartnerEmployees.results).toEqual([
      { id: users.paula, outcome: 'CHANGED', member: { status: 'ACTIVE' } },
    ]);
  });

  it('keeps the last super admin, and lets another switch to partner admin keeping billing (R-PA-8)', async () => {
    const last = await server.request(
      SwitchToPartnerAdminDocument,
      { input: { organizationId: tailspin, keepBilling: true } },
      as('tina'),
    );
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'R-PA-8' });

    await server.request(
      AddOrganizationMemberDocument,
      { input: { organizationId: fabrikam, email: 'sara@fabrikam.example', name: 'Sara' } },
      as('frank'),
    );
    await server.request(
      AddOrganizationMemberDocument,
      {
        input: {
          organizationId: tailspin,
          email: 'sara@fabrikam.example',
          name: 'Sara',
          role: 'ADMIN',
        },
      },
      as('tina'),
    );
    await signIn();
    // Sara already has an account (Fabrikam): she joins Tailspin by accepting (issue 14 item 4).
    const accepted = await server.raw(
      'mutation ($id: ID!) { acceptInvitation(input: { organizationId: $id }) { member { status } } }',
      { id: tailspin },
      as('sara'),
    );
    expect(accepted.data).toEqual({ acceptInvitation: { member: { status: 'ACTIVE' } } });
    const switched = await server.request(
      SwitchToPartnerAdminDocument,
      { input: { organizationId: tailspin, keepBilling: true } },
      as('sara'),
    );
    expect(switched.data?.switchToPartnerAdmin.member).toMatchObject({
      role: 'PARTNER_ADMIN',
      billingPermission: true,
      verified: true,
      permissionSet: { name: 'Full access' },
    });
    const billing = await server.request(
      UpdateBillingInformationDocument,
      { input: { organizationId: tailspin, email: 'ap@tailspin.example', address: 'Dock 4' } },
      as('sara'),
    );
    expect(billing.errors).toBeUndefined();
    const frankBilling = await server.request(
      UpdateBillingInformationDocument,
      { input: { organizationId: tailspin, email: 'x@tailspin.example', address: 'X' } },
      as('frank'),
    );
    expect(codeOf(frankBilling)).toBe('FORBIDDEN');
  });

  it('previews, then removes employees; the last removal starts the 60-day end (R-PA-6, R-PA-7)', async () => {
    const usedBefore = (await members()).seats!.used;
    const preview = await server.request(
      RemovePartnerEmployeesDocument,
      { input: { clientOrganizationIds: [tailspin], userIds: [users.paula], dryRun: true } },
      as('frank'),
    );
    expect(preview.data?.removePartnerEmployees).toMatchObject({
      dryRun: true,
      clients: [
        {
          client: { name: 'Tailspin Client Co' },
          endsRelationship: false,
          employees: [{ user: { email: 'paula@fabrikam.example' }, status: 'ACTIVE' }],
        },
      ],
    });
    expect(await memberOf('paula@fabrikam.example')).toBeDefined();
    const removed = await server.request(
      RemovePartnerEmployeesDocument,
      { input: { clientOrganizationIds: [tailspin], userIds: [users.paula], dryRun: false } },
      as('frank'),
    );
    expect(removed.errors).toBeUndefined();
    expect(await memberOf('paula@fabrikam.example')).toBeUndefined();
    expect((await members()).seats!.used).toBe(usedBefore - 1);

    const everyone = [users.frank, users.peter, users.pat, users.sara];
    const review = await server.request(
      RemovePartnerEmployeesDocument,
      { input: { clientOrganizationIds: [tailspin], userIds: everyone, dryRun: true } },
      as('tina'),
    );
    expect(review.data?.removePartnerEmployees.clients[0].endsRelationship).toBe(true);
    expect(review.data?.removePartnerEmployees.clients[0].employees).toHaveLength(4);
    const last = await server.request(
      RemovePartnerEmployeesDocument,
      { input: { clientOrganizationIds: [tailspin], userIds: everyone, dryRun: false } },
      as('tina'),
    );
    expect(last.errors).toBeUndefined();
    const relationship = (await server.request(ClientAccountDocument, { id: tailspin }, as('tina')))
      .data!.organization!.managedBy!.edges[0].node;
    expect(relationship.status).toBe('ENDING');
    const activity = new Date(relationship.lastPartnerActivityAt!).getTime();
    expect(new Date(relationship.endsAt!).getTime() - activity).toBe(60 * 24 * 3600 * 1000);
  });
});
