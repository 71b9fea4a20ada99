import { DomainError } from '../errors';
import { unknownEventCursor } from './errors';

/** A cursor is opaque to clients: the event's position and when it was recorded. */
export interface CursorValue {
  position: number;
  recordedAt: number;
}

export function encodeCursor(position: number, recordedAt: Date): string {
  return Buffer.from(`ev:${position}:${recordedAt.getTime()}`).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  const match = /^ev:(\d{1,15}):(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw unknownEventCursor();
  return { position: Number(match[1]), recordedAt: Number(match[2]) };
}

/** The cursor is older than the retention window: events after it may be gone. */
export class CursorExpiredError extends DomainError {
  readonly code = 'CURSOR_EXPIRED';
  constructor(retentionHours: number) {
    super(
      `This cursor is older than the ${retentionHours} h retention window: reload the current state, then subscribe without "after".`,
    );
  }
}
