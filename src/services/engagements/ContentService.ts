import type { ContentPackage, Engagement, Feedback } from '../../../entities';
import { requireViewer, ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';
import { publishContentPackage, PublishContentPackageInput } from './content/publishContentPackage';
import { submitFeedback, SubmitFeedbackInput } from './content/submitFeedback';
import { updateFeedback, UpdateFeedbackInput } from './content/updateFeedback';

/**
 * Content packages and feedback of an engagement (R-EN-4): the reads here, one method per
 * mutation calling its command in `content/`.
 */
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

  publishContentPackage(input: PublishContentPackageInput): Promise<ContentPackage> {
    return publishContentPackage(this.deps, input);
  }

  submitFeedback(input: SubmitFeedbackInput): Promise<Feedback> {
    return submitFeedback(this.deps, input);
  }

  updateFeedback(input: UpdateFeedbackInput): Promise<Feedback> {
    return updateFeedback(this.deps, input);
  }
}
