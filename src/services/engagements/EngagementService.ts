import type { Engagement, GroupMembership, Organization, Program } from '../../../entities';
import type { GroupKind, ProgramGroup } from '../../../entities/enums';
import type { ServiceDeps } from '../context';
import type { Connection, PageArgs } from '../pagination';
import { createEngagement, CreateEngagementInput } from './catalog/createEngagement';
import { createProgram, CreateProgramInput } from './catalog/createProgram';
import {
  engagementAudience,
  engagementMembers,
  programEngagements,
  programMembers,
  viewerEngagements,
  viewerGroups,
} from './catalog/queries';
import { updateEngagement, UpdateEngagementInput } from './catalog/updateEngagement';
import { updateProgram, UpdateProgramInput } from './catalog/updateProgram';

/**
 * Programs and engagements: discovery (R-EN-2) and their management by host groups (R-EN-1).
 * One method per mutation or query, each calling its function in `catalog/`.
 */
export class EngagementService {
  constructor(private readonly deps: ServiceDeps) {}

  engagements(
    program: Program,
    search: string | null,
    args: PageArgs,
  ): Promise<Connection<Engagement>> {
    return programEngagements(this.deps, program, search, args);
  }

  members(
    engagement: Engagement,
    group: GroupKind | null,
    args: PageArgs,
  ): Promise<Connection<GroupMembership>> {
    return engagementMembers(this.deps, engagement, group, args);
  }

  programMembers(
    program: Program,
    group: ProgramGroup | null,
    args: PageArgs,
  ): Promise<Connection<GroupMembership>> {
    return programMembers(this.deps, program, group, args);
  }

  ofViewer(
    available: boolean,
    search: string | null,
    args: PageArgs,
  ): Promise<Connection<Engagement>> {
    return viewerEngagements(this.deps, available, search, args);
  }

  viewerGroups(engagement: Engagement): Promise<GroupKind[]> {
    return viewerGroups(this.deps, engagement);
  }

  audience(engagement: Engagement): Promise<Organization[]> {
    return engagementAudience(this.deps, engagement);
  }

  createProgram(input: CreateProgramInput): Promise<Program> {
    return createProgram(this.deps, input);
  }

  updateProgram(input: UpdateProgramInput): Promise<Program> {
    return updateProgram(this.deps, input);
  }

  createEngagement(input: CreateEngagementInput): Promise<Engagement> {
    return createEngagement(this.deps, input);
  }

  updateEngagement(input: UpdateEngagementInput): Promise<Engagement> {
    return updateEngagement(this.deps, input);
  }
}
