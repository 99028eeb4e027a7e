/**
 * The one owner of the page's CSS Custom Highlights. `CSS.highlights` is a single map per page,
 * keyed by name: when two panes each set `qarin-hit`, the second replaced the first, and when one
 * unmounted it deleted the other's. Here every pane (or any other painter) contributes its ranges
 * under its own owner key, and each name is painted with the union of all owners' ranges.
 */

/** The slice of the Custom Highlight API the registry needs; tests give it a plain Map. */
export interface HighlightBackend<R> {
  set(name: string, ranges: readonly R[], priority: number): void;
  delete(name: string): void;
}

export interface PaintLayer<R> {
  ranges: readonly R[];
  priority: number;
}

export class HighlightRegistry<R> {
  /** name → owner → that owner's ranges. */
  private readonly byName = new Map<string, Map<string, PaintLayer<R>>>();

  constructor(private readonly backend: HighlightBackend<R>) {}

  /** Replaces everything `owner` paints with `layers` (names it no longer lists are withdrawn). */
  paint(owner: string, layers: ReadonlyMap<string, PaintLayer<R>>): void {
    const touched = new Set<string>();
    for (const [name, owners] of this.byName) {
      if (owners.has(owner) && !layers.has(name)) {
        owners.delete(owner);
        touched.add(name);
      }
    }
    for (const [name, layer] of layers) {
      let owners = this.byName.get(name);
      if (!owners) this.byName.set(name, (owners = new Map()));
      if (layer.ranges.length === 0) owners.delete(owner);
      else owners.set(owner, layer);
      touched.add(name);
    }
    for (const name of touched) this.flush(name);
  }

  /** Withdraws everything `owner` paints; other owners' ranges under the same names stay. */
  clear(owner: string): void {
    this.paint(owner, new Map());
  }

  /** The ranges currently painted under `name`, from every owner. */
  rangesOf(name: string): R[] {
    return [...(this.byName.get(name)?.values() ?? [])].flatMap((layer) => layer.ranges);
  }

  private flush(name: string): void {
    const owners = this.byName.get(name);
    const ranges = this.rangesOf(name);
    if (!owners || ranges.length === 0) {
      this.byName.delete(name);
      this.backend.delete(name);
      return;
    }
    // Owners agree on a name's priority (it comes from the name's role); take the highest to be safe.
    const priority = Math.max(...[...owners.values()].map((layer) => layer.priority));
    this.backend.set(name, ranges, priority);
  }
}
