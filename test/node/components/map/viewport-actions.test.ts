import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Point } from '../../../../src/layout/index.js';
import { ViewportActions } from '../../../../src/components/map/viewport-actions.js';

function parts(visible?: string[]) {
  const calls: unknown[][] = [];
  const positions = new Map<string, Point>([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 50 }],
    ['c', { x: 300, y: 300 }],
  ]);
  const pinned = new Set(['a', 'c']);
  const zoom = {
    userMoved: true,
    // The transform a fit leaves (the phone layout's minimum scale reads it; 0 here: no minimum).
    transform: { x: 0, y: 0, k: 1 },
    apply: (...args: unknown[]) => calls.push(['apply', ...args]),
    fit: (points: Iterable<Point>, ...rest: unknown[]) => calls.push(['fit', [...points], ...rest]),
    zoomBy: (...args: unknown[]) => calls.push(['zoomBy', ...args]),
    ensureVisible: (...args: unknown[]) => calls.push(['ensureVisible', ...args]),
  };
  const layout = { positions, pinned, unpin: (id: string) => pinned.delete(id) };
  const settle = { start: () => calls.push(['settle']) };
  const ctx = {
    layout,
    zoom,
    settle,
    stageSize: { size: { width: 800, height: 600 } },
    mapView: () => (visible ? { filter: { visible: new Set(visible) } } : undefined),
  };
  return { calls, zoom, pinned, actions: new ViewportActions(ctx as unknown as ConstructorParameters<typeof ViewportActions>[0]) };
}

describe('viewport actions', () => {
  test('fit: the visible nodes on the measured stage; all nodes when none is visible', () => {
    const some = parts(['b', 'c']);
    some.actions.fit();
    assert.deepEqual(some.calls, [['fit', [{ x: 100, y: 50 }, { x: 300, y: 300 }], 800, 600, 40, 2, false]]);
    const none = parts([]);
    none.actions.fit(true);
    assert.equal((none.calls[0]![1] as Point[]).length, 3);
    assert.equal(none.calls[0]![6], true);
  });

  test('fitIfNeeded fits once, silently, and only with a graph', () => {
    const { calls, actions } = parts(['a']);
    actions.fitIfNeeded(false);
    assert.equal(calls.length, 0);
    actions.fitIfNeeded(true);
    actions.fitIfNeeded(true);
    assert.deepEqual(calls, [['fit', [{ x: 0, y: 0 }], 800, 600, 40, 2, true]]);
    actions.needsFit = true;
    actions.fitIfNeeded(true);
    assert.equal(calls.length, 2);
  });

  test('reset frees every pinned node, restarts the layout and fits; fitByUser lets the view follow again', () => {
    const { calls, zoom, pinned, actions } = parts(['a']);
    actions.reset();
    assert.equal(pinned.size, 0);
    assert.equal(zoom.userMoved, false);
    assert.deepEqual(calls.map((c) => c[0]), ['settle', 'fit']);
    zoom.userMoved = true;
    actions.fitByUser();
    assert.equal(zoom.userMoved, false);
  });

  test('zoomBy and ensureVisible use the stage size; ensureVisible skips a node without a position', () => {
    const { calls, actions } = parts();
    actions.zoomBy(1.25);
    actions.ensureVisible('b');
    actions.ensureVisible('missing');
    actions.ensureVisible('missing', { x: 1, y: 2 });
    assert.deepEqual(calls, [
      ['zoomBy', 1.25, 800, 600],
      ['ensureVisible', { x: 100, y: 50 }, 800, 600],
      ['ensureVisible', { x: 1, y: 2 }, 800, 600],
    ]);
  });
});
