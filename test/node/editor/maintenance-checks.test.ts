import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork } from '../../../src/model/index.js';
import { maintenanceChecks, missingContactsCheck, monthsBefore, reviewDateCheck } from '../../../src/editor/maintenance-checks.js';
import { setAt } from '../../../src/editor/pointer.js';
import { zuidLimburg } from './helpers.js';

describe('maintenance checks', () => {
  test('monthsBefore counts whole months', () => {
    assert.equal(monthsBefore('2026-11-23', 12), '2025-11-23');
    assert.equal(monthsBefore('2026-02-10', 3), '2025-11-10');
  });
  test('entries reviewed longer ago than the period are warnings, not errors', () => {
    let network = zuidLimburg();
    network = setAt(network, '/organisations/1/reviewedAt', '2020-01-01');
    network = setAt(network, '/contacts/0/reviewedAt', '2026-10-01');
    const result = validateNetwork(network, { checks: [reviewDateCheck({ today: '2026-11-23', maxAgeMonths: 12 })] });
    assert.equal(result.valid, true);
    const overdue = result.warnings.filter((w) => w.code === 'review-overdue');
    assert.ok(overdue.some((w) => w.path === '/organisations/1/reviewedAt'));
    assert.ok(!overdue.some((w) => w.path === '/contacts/0/reviewedAt'), 'recent review is fine');
    const org = overdue.find((w) => w.path === '/organisations/1/reviewedAt')!;
    assert.match(org.message, /2020-01-01/);
    assert.match(org.message, /12 maanden/);
    assert.equal(org.severity, 'warning');
  });
  test('organisations without aandachtsfunctionaris or aanspreekpunt are listed', () => {
    const network = zuidLimburg();
    const result = validateNetwork(network, { checks: [missingContactsCheck()] });
    assert.equal(result.valid, true);
    const vt = network.organisations.findIndex((o) => o.id === 'veilig-thuis-zuid-limburg');
    const roles = new Set(network.contacts!.filter((c) => c.organisation === 'veilig-thuis-zuid-limburg').map((c) => c.role));
    const vtWarnings = result.warnings.filter((w) => w.path === `/organisations/${vt}`).map((w) => w.code);
    assert.equal(vtWarnings.includes('missing-aandachtsfunctionaris'), !roles.has('aandachtsfunctionaris'));
    assert.equal(vtWarnings.includes('missing-aanspreekpunt'), !roles.has('aanspreekpunt'));
    const none = network.organisations.findIndex((o) => !network.contacts!.some((c) => c.organisation === o.id));
    assert.equal(result.warnings.filter((w) => w.path === `/organisations/${none}`).length, 2);
    assert.match(result.warnings.find((w) => w.path === `/organisations/${none}`)!.message, /aandachtsfunctionaris|aanspreekpunt/);
  });
  test('checks survive garbage', () => {
    for (const check of maintenanceChecks()) {
      assert.doesNotThrow(() => check(null, { lang: 'nl', describe: (p) => p }));
      assert.doesNotThrow(() => check({ organisations: [null, 3, { id: 1 }], contacts: 'x' }, { lang: 'nl', describe: (p) => p }));
    }
  });
});
