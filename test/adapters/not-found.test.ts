import { describe, expect, it } from 'vitest';
import { adyenAdapter } from '../../src/adapters/adyen';
import { juspayAdapter } from '../../src/adapters/juspay';
import { ottuAdapter } from '../../src/adapters/ottu';
import { razorpayAdapter } from '../../src/adapters/razorpay';
import { stripeAdapter } from '../../src/adapters/stripe';

describe('each adapter says in its own words when a card is already gone', () => {
  it.each([
    ['stripe', stripeAdapter(), 400, { error: { message: 'The payment method is not attached to a customer.' } }],
    ['adyen', adyenAdapter(), 422, { errorCode: '800', message: 'Contract not found' }],
    ['razorpay', razorpayAdapter(), 400, { error: { description: 'The id provided does not exist' } }],
    ['juspay', juspayAdapter(), 400, { error_message: 'Invalid card token' }],
  ])('%s', (_name, adapter, status, body) => {
    expect(adapter.notFound?.(status, body)).toBe(true);
    // Another refusal, or the same words with another status, is not "gone".
    expect(adapter.notFound?.(status, { message: 'Something else' })).toBe(false);
    expect(adapter.notFound?.(500, body)).toBe(false);
  });

  it('Ottu reads a 403 as a refusal with its reason (the server honours it for a delete only)', () => {
    expect(ottuAdapter().parseError?.(403, { detail: 'Card is used by an agreement' })).toEqual({
      kind: 'rejected',
      reason: 'Card is used by an agreement',
    });
  });
});
