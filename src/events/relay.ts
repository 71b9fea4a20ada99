import { DataSource, MoreThan } from 'typeorm';
import { EventRecord, EventSequence } from '../../entities';
import { BACKGROUND } from '../db/dataSource';
import { log } from '../log';

/** How many recorded events one read takes (relay and replay pages). */
export const PAGE_SIZE = 200;

/** The last position handed out, and the last one pruned. */
export async function sequenceOf(db: DataSource): Promise<EventSequence> {
  return db.getRepository(EventSequence).findOneByOrFail({ id: 1 });
}

/** Events after `position`, in position order, optionally of one topic: one page. */
export function eventsAfter(
  db: DataSource,
  position: number,
  topic?: string,
): Promise<EventRecord[]> {
  return db.getRepository(EventRecord).find(pageAfter(position, topic));
}

function pageAfter(position: number, topic?: string) {
  return {
    where: { position: MoreThan(position), ...(topic ? { topic } : {}) },
    order: { position: 'ASC' as const },
    take: PAGE_SIZE,
  };
}

/**
 * The relay's own page read runs on a timer, not for a request: its `BACKGROUND` comment makes
 * the per-request statement counter (`SqlCounter.count`) leave it out.
 */
function relayPageAfter(db: DataSource, position: number): Promise<EventRecord[]> {
  return db.getRepository(EventRecord).find({ ...pageAfter(position), comment: BACKGROUND });
}

/**
 * Tails `event_record` by position for this instance: one read per wake-up (a local commit, a
 * notification through Redis, or the periodic poll), whatever the number of subscribers, and
 * hands each event to `deliver` exactly once, in position order. It starts at the head, so an
 * instance delivers what commits after it started; replay (`after`) covers the rest.
 */
export class EventRelay {
  private last = 0;
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly deliver: (record: EventRecord) => void,
  ) {}

  async start(pollMs: number): Promise<void> {
    this.last = (await sequenceOf(this.db)).head;
    this.timer = setInterval(() => this.wake(), pollMs);
    this.timer.unref();
  }

  /** The last position delivered on this instance. */
  get position(): number {
    return this.last;
  }

  /** Reads what is new; a wake-up during a read makes it read once more after. */
  wake(): Promise<void> {
    if (!this.timer) return Promise.resolve();
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = this.drain().finally(() => (this.reading = null));
    return this.reading;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        let page: EventRecord[];
        do {
          page = await relayPageAfter(this.db, this.last);
          for (const record of page) {
            this.last = record.position;
            this.deliver(record);
          }
        } while (page.length === PAGE_SIZE);
      } catch (error) {
        // The database is away: the next wake-up reads from the same position.
        log.warn('event relay read failed; retrying', { error: (error as Error).message });
        return;
      }
    } while (this.again);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
