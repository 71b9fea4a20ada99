import { NotificationKind } from '../../entities/enums';

export interface RenderedMail {
  subject: string;
  text: string;
}

const str = (data: Record<string, unknown>, key: string) => String(data[key] ?? '');

/** One template per notification kind: plain text, the data's names and links. */
export function renderNotification(
  kind: NotificationKind,
  data: Record<string, unknown>,
  recipientName: string,
): RenderedMail {
  const hello = `Hello ${recipientName},\n\n`;
  const link = data.link ? `\n\n${str(data, 'link')}` : '';
  switch (kind) {
    case NotificationKind.ACCESS_REQUESTED:
      return {
        subject: `Access request for ${str(data, 'engagementName')}`,
        text: `${hello}${str(data, 'requesterName')} (${str(data, 'requesterOrganization')}) asks to join ${str(data, 'engagementName')}:\n\n"${str(data, 'justification')}"\n\nReview it here:${link}`,
      };
    case NotificationKind.ACCESS_GRANTED:
      return {
        subject: `You now have access to ${str(data, 'engagementName')}`,
        text: `${hello}${str(data, 'decidedBy')} approved your request for ${str(data, 'engagementName')}.${data.note ? `\n\nNote: ${str(data, 'note')}` : ''}${link}`,
      };
    case NotificationKind.ACCESS_DENIED:
      return {
        subject: `Your request for ${str(data, 'engagementName')} was declined`,
        text: `${hello}${str(data, 'decidedBy')} declined your request for ${str(data, 'engagementName')}.${data.note ? `\n\nNote: ${str(data, 'note')}` : ''}${link}`,
      };
    case NotificationKind.ENGAGEMENT_INVITATION:
      return {
        subject: `You were added to ${str(data, 'engagementName')}`,
        text: `${hello}${str(data, 'invitedBy')} added you to ${str(data, 'engagementName')}. Open it here:${link}`,
      };
    case NotificationKind.ORGANIZATION_INVITATION:
      return {
        subject: `Invitation to ${str(data, 'organizationName')}`,
        text: `${hello}${str(data, 'invitedBy')} invited you to ${str(data, 'organizationName')}${(data.teams as string[] | undefined)?.length ? ` (teams: ${(data.teams as string[]).join(', ')})` : ''}. The invitation expires in ${str(data, 'expiresInDays') || 30} days. Accept it here:${link}`,
      };
    case NotificationKind.ACCESS_LINK_APPROVED:
      return {
        subject: `You are now a partner admin of ${str(data, 'clientName')}`,
        text: `${hello}Your access link was approved: you are a partner admin of ${str(data, 'clientName')} with the permission set ${str(data, 'permissionSet')}.${link}`,
      };
    case NotificationKind.INACTIVITY_WARNING:
      return {
        subject: `Your program access ends in ${str(data, 'daysLeft')} day(s)`,
        text: `${hello}You have not used the portal since ${str(data, 'lastAccess')}. Your program and engagement permissions will be deactivated on ${str(data, 'deactivationDate')} (in ${str(data, 'daysLeft')} day(s)). Sign in before then to keep them:${link}`,
      };
    case NotificationKind.RELATIONSHIP_EXPIRING:
      return {
        subject: `Access between ${str(data, 'managerName')} and ${str(data, 'clientName')} ends in ${str(data, 'daysLeft')} day(s)`,
        text: `${hello}The relationship in which ${str(data, 'managerName')} manages ${str(data, 'clientName')} expires on ${str(data, 'expiresAt')} (in ${str(data, 'daysLeft')} day(s)). A super admin of ${str(data, 'clientName')} can renew it:${link}`,
      };
    case NotificationKind.MEMBERSHIP_EXPIRING:
      return {
        subject: `Your access to ${str(data, 'scopeName')} ends in ${str(data, 'daysLeft')} day(s)`,
        text: `${hello}Your membership of ${str(data, 'scopeName')} ends on ${str(data, 'expiresAt')} (in ${str(data, 'daysLeft')} day(s)). Ask an administrator to extend it if you still need it:${link}`,
      };
    case NotificationKind.ACCESS_REVIEW_REMINDER:
      return {
        subject: `Access review "${str(data, 'reviewName')}" is due in ${str(data, 'daysLeft')} day(s)`,
        text: `${hello}${str(data, 'undecided')} item(s) of the access review "${str(data, 'reviewName')}" wait for your decision. On ${str(data, 'dueAt')} the decisions apply; undecided items are ${str(data, 'undecidedOutcome')}:${link}`,
      };
    case NotificationKind.INACTIVITY_DEACTIVATED:
      return {
        subject: 'Your program access was deactivated',
        text: `${hello}You had not used the portal for more than 180 days, so your program and engagement permissions were deactivated. Your account and history are kept: sign in and reactivate your access here:${link}`,
      };
  }
}
