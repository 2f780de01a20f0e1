// StageSizeController (stage-size-controller.ts): the stage measured at once the first time, then kept up to date
// by a ResizeObserver until the host disconnects.
import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StageSizeController } from '../../../../src/components/map/stage-size-controller.js';

function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      this.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
}

function stage(width: number, height: number): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = `width:${width}px;height:${height}px`;
  document.body.append(element);
  return element;
}

/** Two frames: a ResizeObserver reports between layout and paint. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('StageSizeController', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((e) => e.remove()));

  it('measures a stage at once the first time only, and reports it as the first size', () => {
    const host = fakeHost();
    const changes: boolean[] = [];
    const sizes = new StageSizeController(host, (first) => changes.push(first));
    expect(host.controllers).to.include(sizes);
    expect(sizes.known).to.equal(false);
    const element = stage(640.4, 300.6);
    expect(sizes.measure(element)).to.equal(true);
    expect(sizes.size).to.deep.equal({ width: 640, height: 301 });
    expect(sizes.known).to.equal(true);
    expect(changes).to.deep.equal([true]);
    expect(host.updates).to.equal(1);
    expect(sizes.measure(element), 'once known, not again').to.equal(false);
  });

  it('a stage that is 0 wide counts as measured, asks for another update, and its first width is still the first size', async () => {
    const host = fakeHost();
    const changes: boolean[] = [];
    const sizes = new StageSizeController(host, (first) => changes.push(first));
    const element = stage(0, 0);
    expect(sizes.measure(element)).to.equal(true);
    expect(sizes.known).to.equal(true);
    expect(sizes.size.width).to.equal(0);
    expect(host.updates).to.equal(1);
    expect(sizes.measure(element), 'the same stage is not measured twice').to.equal(false);
    element.style.width = '500px';
    element.style.height = '200px';
    await frames();
    expect(sizes.size).to.deep.equal({ width: 500, height: 200 });
    expect(changes).to.deep.equal([true]);
  });

  it('follows the observed stage when it resizes, and stops when the host disconnects', async () => {
    const host = fakeHost();
    const changes: boolean[] = [];
    const sizes = new StageSizeController(host, (first) => changes.push(first));
    const element = stage(400, 300);
    sizes.observe(element);
    await frames();
    expect(sizes.size).to.deep.equal({ width: 400, height: 300 });
    element.style.width = '320px';
    await frames();
    expect(sizes.size).to.deep.equal({ width: 320, height: 300 });
    expect(changes).to.deep.equal([true, false]);
    sizes.hostDisconnected();
    element.style.width = '200px';
    await frames();
    expect(sizes.size.width, 'no longer observed').to.equal(320);
  });
});
