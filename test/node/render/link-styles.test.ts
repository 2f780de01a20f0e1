import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LINK_STYLES, dashArray, linkStyleRules } from '../../../src/render/link-styles.js';

describe('linkStyleRules', () => {
  test('one CSS rule per link type with its width, dashes and opacity, and a default for .link', () => {
    const rules = linkStyleRules().split('\n');
    assert.equal(rules.length, Object.keys(LINK_STYLES).length + 1);
    assert.match(rules[0]!, /^\.link\{stroke-width:1\.6;stroke-dasharray:none;stroke-opacity:0\.85\}$/);
    for (const [type, style] of Object.entries(LINK_STYLES)) {
      const rule = rules.find((r) => r.startsWith(`.link.type-${type}{`));
      assert.ok(rule, type);
      assert.ok(rule.includes(`stroke-width:${style.width};`), type);
      assert.ok(rule.includes(`stroke-dasharray:${dashArray(style)};`), type);
      assert.ok(rule.includes(`stroke-opacity:${style.opacity}}`), type);
    }
  });
});
