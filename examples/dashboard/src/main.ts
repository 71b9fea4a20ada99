import {
  ApproveAccessRequestDocument,
  CreateExportLinkDocument,
  DashboardAccessRequestEventsDocument,
  DashboardEngagementDocument,
  DashboardEngagementQuery,
  DashboardViewerDocument,
  DenyAccessRequestDocument,
} from '../../../test/generated/graphql';
import { Api, connect } from './api';

/** The gateway this dashboard talks to (set by serve.ts). */
const GATEWAY = (window as unknown as { GATEWAY_URL: string }).GATEWAY_URL;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

/** Builds an element with text and attributes (no HTML strings: names come from users). */
function el(tag: string, text = '', attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

type Engagement = Extract<
  NonNullable<DashboardEngagementQuery['node']>,
  { __typename?: 'Engagement' }
>;

let api: Api | null = null;
let stopEvents: (() => void) | null = null;

async function signIn(event: Event) {
  event.preventDefault();
  api?.close();
  api = connect(GATEWAY, $<HTMLInputElement>('#token').value.trim());
  try {
    const data = await api.request(DashboardViewerDocument, {});
    $('#viewer').textContent = `Signed in as ${data.viewer.name} <${data.viewer.email}>`;
    const list = $('#engagements');
    list.replaceChildren();
    for (const { node } of data.viewer.engagements?.edges ?? []) {
      const button = el('button', node.name, { 'data-engagement': node.id });
      button.addEventListener('click', () => void open(node.id));
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    $('#signin').hidden = true;
    $('#app').hidden = false;
  } catch (error) {
    $('#viewer').textContent = `Sign-in failed: ${(error as Error).message}`;
  }
}

/** Shows one engagement and follows its access requests live. */
async function open(engagementId: string) {
  stopEvents?.();
  await render(engagementId);
  stopEvents = api!.subscribe(DashboardAccessRequestEventsDocument, { engagementId }, () => {
    void render(engagementId); // any event: reload the pending list and participants
  });
}

async function render(engagementId: string) {
  const data = await api!.request(DashboardEngagementDocument, { id: engagementId });
  if (!data.node || !('name' in data.node)) return;
  const engagement = data.node as Engagement;
  // Both lists are null (with a FORBIDDEN entry) for a viewer who may not read them.
  const requests = engagement.accessRequests?.edges ?? [];
  const members = engagement.members;
  $('#engagement').hidden = false;
  $('#engagement-name').textContent = engagement.name;
  $('#export').onclick = () => void exportParticipants(engagementId);

  const pending = $('#requests');
  pending.replaceChildren();
  for (const { node: request } of requests) {
    const item = el('li', '', { 'data-request': request.id });
    item.append(
      el('strong', `${request.requester.name} <${request.requester.email}>`),
      el('span', ` (${request.requesterOrganization.name}): “${request.justification}” `),
      decisionButton('Approve', request.id, true, engagementId),
      decisionButton('Deny', request.id, false, engagementId),
    );
    pending.append(item);
  }
  if (!requests.length) pending.append(el('li', 'No pending requests.'));

  const participants = $('#participants');
  participants.replaceChildren();
  for (const { node } of members?.edges ?? []) {
    participants.append(
      el('li', `${node.user.name} <${node.user.email}> — ${node.organizationName}`),
    );
  }
  $('#participant-count').textContent = String(members?.totalCount ?? 0);
}

function decisionButton(label: string, id: string, approve: boolean, engagementId: string) {
  const button = el('button', label, { 'data-action': label.toLowerCase() });
  button.addEventListener('click', async () => {
    const input = { accessRequestId: id };
    if (approve) await api!.request(ApproveAccessRequestDocument, { input });
    else await api!.request(DenyAccessRequestDocument, { input });
    await render(engagementId);
  });
  return button;
}

/** A signed link (createExportLink): the browser downloads the CSV itself, streamed. */
async function exportParticipants(engagementId: string) {
  const { createExportLink } = await api!.request(CreateExportLinkDocument, {
    input: { kind: 'ENGAGEMENT_PARTICIPANTS', engagementId },
  });
  const link = el('a', '', { href: createExportLink.url, download: 'participants.csv' });
  document.body.append(link);
  link.click();
  link.remove();
}

$('#signin').addEventListener('submit', (event) => void signIn(event));
