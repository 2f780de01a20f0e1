// The axe fixture really runs: it loads, looks into (nested) shadow roots and reports WCAG violations.
// Without this, "zero violations" elsewhere could mean "axe never ran".
import { expect } from '@esm-bundle/chai';
import { axeViolations } from './a11y-fixtures.js';

describe('axe fixture', () => {
  let host: HTMLElement | undefined;
  afterEach(() => host?.remove());

  it('finds a nameless button and low-contrast text inside nested shadow roots', async () => {
    host = document.createElement('div');
    const outer = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    outer.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML =
      '<button type="button"></button><p style="color:#bbb;background:#fff">Onleesbaar grijs</p>';
    document.body.append(host);
    const report = (await axeViolations(host)).join('\n');
    expect(report).to.contain('button-name');
    expect(report).to.contain('color-contrast');
  });

  it('passes a plain accessible fragment', async () => {
    host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Sluiten</button><p>Tekst</p>';
    document.body.append(host);
    expect(await axeViolations(host)).to.deep.equal([]);
  });
});
