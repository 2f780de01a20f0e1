// PointerInput (pointer-input.ts): what a press, a move, a release and a double click on the map's surface ask
// of the map. The events are plain objects with the fields the handlers read.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DRAG_THRESHOLD_PX, PointerInput, type PointerHost } from '../../../../src/components/map/pointer-input.js';
import type { Point } from '../../../../src/layout/create-simulation.js';

interface FakeEvent {
  button: number;
  buttons: number;
  pointerId: number;
  pointerType: string;
  clientX: number;
  clientY: number;
  /** The node under the pointer (what the host's nodeAt answers). */
  node?: string;
  stopped: boolean;
  stopPropagation(): void;
}

function event(fields: Partial<FakeEvent> = {}): FakeEvent & PointerEvent {
  const e: FakeEvent = {
    button: 0,
    buttons: 0,
    pointerId: 1,
    pointerType: 'mouse',
    clientX: 100,
    clientY: 100,
    stopped: false,
    stopPropagation() {
      this.stopped = true;
    },
    ...fields,
  };
  return e as FakeEvent & PointerEvent;
}

function setUp(options: { moving?: boolean; pinned?: string[]; background?: number[] } = {}) {
  const calls: string[] = [];
  const captured: number[] = [];
  let moving = options.moving ?? false;
  /** The pointers of the zoom's pan or pinch (zoom-controller.ts keeps them). */
  const gesture = new Set(options.background ?? []);
  const pinned = new Set(options.pinned ?? []);
  const host: PointerHost = {
    surface: {
      setPointerCapture: (id: number) => captured.push(id),
      releasePointerCapture: (id: number) => captured.splice(captured.indexOf(id), 1),
    } as unknown as Element,
    nodeAt: (e) => (e as unknown as FakeEvent).node,
    // Layout = screen / 2 (a zoom of 2 with no pan).
    layoutPoint: (e) => ({ x: e.clientX / 2, y: e.clientY / 2 }),
    hover: (id) => calls.push(`hover ${id ?? '-'}`),
    select: (id) => calls.push(`select ${id}`),
    pin: (id, p: Point) => calls.push(`pin ${id} ${p.x},${p.y}`),
    unpin: (id) => {
      if (pinned.delete(id)) calls.push(`unpin ${id}`);
    },
    placeMoving: (e) => {
      if (!moving) return false;
      moving = false;
      calls.push(`place ${e.clientX / 2},${e.clientY / 2}`);
      return true;
    },
    gesturing: () => gesture.size > 0,
    pinch: (p) => {
      gesture.add(p.pointerId);
      calls.push(`pinch ${p.pointerId} ${p.clientX},${p.clientY}`);
    },
  };
  return { input: new PointerInput(host), calls, captured };
}

describe('PointerInput', () => {
  test('a press and release on a node selects it; the press is not a pan (it stops there)', () => {
    const { input, calls, captured } = setUp();
    const down = event({ node: 'a' });
    input.down(down);
    assert.equal(down.stopped, true);
    assert.deepEqual(captured, [1], 'the pointer is captured while pressed');
    input.up(event({ node: 'a' }));
    assert.deepEqual(calls, ['select a']);
    assert.deepEqual(captured, [], 'and released');
  });

  test(`a move of less than ${DRAG_THRESHOLD_PX} px is still a press; more drags the node and pins it under the pointer`, () => {
    const { input, calls } = setUp();
    input.down(event({ node: 'a', buttons: 1 }));
    input.move(event({ clientX: 102, clientY: 101, buttons: 1 }));
    assert.deepEqual(calls, [], 'a shaking hand does not drag');
    input.move(event({ clientX: 110, clientY: 100, buttons: 1 }));
    input.move(event({ clientX: 120, clientY: 80, buttons: 1 }));
    input.up(event({ clientX: 120, clientY: 80 }));
    assert.deepEqual(calls, ['pin a 55,50', 'pin a 60,40'], 'pinned at the layout point of each move; a drag does not select');
  });

  test('a press on the background is left to the pan, unless a node is being moved: then that node is placed there', () => {
    const idle = setUp();
    const down = event();
    idle.input.down(down);
    assert.equal(down.stopped, false);
    assert.deepEqual(idle.calls, []);
    assert.deepEqual(idle.captured, []);

    const moving = setUp({ moving: true });
    const place = event({ clientX: 40, clientY: 60 });
    moving.input.down(place);
    assert.equal(place.stopped, true);
    assert.deepEqual(moving.calls, ['place 20,30']);
  });

  test('only the main button presses, and only the pressing pointer drags or releases', () => {
    const { input, calls } = setUp();
    const right = event({ node: 'a', button: 2 });
    input.down(right);
    assert.equal(right.stopped, false);
    input.up(event({ node: 'a', button: 2 }));
    assert.deepEqual(calls, []);

    input.down(event({ node: 'a', pointerId: 1, buttons: 1 }));
    input.move(event({ pointerId: 2, clientX: 200, pointerType: 'touch', buttons: 1 }));
    input.up(event({ pointerId: 2 }));
    assert.deepEqual(calls, [], 'a second finger neither drags nor ends the press');
    input.up(event({ pointerId: 1 }));
    assert.deepEqual(calls, ['select a']);
  });

  test('a mouse with no button held hovers; touch and a held button do not; leaving ends the hover', () => {
    const { input, calls } = setUp();
    input.move(event({ node: 'b' }));
    input.move(event({ node: 'b', pointerType: 'touch' }));
    input.move(event({ node: 'c', buttons: 1 }));
    input.move(event());
    input.leave();
    assert.deepEqual(calls, ['hover b', 'hover -', 'hover -']);
  });

  test('a double click on a node unpins it; on the background it does nothing', () => {
    const { input, calls } = setUp({ pinned: ['a'] });
    input.dblclick(event());
    input.dblclick(event({ node: 'b' }));
    input.dblclick(event({ node: 'a' }));
    assert.deepEqual(calls, ['unpin a']);
  });

  test('a second finger makes a pinch of a finger that holds a node: the node is let go, not selected, and both fingers go to the zoom', () => {
    const { input, calls } = setUp();
    input.down(event({ node: 'a', pointerType: 'touch', pointerId: 1, clientX: 100, clientY: 100 }));
    input.move(event({ pointerType: 'touch', pointerId: 1, clientX: 101, clientY: 102, buttons: 1 }));
    const second = event({ node: 'b', pointerType: 'touch', pointerId: 2, clientX: 180, clientY: 100 });
    input.down(second);
    assert.equal(second.stopped, false, 'the second press goes on to the zoom');
    input.move(event({ pointerType: 'touch', pointerId: 1, clientX: 60, clientY: 100, buttons: 1 }));
    input.up(event({ pointerType: 'touch', pointerId: 1, clientX: 60, clientY: 100 }));
    input.up(event({ pointerType: 'touch', pointerId: 2, clientX: 180, clientY: 100 }));
    assert.deepEqual(calls, ['pinch 1 101,102', 'pinch 2 180,100'], 'the held finger at its last place; no pin, no select');
  });

  test('a finger that comes down on a node while another pans the background joins the pinch', () => {
    const { input, calls } = setUp({ background: [1] });
    const second = event({ node: 'a', pointerType: 'touch', pointerId: 2, clientX: 150, clientY: 90 });
    input.down(second);
    assert.equal(second.stopped, false);
    input.move(event({ pointerType: 'touch', pointerId: 2, clientX: 190, clientY: 90, buttons: 1 }));
    input.up(event({ pointerType: 'touch', pointerId: 2, clientX: 190, clientY: 90 }));
    assert.deepEqual(calls, ['pinch 2 150,90']);
  });

  test('a finger that comes down while the mouse holds a node leaves the mouse drag alone', () => {
    const { input, calls } = setUp();
    input.down(event({ node: 'a', pointerType: 'mouse', pointerId: 1 }));
    input.down(event({ pointerType: 'touch', pointerId: 2, clientX: 300, clientY: 300 }));
    input.move(event({ pointerType: 'mouse', pointerId: 1, clientX: 120, clientY: 100, buttons: 1 }));
    assert.deepEqual(calls, ['pin a 60,50']);
  });

  test('a mouse press on a node while a finger is on the background still takes the node (only fingers pinch)', () => {
    const { input, calls } = setUp({ background: [1] });
    const press = event({ node: 'a', pointerType: 'mouse', pointerId: 5 });
    input.down(press);
    assert.equal(press.stopped, true);
    input.up(event({ pointerType: 'mouse', pointerId: 5 }));
    assert.deepEqual(calls, ['select a']);
  });
});
