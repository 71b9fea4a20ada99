import { EntityManager } from 'typeorm';
import {
  ContentPackage,
  PermissionSet,
  Engagement,
  EngagementAudience,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
} from '../../entities';
import {
  ClientPermission,
  GroupKind,
  GroupMembershipStatus,
  JoinPolicy,
  License,
  MemberStatus,
  OrganizationKind,
  OrgRole,
  Plan,
  RelationshipStatus,
  TeamPrivacy,
  TeamRole,
} from '../../entities/enums';
import { scopeOfGroup } from '../../entities/GroupMembership';
import type { AppDeps } from '../context';
import { log } from '../log';

/** Writes demo rows in one transaction; seat use is counted from the members added. */
class WorldBuilder {
  constructor(
    private readonly em: EntityManager,
    private readonly now: Date,
  ) {}

  user(email: string, name: string) {
    return this.em.save(
      this.em.create(User, { subject: email, email, name, photoUrl: null, createdAt: this.now }),
    );
  }

  async org(
    name: string,
    kind: OrganizationKind,
    plan: Plan,
    seatsAssigned: number,
    domains: string[] = [],
  ) {
    const org = await this.em.save(
      this.em.create(Organization, {
        name,
        kind,
        plan,
        seatsAssigned,
        seatsUsed: 0,
        createdAt: this.now,
      }),
    );
    for (const domain of domains)
      await this.em.insert(OrganizationDomain, { organizationId: org.id, domain });
    return org;
  }

  async member(
    org: Organization,
    user: User,
    role: OrgRole,
    license = License.FULL,
    status = MemberStatus.ACTIVE,
  ) {
    await this.em.insert(OrganizationMember, {
      organizationId: org.id,
      userId: user.id,
      role,
      license,
      status,
      lastActivityAt: status === MemberStatus.ACTIVE ? this.now : null,
      invitedAt: status === MemberStatus.INVITED ? this.now : null,
      createdAt: this.now,
    });
    if (status !== MemberStatus.DEACTIVATED) {
      await this.em.increment(Organization, { id: org.id }, 'seatsUsed', 1);
      org.seatsUsed++;
    }
  }

  manage(manager: Organization, client: Organization) {
    return this.em.insert(ManagedRelationship, {
      managerOrganizationId: manager.id,
      clientOrganizationId: client.id,
      status: RelationshipStatus.ACTIVE,
      lastPartnerActivityAt: this.now,
      endsAt: null,
      createdAt: this.now,
    });
  }

  async team(org: Organization, name: string, members: [User, TeamRole][]) {
    const team = await this.em.save(
      this.em.create(Team, {
        organizationId: org.id,
        name,
        privacy: TeamPrivacy.DISCOVERABLE,
        createdAt: this.now,
      }),
    );
    for (const [user, role] of members) {
      await this.em.insert(TeamMember, {
        teamId: team.id,
        userId: user.id,
        organizationId: org.id,
        role,
        createdAt: this.now,
      });
    }
    return team;
  }

  group(
    group: GroupKind,
    program: Program,
    engagement: Engagement | null,
    user: User,
    memberOrg: Organization,
    lastAccessAt: Date = this.now,
  ) {
    return this.em.insert(GroupMembership, {
      scopeKey: scopeOfGroup(program.id, engagement?.id ?? null),
      group,
      programId: program.id,
      engagementId: engagement?.id ?? null,
      userId: user.id,
      memberOrganizationId: memberOrg.id,
      status: GroupMembershipStatus.ACTIVE,
      lastAccessAt,
      createdAt: this.now,
    });
  }
}

/**
 * The demo world of DOMAIN.md: a provider with three clients (15/1/14 Enterprise, 20/1/19 Teams,
 * 10/1/9 Enterprise), a host with a program and engagements, two partners with Power Users and
 * participants, a partner managing a client account, and a company with teams. Seeds only an
 * empty database; returns whether it seeded.
 */
export async function seedDemoWorld(
  deps: Pick<AppDeps, 'transact' | 'clock' | 'db'>,
): Promise<boolean> {
  if ((await deps.db.getRepository(Organization).count()) > 0) return false;
  await deps.transact(async (em) => {
    const w = new WorldBuilder(em, deps.clock.now());
    const { ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER, GUEST } = OrgRole;

    // §1 Provider portal
    const provider = await w.org(
      'Acme Provider Services',
      OrganizationKind.PROVIDER,
      Plan.ENTERPRISE,
      25,
      ['acme-provider.example'],
    );
    const alice = await w.user('alice@acme-provider.example', 'Alice Provider-Admin');
    const sam = await w.user('sam@acme-provider.example', 'Sam Service-User');
    await w.member(provider, alice, ADMIN);
    await w.member(provider, sam, SERVICE_USER);
    const clients: [string, Plan, number, string, string][] = [
      [
        "My Client's Organization",
        Plan.ENTERPRISE,
        15,
        'carol@myclient.example',
        'Carol Client-Admin',
      ],
      [
        "Second Client's Organization",
        Plan.TEAMS,
        20,
        'dan@secondclient.example',
        'Dan Second-Admin',
      ],
      [
        "Third Client's Organization",
        Plan.ENTERPRISE,
        10,
        'erin@thirdclient.example',
        'Erin Third-Admin',
      ],
    ];
    for (const [name, plan, seats, email, person] of clients) {
      const client = await w.org(name, OrganizationKind.CLIENT, plan, seats);
      await w.member(client, await w.user(email, person), ADMIN);
      await w.manage(provider, client);
    }

    // §2 Engagements: host, program, engagements; partners with Power Users and participants
    const host = await w.org('Contoso Host', OrganizationKind.HOST, Plan.ENTERPRISE, 50, [
      'contoso.example',
    ]);
    const olivia = await w.user('olivia@contoso.example', 'Olivia Program-Owner');
    const oscar = await w.user('oscar@contoso.example', 'Oscar Engagement-Owner');
    const cora = await w.user('cora@contoso.example', 'Cora Engagement-Creator');
    const paco = await w.user('paco@contoso.example', 'Paco Package-Publisher');
    for (const u of [olivia, oscar, cora, paco])
      await w.member(host, u, u === olivia ? ADMIN : MEMBER);
    const program = await em.save(
      em.create(Program, {
        hostOrganizationId: host.id,
        name: 'Partner Readiness Program',
        description: 'Early access and readiness for partners and customers.',
        createdAt: deps.clock.now(),
      }),
    );
    const engagement = (
      name: string,
      joinPolicy: JoinPolicy,
      acceptsFeedback: boolean,
      termsOfUse: string | null,
    ) =>
      em.save(
        em.create(Engagement, {
          programId: program.id,
          hostOrganizationId: host.id,
          name,
          joinPolicy,
          acceptsFeedback,
          termsOfUse,
          createdAt: deps.clock.now(),
        }),
      );
    const pilot = await engagement(
      'Cloud Migration Pilot',
      JoinPolicy.APPROVAL,
      true,
      'Confidential preview: do not share content.',
    );
    const workshop = await engagement(
      'Security Workshop',
      JoinPolicy.OPEN,
      false,
      'Workshop terms of use.',
    );
    const briefing = await engagement('Executive Briefing', JoinPolicy.CLOSED, false, null);
    await w.group(GroupKind.PROGRAM_OWNER, program, null, olivia, host);
    await w.group(GroupKind.ENGAGEMENT_CREATOR, program, null, cora, host);
    await w.group(GroupKind.PACKAGE_PUBLISHER, program, null, paco, host);
    await w.group(GroupKind.ENGAGEMENT_OWNER, program, pilot, oscar, host);
    await w.group(GroupKind.ENGAGEMENT_OWNER, program, workshop, oscar, host);

    const fabrikam = await w.org(
      'Fabrikam Partners',
      OrganizationKind.PARTNER,
      Plan.ENTERPRISE,
      20,
      ['fabrikam.example'],
    );
    const northwind = await w.org('Northwind Partners', OrganizationKind.PARTNER, Plan.TEAMS, 10, [
      'northwind.example',
    ]);
    const frank = await w.user('frank@fabrikam.example', 'Frank Partner-Admin');
    const pat = await w.user('pat@fabrikam.example', 'Pat Power-User');
    const paula = await w.user('paula@fabrikam.example', 'Paula Participant');
    const peter = await w.user('peter@fabrikam.example', 'Peter Colleague');
    const nina = await w.user('nina@northwind.example', 'Nina Power-User');
    const ned = await w.user('ned@northwind.example', 'Ned Participant');
    await w.member(fabrikam, frank, ADMIN);
    for (const u of [pat, paula, peter]) await w.member(fabrikam, u, MEMBER);
    await w.member(northwind, nina, ADMIN);
    await w.member(northwind, ned, MEMBER);
    await w.group(GroupKind.POWER_USER, program, pilot, pat, fabrikam);
    await w.group(GroupKind.PARTICIPANT, program, pilot, paula, fabrikam);
    await w.group(GroupKind.POWER_USER, program, pilot, nina, northwind);
    await w.group(GroupKind.PARTICIPANT, program, pilot, ned, northwind);
    await w.group(GroupKind.PARTICIPANT, program, workshop, paula, fabrikam);
    for (const offered of [pilot, workshop, briefing]) {
      for (const partner of [fabrikam, northwind]) {
        await em.insert(EngagementAudience, {
          engagementId: offered.id,
          organizationId: partner.id,
          createdAt: deps.clock.now(),
        });
      }
    }
    // Long-inactive participants of the briefing for the inactivity job (R-IN-1): Lars has not
    // been seen for 200 days (deactivated on the next run), Wendy for 160 (30-day warning due).
    const wingtip = await w.org('Wingtip Partners', OrganizationKind.PARTNER, Plan.TEAMS, 5, [
      'wingtip.example',
    ]);
    const daysAgo = (days: number) => new Date(deps.clock.now().getTime() - days * 86_400_000);
    for (const [email, name, days] of [
      ['lars@wingtip.example', 'Lars Long-Inactive', 200],
      ['wendy@wingtip.example', 'Wendy Inactive', 160],
    ] as const) {
      const user = await w.user(email, name);
      await w.member(wingtip, user, MEMBER);
      await w.group(GroupKind.PARTICIPANT, program, briefing, user, wingtip, daysAgo(days));
    }
    await em.insert(ContentPackage, {
      engagementId: pilot.id,
      programId: program.id,
      hostOrganizationId: host.id,
      title: 'Pilot onboarding guide',
      body: 'Step 1: read the migration checklist. Step 2: book the kickoff.',
      publishedByUserId: paco.id,
      publishedAt: deps.clock.now(),
    });

    // §4 A partner managing a client account: super admin and partner admin
    const tailspin = await w.org(
      'Tailspin Client Co',
      OrganizationKind.CLIENT,
      Plan.ENTERPRISE,
      10,
      ['tailspin.example'],
    );
    await w.member(tailspin, await w.user('tina@tailspin.example', 'Tina Super-Admin'), ADMIN);
    await w.member(tailspin, frank, PARTNER_ADMIN);
    await w.manage(fabrikam, tailspin);
    // Permission sets of the client account (R-PA-3). Frank manages users and partner
    // employees but may not edit contacts or settings, so R-PA-5 shows in both directions.
    const sets: Record<string, PermissionSet> = {};
    for (const [name, permissions] of [
      ['Full access', Object.values(ClientPermission)],
      [
        'Employee manager',
        [
          ClientPermission.USERS_MANAGE,
          ClientPermission.PARTNER_EMPLOYEES_MANAGE,
          ClientPermission.REPORTS_VIEW,
        ],
      ],
      ['Reporting', [ClientPermission.REPORTS_VIEW]],
      ['Sales', [ClientPermission.CONTACTS_EDIT, ClientPermission.REPORTS_VIEW]],
    ] as const) {
      sets[name] = await em.save(
        em.create(PermissionSet, {
          clientOrganizationId: tailspin.id,
          name,
          permissions: [...permissions],
          createdAt: deps.clock.now(),
        }),
      );
    }
    await em.update(
      OrganizationMember,
      { organizationId: tailspin.id, userId: frank.id },
      {
        partnerOrganizationId: fabrikam.id,
        permissionSetId: sets['Employee manager'].id,
        verified: true,
        // Frank already held reports access when sets stopped granting it (R-PA-9).
        reportsAccess: true,
      },
    );

    // §3 A company with teams
    const globex = await w.org(
      'Globex Corporation',
      OrganizationKind.COMPANY,
      Plan.ENTERPRISE,
      30,
      ['globex.example'],
    );
    const grace = await w.user('grace@globex.example', 'Grace Company-Admin');
    const hank = await w.user('hank@globex.example', 'Hank Team-Admin');
    const ivy = await w.user('ivy@globex.example', 'Ivy Member');
    const gus = await w.user('gus@partner-guest.example', 'Gus Guest');
    const ida = await w.user('ida@globex.example', 'Ida Invited');
    await w.member(globex, grace, ADMIN);
    await w.member(globex, hank, MEMBER);
    await w.member(globex, ivy, MEMBER);
    await w.member(globex, gus, GUEST, License.FREE);
    await w.member(globex, ida, MEMBER, License.FULL, MemberStatus.INVITED);
    await w.team(globex, 'Design', [
      [hank, TeamRole.ADMIN],
      [ivy, TeamRole.MEMBER],
    ]);
    await w.team(globex, 'Engineering', [
      [grace, TeamRole.ADMIN],
      [gus, TeamRole.MEMBER],
    ]);
  });
  log.info('seeded the demo world');
  return true;
}
