// Tolerance helpers in the style of d3-force's test/asserts.js.
import assert from 'node:assert/strict';

export function assertClose(actual: number, expected: number, tolerance = 1e-6, message?: string): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    message ?? `expected ${actual} to be within ${tolerance} of ${expected}`,
  );
}

export function assertPointClose(actual: { x: number; y: number }, expected: { x: number; y: number }, tolerance = 1e-6): void {
  assertClose(actual.x, expected.x, tolerance, `x: ${actual.x} vs ${expected.x}`);
  assertClose(actual.y, expected.y, tolerance, `y: ${actual.y} vs ${expected.y}`);
}
