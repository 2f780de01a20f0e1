// axe-core for every browser suite: WCAG 2.0, 2.1 and 2.2, levels A and AA, into shadow roots.
import 'axe-core'; // axe.js is a UMD script without an ES default export: it sets window.axe.
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@esm-bundle/chai';

/** The WCAG tags axe runs: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

/** Runs axe-core on `element` and returns the violations as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (globalThis as unknown as { axe: Axe }).axe;
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help}\n    ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n    ')}`,
  );
}

/** Expects zero axe violations for WCAG 2.0/2.1/2.2 A and AA on `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const report = await axeViolations(element);
  expect(report.length, `axe violations:\n${report.join('\n')}`).to.equal(0);
}
