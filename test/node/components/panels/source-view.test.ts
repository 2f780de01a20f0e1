// The sources of a fact in the details panel (src/components/panels/details-panel/source-view.ts): document
// titles, section and lines, inferred placements with the reasoning, and the review date.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sourceView } from '../../../../src/components/panels/details-panel/source-view.js';
import type { GiaNetwork } from '../../../../src/model/types.js';

const zl = JSON.parse(readFileSync(new URL('../../../../data/zuid-limburg.json', import.meta.url), 'utf8')) as GiaNetwork;
const rr = JSON.parse(readFileSync(new URL('../../../../data/rotterdam-rijnmond.json', import.meta.url), 'utf8')) as GiaNetwork;
const org = (n: GiaNetwork, id: string) => n.organisations.find((o) => o.id === id) as unknown as Record<string, unknown>;

describe('sourceView', () => {
  test('each source reference gets the document title, section and lines', () => {
    const view = sourceView(zl, org(zl, 'raad-voor-de-kinderbescherming'));
    const title = zl.metadata.sources[0]!.title;
    assert.ok(view.sources.length > 0);
    assert.ok(view.sources.every((s) => s.title === title));
    assert.ok(view.sources.some((s) => s.lines === '683'));
  });

  test('an inferred placement says so, with the reasoning and its own sources', () => {
    const view = sourceView(zl, org(zl, 'veilig-thuis-zuid-limburg'));
    assert.deepEqual(view.placements.map((p) => [p.what, p.level]), [['phases', 'inferred']]);
    assert.match(view.placements[0]!.reasoning ?? '', /hét advies- en meldpunt/);
    assert.ok(view.placements[0]!.sources.some((s) => s.lines === '352, 368'));
  });

  test('a stated track and an inferred phase are told apart', () => {
    const view = sourceView(rr, org(rr, 'veilig-thuis-rotterdam-rijnmond'));
    assert.deepEqual(view.placements.map((p) => [p.what, p.level]), [['phases', 'inferred'], ['tracks', 'stated']]);
  });

  test("the entity's own review date, else the file's", () => {
    const file = sourceView(zl, { sources: [] });
    assert.deepEqual([file.reviewedAt, file.fileReviewDate], [zl.metadata.reviewedAt, true]);
    const own = sourceView(zl, { reviewedAt: '2026-01-02' });
    assert.deepEqual([own.reviewedAt, own.fileReviewDate], ['2026-01-02', false]);
  });

  test('broken input gives an empty view, never a crash', () => {
    for (const entity of [{}, { sources: 'x', placementCertainty: 5 }, { sources: [null, { source: 3 }], placementCertainty: { phases: { level: 'maybe' } } }]) {
      const view = sourceView(undefined, entity);
      assert.deepEqual(view, { sources: [], placements: [], fileReviewDate: false });
    }
    assert.equal(sourceView(zl, { sources: [{ source: 'onbekend' }] }).sources[0]!.title, 'onbekend');
  });
});
