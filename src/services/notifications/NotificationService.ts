import { Notification } from '../../../entities';
import { requireViewer, ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';

/** The viewer's own notifications (the outbox rows addressed to it). */
export class NotificationService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Newest first; any signed-in viewer, for itself only. */
  ofViewer(args: PageArgs): Promise<Connection<Notification>> {
    return loadPage(this.deps.loaders, 'userNotifications', requireViewer(this.deps).id, args);
  }
}
