// The panels' message catalogues: Dutch and English complete, every enum value of the schema and every
// findHelp reason has a text, and no key collides with another component's catalogue.
import { expect } from '@esm-bundle/chai';
import panelsNl from '../../../../src/i18n/panels.nl.js';
import panelsEn from '../../../../src/i18n/panels.en.js';
import mapNl from '../../../../src/i18n/map.nl.js';
import listNl from '../../../../src/i18n/list.nl.js';
import { hasMsg, msg } from '../../../../src/i18n/localize.js';
import '../../../../src/i18n/panels-catalogue.js';
import { NODE_KINDS, type LinkType } from '../../../../src/graph/types.js';
import { LINK_STYLES } from '../../../../src/render/link-styles.js';

type Schema = { $defs: Record<string, { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> }> };

describe('panels catalogues', () => {
  it('Dutch and English have the same keys', () => {
    expect(Object.keys(panelsEn).sort()).to.deep.equal(Object.keys(panelsNl).sort());
  });

  it('share no key with the map or list catalogues', () => {
    for (const other of [mapNl, listNl] as Array<Record<string, unknown>>) {
      expect(Object.keys(panelsNl).filter((key) => key in other)).to.deep.equal([]);
    }
  });

  it('has a text for every enum value the panels show, in both languages', async () => {
    const schema = (await (await fetch('/schema/gia-network.schema.json')).json()) as Schema;
    const defs = schema.$defs;
    const cases: Array<[string, string[] | undefined]> = [
      ['access', defs.accessRoute!.properties.type!.enum],
      // Channels and access routes share one audience list (issue 15).
      ['audience', (defs.helpAudience as unknown as { enum?: string[] } | undefined)?.enum],
      ['channel', defs.channel!.properties.type!.enum],
      ['orgType', defs.organisation!.properties.type!.enum],
      ['meetingType', defs.meeting!.properties.type!.enum],
      ['interventionType', defs.intervention!.properties.type!.enum],
      ['role', defs.contact!.properties.role!.enum],
    ];
    for (const [prefix, values] of cases) {
      expect(values, prefix).to.be.an('array').that.is.not.empty;
      for (const value of values!) {
        expect(panelsNl, `${prefix}.${value}`).to.have.property(`${prefix}.${value}`);
        expect(panelsEn, `${prefix}.${value}`).to.have.property(`${prefix}.${value}`);
      }
    }
  });

  it('has every help reason and related-node heading, and the shared kind/link words exist', () => {
    for (const reason of ['contact-municipality', 'contact-region', 'contact', 'municipality', 'region', 'specialism']) {
      expect(panelsNl).to.have.property(`help.reason.${reason}`);
      expect(panelsEn).to.have.property(`help.reason.${reason}`);
    }
    for (const type of Object.keys(LINK_STYLES) as LinkType[]) {
      for (const dir of ['out', 'in']) expect(panelsNl).to.have.property(`related.${type}.${dir}`);
      expect(hasMsg('en', `link.${type}`), `link.${type}`).to.equal(true);
    }
    for (const kind of NODE_KINDS) {
      expect(hasMsg('nl', `kind.${kind}`) && hasMsg('nl', `kind.${kind}.plural`), `kind.${kind}`).to.equal(true);
      expect(msg('en', `help.count.${kind === 'phase' || kind === 'specialism' ? 'organisation' : kind}`, { count: 2 })).to.match(/^2 /);
    }
  });
});
