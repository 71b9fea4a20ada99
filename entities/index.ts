import { AuditEvent } from './AuditEvent';
import { Engagement } from './Engagement';
import { GroupMembership } from './GroupMembership';
import { ManagedRelationship } from './ManagedRelationship';
import { Organization } from './Organization';
import { OrganizationDomain } from './OrganizationDomain';
import { OrganizationMember } from './OrganizationMember';
import { Program } from './Program';
import { Team } from './Team';
import { TeamMember } from './TeamMember';
import { User } from './User';

export {
  AuditEvent,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
};

export const ENTITIES = [
  AuditEvent,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
];
