import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestEvent } from '../../../../src/components/shared/request-event.js';

test('requestEvent: bubbles, crosses shadow roots, carries its detail', () => {
  const event = requestEvent('gia-request-select', { id: 'veilig-thuis' });
  assert.equal(event.type, 'gia-request-select');
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  assert.equal(event.cancelable, false);
  assert.deepEqual(event.detail, { id: 'veilig-thuis' });
});
