/** Encoded ids kept per type, so a page naming the same team 200 times encodes it once. */
const encoded = new Map<string, Map<number, string>>();
/** Past this many ids of one type the type's cache starts over (bounded memory). */
const MAX_CACHED_PER_TYPE = 50_000;

/** Opaque Relay ids: base64url of `Type:id`. Clients must not parse them. */
export function toGlobalId(type: string, id: number): string {
  let ofType = encoded.get(type);
  if (!ofType) encoded.set(type, (ofType = new Map()));
  let globalId = ofType.get(id);
  if (globalId === undefined) {
    if (ofType.size >= MAX_CACHED_PER_TYPE) ofType.clear();
    globalId = Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
    ofType.set(id, globalId);
  }
  return globalId;
}

export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,14})$/.exec(decoded);
  if (!match) return null;
  return { type: match[1], id: Number(match[2]) };
}
