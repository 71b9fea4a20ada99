import { ContentPackage, Engagement, Feedback } from '../../../entities';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';
import { requireConditions } from './conditions';

export const MAX_CONTENT = 100_000;
export const MAX_FEEDBACK = 5000;

/** Content packages and feedback of an engagement (R-EN-4). */
export class ContentService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Content of an engagement, newest first; the caller holds `engagement.readContent`. */
  packages(engagement: Engagement, args: PageArgs): Promise<Connection<ContentPackage>> {
    return loadPage(this.deps.loaders, 'engagementContent', engagement.id, args);
  }

  /** All feedback of an engagement; the caller holds `engagement.readFeedback`. */
  feedback(engagement: Engagement, args: PageArgs): Promise<Connection<Feedback>> {
    return loadPage(this.deps.loaders, 'engagementFeedback', engagement.id, args);
  }

  /** The viewer's own feedback on an engagement it may see. */
  viewerFeedback(engagement: Engagement, args: PageArgs): Promise<Connection<Feedback>> {
    const viewer = requireViewer(this.deps);
    return loadPage(this.deps.loaders, 'engagementFeedback', engagement.id, args, {
      eq: { authorUserId: viewer.id },
    });
  }

  /**
   * Publishes a content package to an engagement. Caller holds `engagement.publishContent`
   * (Package Publishers and Program Owners). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async publish(input: {
    engagementId: number;
    title: string;
    body: string;
  }): Promise<ContentPackage> {
    const viewer = requireViewer(this.deps);
    const [engagement] = await this.deps.access.require('engagement.publishContent', [
      input.engagementId,
    ]);
    const title = boundedText(input.title, 'title', { max: 200, singleLine: true });
    const body = boundedText(input.body, 'body', { max: MAX_CONTENT });
    return runCommand(this.deps, async ({ em }) => {
      const created = await em.save(
        em.create(ContentPackage, {
          engagementId: engagement.id,
          programId: engagement.programId,
          hostOrganizationId: engagement.hostOrganizationId,
          title,
          body,
          publishedByUserId: viewer.id,
          publishedAt: this.deps.clock.now(),
        }),
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: engagement.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'content.published',
          targetType: 'ContentPackage',
          targetId: created.id,
          metadata: { engagementId: engagement.id, title },
        },
      ]);
      return created;
    });
  }

  /**
   * Submits feedback. Caller holds `engagement.submitFeedback` (participants) and the
   * engagement accepts feedback. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async submit(input: { engagementId: number; body: string }): Promise<Feedback> {
    const viewer = requireViewer(this.deps);
    const [engagement] = await this.deps.access.require('engagement.submitFeedback', [
      input.engagementId,
    ]);
    await requireConditions(this.deps, 'engagement.submitFeedback', engagement);
    const body = boundedText(input.body, 'body', { max: MAX_FEEDBACK });
    const now = this.deps.clock.now();
    return runCommand(this.deps, async ({ em }) => {
      const created = await em.save(
        em.create(Feedback, {
          engagementId: engagement.id,
          programId: engagement.programId,
          hostOrganizationId: engagement.hostOrganizationId,
          authorUserId: viewer.id,
          body,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: engagement.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'feedback.submitted',
          targetType: 'Feedback',
          targetId: created.id,
          metadata: { engagementId: engagement.id },
        },
      ]);
      return created;
    });
  }

  /**
   * Edits the viewer's own feedback while it is still a participant of an engagement that
   * accepts feedback. Caller holds `feedback.update` (the author) and
   * `engagement.submitFeedback`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async update(input: { feedbackId: number; body: string }): Promise<Feedback> {
    const viewer = requireViewer(this.deps);
    const [feedback] = await this.deps.access.require('feedback.update', [input.feedbackId]);
    const [engagement] = await this.deps.access.require('engagement.submitFeedback', [
      feedback.engagementId,
    ]);
    await requireConditions(this.deps, 'engagement.submitFeedback', engagement);
    const body = boundedText(input.body, 'body', { max: MAX_FEEDBACK });
    const updated = await runCommand(this.deps, async ({ em }) => {
      await em.update(Feedback, { id: feedback.id }, { body, updatedAt: this.deps.clock.now() });
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: feedback.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'feedback.updated',
          targetType: 'Feedback',
          targetId: feedback.id,
          metadata: { engagementId: feedback.engagementId },
        },
      ]);
      return em.findOneByOrFail(Feedback, { id: feedback.id });
    });
    this.deps.loaders.feedback.clear(updated.id).prime(updated.id, updated);
    return updated;
  }
}
