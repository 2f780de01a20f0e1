import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { createLayoutSimulation } from '../../../src/layout/create-simulation.js';
import { runInSlices, tickForBudget, warmUp } from '../../../src/layout/warm-up.js';
import { minimalNetwork } from '../graph/helpers.js';
import { loadLayoutForces } from '../../../src/layout/layout-forces.js';

// The AVE and large-graph forces are a lazy chunk (layout-forces.ts): load them as the map does.
before(() => loadLayoutForces());

const makeSim = () => createLayoutSimulation(deriveGraph(minimalNetwork()), { layout: 'ave', width: 800, height: 500 });

/** A fake clock that advances `step` ms per call. */
function fakeClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('warmUp', () => {
  test('stops at maxTicks', () => {
    const sim = makeSim();
    assert.equal(warmUp(sim, { maxTicks: 25 }), 25);
    assert.ok(!sim.settled());
  });

  test('stops when settled', () => {
    const sim = makeSim();
    const ticks = warmUp(sim, { maxTicks: 10_000 });
    assert.ok(sim.settled());
    assert.ok(ticks > 50 && ticks < 10_000);
    assert.equal(warmUp(sim, { maxTicks: 10 }), 0);
  });

  test('stops when the time budget is used up', () => {
    const sim = makeSim();
    assert.equal(warmUp(sim, { maxTicks: 1000, budgetMs: 10, now: fakeClock(1) }), 10);
  });

  test('does no tick when the budget is already used up (0 or less)', () => {
    const sim = makeSim();
    assert.equal(warmUp(sim, { maxTicks: 1000, budgetMs: 0, now: fakeClock(1) }), 0);
    assert.equal(warmUp(sim, { maxTicks: 1000, budgetMs: -5, now: fakeClock(1) }), 0);
    assert.equal(sim.alpha(), 1);
  });
});

describe('tickForBudget', () => {
  test('as many ticks as fit in the budget, at least one', () => {
    assert.equal(tickForBudget(makeSim(), 8, fakeClock(2)), 4);
    assert.equal(tickForBudget(makeSim(), 1, fakeClock(5)), 1);
  });
});

describe('runInSlices', () => {
  test('ticks frame by frame until settled, then calls onSettled once', () => {
    const sim = makeSim();
    const frames: Array<() => void> = [];
    let drawn = 0;
    let settledCalls = 0;
    const runner = runInSlices(sim, {
      sliceMs: 8,
      now: fakeClock(1),
      requestFrame: (cb) => frames.push(cb),
      onFrame: (ticks) => {
        assert.ok(ticks > 0);
        drawn++;
      },
      onSettled: () => settledCalls++,
    });
    assert.ok(runner.running);
    let guard = 0;
    while (frames.length > 0 && guard++ < 1000) frames.shift()!();
    assert.ok(sim.settled());
    assert.equal(settledCalls, 1);
    assert.ok(drawn > 10);
    assert.ok(!runner.running);
    // After a reheat, wake() runs it again.
    sim.reheat(0.3);
    runner.wake();
    while (frames.length > 0 && guard++ < 2000) frames.shift()!();
    assert.equal(settledCalls, 2);
  });

  test('maxTicksPerFrame caps the ticks of a frame even when the budget would allow more', () => {
    const sim = makeSim();
    const frames: Array<() => void> = [];
    const perFrame: number[] = [];
    runInSlices(sim, {
      sliceMs: 1000,
      maxTicksPerFrame: 5,
      now: fakeClock(0.01),
      requestFrame: (cb) => frames.push(cb),
      onFrame: (ticks) => perFrame.push(ticks),
    });
    let guard = 0;
    while (frames.length > 0 && guard++ < 1000) frames.shift()!();
    assert.ok(sim.settled());
    assert.ok(perFrame.length > 20, `${perFrame.length} frames`);
    assert.ok(perFrame.every((t) => t >= 1 && t <= 5), perFrame.join(','));
  });

  test('cancel stops the loop', () => {
    const sim = makeSim();
    const frames: Array<() => void> = [];
    const cancelled: unknown[] = [];
    let drawn = 0;
    const runner = runInSlices(sim, {
      now: fakeClock(1),
      requestFrame: (cb) => frames.push(cb),
      cancelFrame: (h) => cancelled.push(h),
      onFrame: () => drawn++,
    });
    frames.shift()!();
    runner.cancel();
    assert.equal(cancelled.length, 1);
    for (const frame of frames.splice(0)) frame();
    assert.equal(drawn, 1);
    assert.ok(!sim.settled());
  });
});
