// The map's own pan/zoom controller (zoom-controller.ts, which replaced d3-zoom): wheel zoom at the cursor,
// drag to pan, two-pointer pinch, the scale extent, and pointer-downs on nodes left to the node drag.
import { expect } from '@esm-bundle/chai';
import { MAX_SCALE, MIN_SCALE, ZoomController, type ViewTransform } from '../../../../src/components/map/zoom-controller.js';

interface Fixture {
  element: HTMLDivElement;
  node: HTMLDivElement;
  controller: ZoomController;
  changes: ViewTransform[];
}

function setup(): Fixture {
  const element = document.createElement('div');
  element.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:300px;touch-action:none';
  const node = document.createElement('div');
  node.setAttribute('data-id', 'n1');
  node.style.cssText = 'position:absolute;left:10px;top:10px;width:20px;height:20px';
  element.append(node);
  document.body.append(element);
  const changes: ViewTransform[] = [];
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  const controller = new ZoomController(host, () => {
    changes.push({ ...controller.transform });
    return true;
  });
  controller.attach(element);
  return { element, node, controller, changes };
}

function pointer(target: Element, type: string, id: number, x: number, y: number, extra: PointerEventInit = {}): void {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerId: id, clientX: x, clientY: y, button: 0, ...extra }),
  );
}

describe('pan and zoom controller', () => {
  let f: Fixture;
  beforeEach(() => {
    f = setup();
  });
  afterEach(() => {
    f.controller.detach();
    f.element.remove();
  });

  it('zooms in on wheel up, keeping the layout point under the cursor', () => {
    const before = f.controller.toLayout(100, 80);
    f.element.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: 100, clientY: 80, deltaY: -100 }));
    expect(f.controller.transform.k).to.be.closeTo(Math.pow(2, 0.2), 1e-9);
    const after = f.controller.toLayout(100, 80);
    expect(after.x).to.be.closeTo(before.x, 1e-9);
    expect(after.y).to.be.closeTo(before.y, 1e-9);
    expect(f.controller.userMoved).to.equal(true);
  });

  it('keeps the scale within its extent', () => {
    for (let i = 0; i < 60; i++) f.element.dispatchEvent(new WheelEvent('wheel', { cancelable: true, clientX: 5, clientY: 5, deltaY: -500 }));
    expect(f.controller.transform.k).to.equal(MAX_SCALE);
    for (let i = 0; i < 60; i++) f.element.dispatchEvent(new WheelEvent('wheel', { cancelable: true, clientX: 5, clientY: 5, deltaY: 500 }));
    expect(f.controller.transform.k).to.equal(MIN_SCALE);
  });

  it('pans when the background is dragged, and stops after pointerup', () => {
    pointer(f.element, 'pointerdown', 1, 200, 150);
    pointer(f.element, 'pointermove', 1, 230, 140);
    pointer(f.element, 'pointermove', 1, 250, 170);
    expect(f.controller.transform).to.deep.equal({ k: 1, x: 50, y: 20 });
    pointer(f.element, 'pointerup', 1, 250, 170);
    pointer(f.element, 'pointermove', 1, 300, 300);
    expect(f.controller.transform).to.deep.equal({ k: 1, x: 50, y: 20 });
  });

  it('does not pan when a node is dragged, or with another button', () => {
    pointer(f.node, 'pointerdown', 1, 20, 20);
    pointer(f.element, 'pointermove', 1, 80, 80);
    pointer(f.element, 'pointerup', 1, 80, 80);
    pointer(f.element, 'pointerdown', 2, 200, 150, { button: 2 });
    pointer(f.element, 'pointermove', 2, 260, 150);
    expect(f.controller.transform).to.deep.equal({ k: 1, x: 0, y: 0 });
    expect(f.changes).to.have.length(0);
  });

  it('pinch-zooms with two pointers around their midpoint', () => {
    pointer(f.element, 'pointerdown', 1, 100, 100, { pointerType: 'touch' });
    pointer(f.element, 'pointerdown', 2, 200, 100, { pointerType: 'touch' });
    const anchor = f.controller.toLayout(150, 100);
    // The second finger moves out: the distance doubles, the midpoint moves from 150 to 200.
    pointer(f.element, 'pointermove', 2, 300, 100, { pointerType: 'touch' });
    expect(f.controller.transform.k).to.be.closeTo(2, 1e-9);
    const under = f.controller.toLayout(200, 100);
    expect(under.x).to.be.closeTo(anchor.x, 1e-9);
    expect(under.y).to.be.closeTo(anchor.y, 1e-9);
  });

  it('zoomBy and panBy work without gestures, and detach removes the listeners', () => {
    f.controller.zoomBy(2, 400, 300);
    expect(f.controller.transform).to.deep.equal({ k: 2, x: -200, y: -150 });
    f.controller.panBy(10, -5);
    expect(f.controller.transform).to.deep.equal({ k: 2, x: -190, y: -155 });
    f.controller.detach();
    f.element.dispatchEvent(new WheelEvent('wheel', { cancelable: true, clientX: 5, clientY: 5, deltaY: -100 }));
    expect(f.controller.transform.k).to.equal(2);
  });
});
