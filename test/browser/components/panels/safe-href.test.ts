import { expect } from '@esm-bundle/chai';
import { channelLink } from '../../../../src/components/panels/shared/safe-href.js';
import type { Channel } from '../../../../src/model/types.js';

describe('channelLink (safe links for channels)', () => {
  const link = (type: Channel['type'], value: string) => channelLink({ type, value })?.href;

  it('makes https/http, mailto and tel links', () => {
    expect(link('website', 'https://www.veiligthuis.nl/')).to.equal('https://www.veiligthuis.nl/');
    expect(link('website', 'http://example.org/a?b=c')).to.equal('http://example.org/a?b=c');
    expect(link('website', 'www.veiligthuis.nl')).to.equal('https://www.veiligthuis.nl/');
    expect(link('chat', 'https://chat.example.org')).to.equal('https://chat.example.org/');
    expect(link('email', 'info@example.org')).to.equal('mailto:info@example.org');
    expect(link('email', 'mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(link('phone', '+31 6 0000 0001')).to.equal('tel:+31600000001');
    expect(link('crisis-line', '0800-2000')).to.equal('tel:08002000');
    expect(link('phone', '(043) 123 45 67')).to.equal('tel:0431234567');
    expect(channelLink({ type: 'website', value: 'https://x.nl' })?.external).to.equal(true);
    expect(channelLink({ type: 'email', value: 'a@b.nl' })?.external).to.equal(false);
  });

  it('refuses every other scheme and garbage', () => {
    const bad: Array<[Channel['type'], string]> = [
      ['website', 'javascript:alert(1)'],
      ['website', ' JavaScript:alert(1)'],
      ['website', 'data:text/html,<b>x</b>'],
      ['website', 'ftp://example.org'],
      ['website', '/relative/path'],
      ['website', 'https://user:pw@example.org'],
      ['chat', 'vbscript:x'],
      ['email', 'javascript:alert(1)//@x.nl'],
      ['email', 'not an address'],
      ['email', 'a@b.nl?body=x'],
      ['phone', 'javascript:alert(1)'],
      ['phone', 'tel:javascript:alert(1)'],
      ['phone', 'bel ons'],
      ['crisis-line', '+'],
    ];
    for (const [type, value] of bad) expect(link(type, value), `${type} ${value}`).to.equal(undefined);
    expect(channelLink(undefined)).to.equal(undefined);
    expect(channelLink({ type: 'website' })).to.equal(undefined);
    expect(channelLink({ type: 'fax' as Channel['type'], value: '123' })).to.equal(undefined);
  });
});
