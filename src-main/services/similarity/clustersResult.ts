import type { ClustersResult } from '../../api/compareSchemas';
import { describeClusters, type ClusterMember } from '../../core/similarity/storyClusters';

/** The reports of the library, by id: whether it holds one, and what a cluster shows of it. */
export interface ClusterMembers {
  has(id: string): boolean;
  get(id: string): ClusterMember | undefined;
}

/**
 * `compare.clusters`'s answer for groups of report ids: each group kept to the reports the library
 * holds (`members`), described and ordered largest first, the first `limit` of them given. Only
 * the groups that can be given are described: a reader that decodes each report it describes
 * (the library listing, while the project opens) reads a few hundred, not every clustered one.
 */
export function clustersResult(
  groups: readonly string[][],
  members: ClusterMembers,
  limit: number | undefined,
): ClustersResult {
  const known = groups.map((ids) => ids.filter((id) => members.has(id))).filter((ids) => ids.length >= 2);
  return { clusters: describeClusters(known, (id) => members.get(id), limit), total: known.length };
}
