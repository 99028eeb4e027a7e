import type { ClustersResult } from '../../api/compareSchemas';
import { describeClusters, type ClusterMember } from '../../core/similarity/storyClusters';

/**
 * `compare.clusters`'s answer for groups of report ids: each group kept to the reports the library
 * holds (`memberOf`), described and ordered largest first, the first `limit` of them given.
 */
export function clustersResult(
  groups: readonly string[][],
  memberOf: (id: string) => ClusterMember | undefined,
  limit: number | undefined,
): ClustersResult {
  const known = groups.map((ids) => ids.filter((id) => memberOf(id))).filter((ids) => ids.length >= 2);
  return { clusters: describeClusters(known, memberOf, limit), total: known.length };
}
