/**
 * A one-line progress bar on standard error, drawn only when it is a terminal so that scripts
 * reading the output never see it. Redraws at most every 100 ms.
 */
export function createProgressBar(stream: NodeJS.WriteStream, label: (done: number, total: number) => string) {
  const enabled = Boolean(stream.isTTY);
  let lastDraw = 0;
  return {
    update(done: number, total: number) {
      if (!enabled || total === 0) return;
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${label(done, total)}`);
    },
    finish() {
      if (enabled && lastDraw > 0) stream.write('\r\x1b[K');
    },
  };
}
