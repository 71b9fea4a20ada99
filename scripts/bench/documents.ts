/** The GraphQL documents of `npm run bench` (scripts/bench/run.ts) and its profile. */
export const CLIENTS_PAGE = `query ($id: ID!, $first: Int!) { node(id: $id) { ... on Organization {
  clients(first: $first, orderBy: { field: REMAINING, direction: ASC }) { totalCount edges { node { id name plan seats { assigned used remaining } } } } } } }`;
export const MEMBERS_PAGE = `query ($id: ID!, $first: Int!) { node(id: $id) { ... on Organization {
  members(first: $first) { edges { node { id role license status lastActivityAt user { id email name
    teams(first: 10) { edges { node { role team { id name } } } }
    groups(first: 10) { edges { node { group engagement { id name } } } } } } } pageInfo { endCursor hasNextPage } } } } }`;
export const ENGAGEMENT_PAGE = `query ($id: ID!, $first: Int!) { node(id: $id) { ... on Engagement {
  members(first: $first) { edges { node { id group organizationName lastAccessAt user { id email name } } } } } } }`;
export const BATCH = `mutation ($input: BatchUpdateMembersInput!) { batchUpdateMembers(input: $input) { applied failed } }`;
export const REQUEST = `mutation ($input: RequestEngagementAccessInput!) { requestEngagementAccess(input: $input) { accessRequest { id } } }`;
export const CANCEL = `mutation ($input: CancelAccessRequestInput!) { cancelAccessRequest(input: $input) { accessRequest { id } } }`;
