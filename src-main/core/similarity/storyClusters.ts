export interface ClusterMember {
  title: string;
  /** ISO date, when the report carries one. */
  date?: string;
}

export interface StoryCluster {
  ids: string[];
  title: string;
  from?: string;
  to?: string;
}

/**
 * Presents id groups as story clusters: members by date (undated last), titled after the earliest
 * report (the one that broke the story), from/to the dates it spans; largest clusters first, then
 * the most recent story first. With `limit`, the first `limit` of them only, and only groups that
 * can be among them are described: the first screen shows a dozen of ANT's 4,451.
 */
export function describeClusters(
  groups: string[][],
  memberOf: (id: string) => ClusterMember | undefined,
  limit = Infinity,
): StoryCluster[] {
  const clusters = groupsThatCanRank(groups, limit).map((group) => {
    const members = group
      .map((id) => ({ id, member: memberOf(id) }))
      .sort((a, b) => compareDates(a.member?.date, b.member?.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const dates = members.map(({ member }) => member?.date).filter((date): date is string => date !== undefined);
    const cluster: StoryCluster = { ids: members.map(({ id }) => id), title: members[0]?.member?.title ?? '' };
    if (dates.length > 0) {
      cluster.from = dates[0];
      cluster.to = dates[dates.length - 1];
    }
    return cluster;
  });
  clusters.sort(
    (a, b) => b.ids.length - a.ids.length || compareDates(b.from, a.from) || (a.ids[0]! < b.ids[0]! ? -1 : 1),
  );
  return limit < clusters.length ? clusters.slice(0, limit) : clusters;
}

/**
 * The groups that can be among the first `limit` clusters: clusters are ordered by size first, so
 * those at least as large as the `limit`-th largest.
 */
function groupsThatCanRank(groups: string[][], limit: number): string[][] {
  if (limit >= groups.length) return groups;
  if (limit < 1) return [];
  const sizes = groups.map((group) => group.length).sort((a, b) => b - a);
  const smallest = sizes[limit - 1]!;
  return groups.filter((group) => group.length >= smallest);
}

/** Chronological order of ISO dates, undated after dated. */
function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const timeA = Date.parse(a);
  const timeB = Date.parse(b);
  if (Number.isFinite(timeA) && Number.isFinite(timeB) && timeA !== timeB) return timeA - timeB;
  return a < b ? -1 : 1;
}
