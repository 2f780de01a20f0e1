// Issue 19, item 5: the schema refuses percent-encoded control or header characters in e-mail and URLs, and
// zero-width and bidi control characters in names and ids; the model explains each refusal in Dutch.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork, type GiaNetwork } from '../../../src/model/index.js';
import { minimal } from '../model/helpers.js';

function problemsWith(change: (n: GiaNetwork) => void) {
  const network = minimal();
  change(network);
  return validateNetwork(network).problems;
}

const setEmail = (value: string) => (n: GiaNetwork) => {
  n.contacts![0]!.channels = [{ type: 'email', value }];
};
const setUrl = (value: string) => (n: GiaNetwork) => {
  n.organisations[0]!.channels = [{ type: 'website', value }];
};

describe('e-mail and URLs with encoded or hidden headers', () => {
  test('the mailto header trick of the attack run is refused, in Dutch', () => {
    const problems = problemsWith(setEmail('a%0Abcc%3Aspy%40evil.example@example.org'));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0]!.code, 'email-hidden-header');
    assert.equal(problems[0]!.path, '/contacts/0/channels/0/value');
    assert.match(problems[0]!.message, /geen geldig e-mailadres .*'%0A'.*extra ontvangers/);
  });

  for (const value of ['a@example.org?body=klik.nl', 'a&cc=b@example.org', 'a@example.org#x.nl', 'a%40b@example.org']) {
    test(`e-mail ${value} is refused`, () => {
      assert.deepEqual(problemsWith(setEmail(value)).map((p) => p.code), ['email-hidden-header']);
    });
  }

  for (const value of ['https://example.org/%0D%0ASet-Cookie:x', 'https://example.org/a%0ab', 'https://example.org/%00', 'https://example.org/%7F']) {
    test(`URL ${value} is refused`, () => {
      const problems = problemsWith(setUrl(value));
      assert.deepEqual(problems.map((p) => p.code), ['url-encoded-control']);
      assert.match(problems[0]!.message, /geen veilig webadres .*gecodeerd stuurteken/);
    });
  }

  test('a URL with a zero-width character is refused', () => {
    assert.deepEqual(problemsWith(setUrl('https://exa\u200bmple.org')).map((p) => p.code), ['invisible-character']);
  });

  test('ordinary addresses stay valid', () => {
    for (const change of [setEmail('Anouk.DeVries@Heerlen.example'), setEmail('a.b-c_d+e@sub.example.org'), setUrl('https://example.org/a%20b?x=1&y=%C3%A9#top')]) {
      assert.deepEqual(problemsWith(change), []);
    }
  });
});

describe('zero-width and bidi characters in names and ids', () => {
  for (const [char, name] of <Array<[string, string]>>[
    ['\u200b', 'ZERO WIDTH SPACE'],
    ['\u200d', 'ZERO WIDTH JOINER'],
    ['\ufeff', 'ZERO WIDTH NO-BREAK SPACE'],
    ['\u2060', 'WORD JOINER'],
    ['\u202e', 'RIGHT-TO-LEFT OVERRIDE'],
    ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
  ]) {
    test(`a name with U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is refused once, in Dutch`, () => {
      const problems = problemsWith((n) => {
        n.organisations[0]!.name = `Meld${char}punt`;
      });
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0]!.path, '/organisations/0/name');
      assert.ok(['invisible-character', 'control-character'].includes(problems[0]!.code), problems[0]!.code);
      assert.match(problems[0]!.message, /onzichtbaar (stuur)?teken .* op positie 5/);
      assert.ok(problems[0]!.message.includes(name) || problems[0]!.message.includes('U+'), problems[0]!.message);
    });
  }

  test('an id with a zero-width character is refused', () => {
    const problems = problemsWith((n) => {
      n.municipalities![0]!.id = 'voorbeeld\u200bstad';
    });
    assert.ok(problems.some((p) => p.path === '/municipalities/0/id' && p.code === 'id-invalid'), JSON.stringify(problems));
  });
});
