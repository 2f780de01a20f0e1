// Issue 16: a node whose place is inferred has a dotted outline on the canvas path too (as `.node.inferred`
// on the SVG path). The scene is drawn on a real canvas through a proxy that records each stroke and the
// dash pattern in force at that moment.
import { expect } from '@esm-bundle/chai';
import { drawScene, INFERRED_OUTLINE, type CanvasColors } from '../../../src/render/canvas-scene.js';
import type { GraphNode, NodeKind } from '../../../src/graph/types.js';

const node = (id: string, kind: NodeKind, inferred: boolean): GraphNode => ({
  id,
  kind,
  label: id,
  phases: [],
  specialisms: [],
  municipalities: [],
  searchText: id,
  degree: 1,
  fictitious: false,
  ...(inferred ? { placementInferred: true } : {}),
});

const colors: CanvasColors = {
  kind: { phase: '#444444', organisation: '#1f5fa8', meeting: '#7a3fb0', intervention: '#1b7a4b', specialism: '#8a5a00', contact: '#b0004f' },
  line: '#6b6f76',
  background: '#ffffff',
  accent: '#0b5cad',
  highlight: '#8a4b00',
  text: '#1a1a1a',
};

/** Draws `nodes` and returns the strokes: the dash pattern, the colour and the translation at each. */
function strokes(nodes: GraphNode[]): Array<{ dash: number[]; color: string; at: [number, number] }> {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 200;
  const real = canvas.getContext('2d')!;
  const out: Array<{ dash: number[]; color: string; at: [number, number] }> = [];
  const ctx = new Proxy(real, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (key === 'stroke') {
        return (...args: unknown[]) => {
          const m = target.getTransform();
          out.push({ dash: target.getLineDash(), color: target.strokeStyle as string, at: [m.e, m.f] });
          return (value as (...a: unknown[]) => void).apply(target, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target);
    },
  });
  const positions = new Map(nodes.map((n, i) => [n.id, { x: 50 + i * 100, y: 100 }]));
  drawScene(ctx, { nodes, links: [], positions, transform: { x: 0, y: 0, k: 1 }, width: 400, height: 200, ratio: 1, colors }, { x: 0, y: 0, k: 1 }, 400, 200);
  return out;
}

describe('canvas scene: inferred placements', () => {
  it('strokes a dotted outline in the text colour round each inferred node, and only round those', () => {
    const drawn = strokes([node('a', 'organisation', true), node('b', 'organisation', false), node('c', 'meeting', true)]);
    const dotted = drawn.filter((s) => s.dash.length > 0);
    expect(dotted.map((s) => s.at[0])).to.deep.equal([50, 250]);
    for (const s of dotted) {
      expect(s.dash).to.deep.equal([...INFERRED_OUTLINE.dash]);
      expect(s.color).to.equal(colors.text);
    }
  });

  it('draws no dotted outline when no node is inferred', () => {
    expect(strokes([node('a', 'organisation', false), node('b', 'specialism', false)]).filter((s) => s.dash.length > 0)).to.deep.equal([]);
  });
});
