// The page has one CSS.highlights map; the registry must let several panes paint the same names.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HighlightRegistry, type HighlightBackend, type PaintLayer } from '../../src-renderer/paint/highlightRegistry';

/** Stands in for CSS.highlights: what the page would paint, per name. */
function recordingBackend() {
  const painted = new Map<string, { ranges: string[]; priority: number }>();
  const backend: HighlightBackend<string> = {
    set: (name, ranges, priority) => painted.set(name, { ranges: [...ranges].sort(), priority }),
    delete: (name) => painted.delete(name),
  };
  return { painted, backend };
}

const layers = (entries: Record<string, string[]>, priority = 2) =>
  new Map<string, PaintLayer<string>>(Object.entries(entries).map(([name, ranges]) => [name, { ranges, priority }]));

describe('HighlightRegistry', () => {
  it('paints the union of every pane’s ranges under a shared name', () => {
    const { painted, backend } = recordingBackend();
    const registry = new HighlightRegistry(backend);
    registry.paint('pane-1', layers({ 'qarin-hit': ['a1', 'a2'] }));
    registry.paint('pane-2', layers({ 'qarin-hit': ['b1'] }));
    assert.deepEqual(painted.get('qarin-hit')?.ranges, ['a1', 'a2', 'b1']);
  });

  it('keeps the other pane’s highlights when one pane repaints or unmounts', () => {
    const { painted, backend } = recordingBackend();
    const registry = new HighlightRegistry(backend);
    registry.paint('pane-1', layers({ 'qarin-hit': ['a1'], 'qarin-ann-fill-ff0000': ['a2'] }));
    registry.paint('pane-2', layers({ 'qarin-hit': ['b1'], 'qarin-ann-fill-ff0000': ['b2'] }));
    registry.paint('pane-1', layers({ 'qarin-hit': ['a3'] }));
    assert.deepEqual(painted.get('qarin-hit')?.ranges, ['a3', 'b1']);
    assert.deepEqual(
      painted.get('qarin-ann-fill-ff0000')?.ranges,
      ['b2'],
      'a name pane-1 stopped listing is withdrawn',
    );
    registry.clear('pane-2');
    assert.deepEqual(painted.get('qarin-hit')?.ranges, ['a3']);
    assert.equal(painted.has('qarin-ann-fill-ff0000'), false, 'a name nobody paints is removed from the page');
  });

  it('removes a name when its last ranges go, and an empty layer paints nothing', () => {
    const { painted, backend } = recordingBackend();
    const registry = new HighlightRegistry(backend);
    registry.paint('pane-1', layers({ 'qarin-focus': [] }));
    assert.equal(painted.has('qarin-focus'), false);
    registry.paint('pane-1', layers({ 'qarin-focus': ['x'] }, 4));
    assert.deepEqual(painted.get('qarin-focus'), { ranges: ['x'], priority: 4 });
    registry.paint('pane-1', layers({ 'qarin-focus': [] }));
    assert.equal(painted.has('qarin-focus'), false);
    assert.deepEqual(registry.rangesOf('qarin-focus'), []);
  });
});
