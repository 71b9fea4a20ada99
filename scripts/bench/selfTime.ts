/** Self time of a V8 CPU profile (.cpuprofile) by category, for the bench's profiles (issue 17). */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
}

/** Where a function's self time goes: a package, a part of the gateway, or the runtime. */
export function categoryOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/dist/src/')) return `gateway: ${url.split('/dist/src/')[1].split('/')[0]}`;
  if (url.includes('/dist/resolvers/')) return 'gateway: resolvers';
  if (url.includes('/dist/entities/')) return 'gateway: entities';
  if (url.startsWith('node:') || url === '') return `node: ${functionName || '(native)'}`;
  return url;
}

/** Self time (µs) by category of the samples from `start` (µs, the profile's clock) on. */
export function selfTimes(profile: Profile, start = -Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let at = profile.endTime - profile.timeDeltas.reduce((n, d) => n + d, 0);
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (at < start) return;
    const category = categoryOf(byId.get(id)!.callFrame);
    self.set(category, (self.get(category) ?? 0) + profile.timeDeltas[i]);
  });
  const busy = [...self].filter(([c]) => c !== '(idle)').reduce((n, [, t]) => n + t, 0);
  return { self, busy };
}

/** The 25 largest categories but idle, as percentages of the busy time, one per line. */
export function formatSelfTimes(self: Map<string, number>, busy: number): string {
  return [...self]
    .filter(([category]) => category !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([category, time]) => `${((100 * time) / busy).toFixed(1).padStart(5)} %  ${category}`)
    .join('\n');
}
