import { invoke } from '../../api/dispatch';
import { writeLine, type CliContext } from '../cliContext';

/** `qarin clusters`: story clusters, largest first, each with its reports. */
export async function clustersCommand(context: CliContext): Promise<number> {
  const { options, stdout, messages } = context;
  const workbench = await context.openWorkbench();
  try {
    const request = {
      ...(options.minSimilarity === undefined ? {} : { minSimilarity: options.minSimilarity }),
      ...(options.days === undefined ? {} : { days: options.days }),
    };
    const result = await invoke(workbench.handlers, 'compare.clusters', request);
    if (options.json) {
      writeLine(stdout, JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.clusters.length === 0) {
      writeLine(stdout, messages.noClusters);
      return 0;
    }
    for (const cluster of result.clusters) {
      const span = [cluster.from, cluster.to].map((date) => date?.slice(0, 10)).filter(Boolean);
      writeLine(stdout, cluster.title);
      writeLine(stdout, messages.clusterLine(cluster.ids.length, [...new Set(span)].join(' – ')));
      writeLine(stdout, `  ${cluster.ids.join(' ')}`);
      writeLine(stdout, '');
    }
    return 0;
  } finally {
    await workbench.close();
  }
}
