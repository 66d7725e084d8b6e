import { describe, expect, it } from 'vitest';
import { adyenAdapter } from '../../src/adapters/adyen';
import { checkoutComAdapter } from '../../src/adapters/checkout-com';
import { razorpayAdapter } from '../../src/adapters/razorpay';
import { stripeAdapter } from '../../src/adapters/stripe';
import { normalizeCards } from '../../src/core/normalize';
import {
  adyenPosOnlyCard,
  adyenStoredMethods,
  checkoutCustomer,
  razorpayTokens,
  stripeCustomer,
  stripeList,
} from '../fixtures/vaults';

const now = new Date(2026, 11, 3);

describe('stripeAdapter', () => {
  it('lists the cards Stripe may show again, with the default, display brand, networks and duplicates grouped', () => {
    const { cards } = stripeAdapter().parseList({ data: stripeList.data, customer: stripeCustomer });
    expect(
      cards.map((card) => [
        card.token,
        card.brand,
        card.number,
        card.isPreferred,
        card.accountReference,
        card.networks,
      ]),
    ).toEqual([
      ['pm_1Q0PsIJvEtkwdCNYMSaVuRz6', 'visa', '4242', false, 'Xt5EWLLDS7FJjR1c', ['visa']],
      ['pm_1Q0PsIJvEtkwdCNYvisaAgain', 'visa', '4242', false, 'Xt5EWLLDS7FJjR1c', ['visa']],
      [
        'pm_1Q0PsIJvEtkwdCNYcartesBanc',
        'cartes_bancaires',
        '1001',
        true,
        'cB7nq2LkW0pZ9xYv',
        ['cartes_bancaires', 'visa'],
      ],
    ]);
    const grouped = normalizeCards(cards, { now });
    expect(grouped.cards.map((card) => [card.brand, card.tokens.length, card.isPreferred])).toEqual([
      ['cartes_bancaires', 1, true],
      ['visa', 2, false],
    ]);
  });

  it('keeps the network’s brand when the display brand is one the kit does not know', () => {
    const eftpos = {
      ...stripeList.data[0],
      card: {
        ...stripeList.data[0]?.card,
        brand: 'mastercard',
        display_brand: 'eftpos_australia',
        networks: { available: ['mastercard', 'eftpos_au'] },
      },
    };
    const [card] = stripeAdapter().parseList({ data: [eftpos], customer: stripeCustomer }).cards;
    expect(card).toMatchObject({ brand: 'mastercard', networks: ['mastercard'] });
  });

  it('lists "limited" cards when the merchant allows them, never wallet device tokens', () => {
    const { cards } = stripeAdapter({ allowRedisplay: ['always', 'limited'] }).parseList({
      data: stripeList.data,
      customer: stripeCustomer,
    });
    expect(cards.map((card) => card.number)).toEqual(['4242', '4242', '1001', '1117']);
  });

  it('reads an expanded default PaymentMethod and a customer without one', () => {
    const expanded = {
      ...stripeCustomer,
      invoice_settings: { ...stripeCustomer.invoice_settings, default_payment_method: stripeList.data[0] },
    };
    expect(
      stripeAdapter()
        .parseList({ data: stripeList.data, customer: expanded })
        .cards.map((card) => card.isPreferred),
    ).toEqual([true, false, false]);
    const none = {
      ...stripeCustomer,
      invoice_settings: { ...stripeCustomer.invoice_settings, default_payment_method: null },
    };
    expect(
      stripeAdapter()
        .parseList({ data: stripeList.data, customer: none })
        .cards.some((card) => card.isPreferred),
    ).toBe(false);
  });

  it('refuses an answer without a list, and reads Stripe’s error body', () => {
    expect(() => stripeAdapter().parseList({ object: 'customer' })).toThrow(
      expect.objectContaining({ kind: 'invalid-response' }),
    );
    expect(stripeAdapter().parseError?.(400, { error: { type: 'invalid_request_error', message: 'No.' } })).toEqual({
      kind: 'rejected',
      reason: 'No.',
    });
    expect(stripeAdapter().parseError?.(500, { error: { message: 'Oops' } })).toEqual({ reason: 'Oops' });
  });
});

describe('adyenAdapter', () => {
  it('lists only cards the shopper can pay with in a checkout', () => {
    const body = {
      ...adyenStoredMethods,
      storedPaymentMethods: [...adyenStoredMethods.storedPaymentMethods, adyenPosOnlyCard],
    };
    const { cards } = adyenAdapter().parseList(body);
    expect(cards.map((card) => [card.token, card.brand, card.number, card.expiryMonth, card.expiryYear])).toEqual([
      ['8415718415172204', 'visa', '1111', '03', '2030'],
      ['8415718415172205', 'cartes_bancaires', '0006', '01', '2032'],
    ]);
    expect(normalizeCards(cards, { now }).cards.map((card) => card.brand)).toEqual(['visa', 'cartes_bancaires']);
  });

  it('reads a shopper with nothing stored as no cards, and anything else as unreadable', () => {
    expect(adyenAdapter().parseList({ merchantAccount: 'M', shopperReference: 'S' }).cards).toEqual([]);
    expect(() => adyenAdapter().parseList({ storedPaymentMethods: 'x' })).toThrow(
      expect.objectContaining({ kind: 'invalid-response' }),
    );
    expect(
      adyenAdapter().parseError?.(422, {
        status: 422,
        errorCode: '803',
        message: 'PaymentDetail not found',
        errorType: 'validation',
      }),
    ).toEqual({ kind: 'rejected', reason: 'PaymentDetail not found' });
  });
});

describe('checkoutComAdapter', () => {
  it('lists card instruments with the default, duplicates by fingerprint and the local scheme as a network', () => {
    const { cards } = checkoutComAdapter().parseList(checkoutCustomer);
    expect(
      cards.map((card) => [
        card.token,
        card.brand,
        card.isPreferred,
        card.accountReference,
        card.networks,
        card.funding,
      ]),
    ).toEqual([
      ['src_lmyvsjadlxxu7kqlgevt6ebkra', 'VISA', false, 'vnsdrvikkvre3dtrjjvlm5du4q', undefined, 'CREDIT'],
      ['src_imu3wifxfvlebpqqq5usjrze6y', 'VISA', true, 'vnsdrvikkvre3dtrjjvlm5du4q', undefined, 'CREDIT'],
      [
        'src_cbco5kbqa5fe7lhydpyiu3mm7q',
        'MASTERCARD',
        false,
        'dqyyd5vu2rsetbfrmgpwjtcvtm',
        ['mastercard', 'cartes_bancaires'],
        'DEBIT',
      ],
    ]);
    const grouped = normalizeCards(cards, { now }).cards;
    expect(grouped.map((card) => [card.token, card.tokens.length])).toEqual([
      ['src_imu3wifxfvlebpqqq5usjrze6y', 2],
      ['src_cbco5kbqa5fe7lhydpyiu3mm7q', 1],
    ]);
  });

  it('reads a refusal’s error codes', () => {
    expect(
      checkoutComAdapter().parseError?.(422, {
        request_id: 'r',
        error_type: 'request_invalid',
        error_codes: ['instrument_in_use'],
      }),
    ).toEqual({ kind: 'rejected', reason: 'instrument_in_use' });
  });
});

describe('razorpayAdapter', () => {
  it('lists active card tokens only', () => {
    const { cards } = razorpayAdapter().parseList(razorpayTokens);
    expect(cards.map((card) => [card.token, card.brand, card.number, card.funding])).toEqual([
      ['token_HouA2OQR5Z2jTL', 'RuPay', '8950', 'credit'],
    ]);
    expect(normalizeCards(cards, { now }).cards[0]).toMatchObject({
      brand: 'rupay',
      last4: '8950',
      expiryMonth: 12,
      expiryYear: 2031,
    });
  });

  it('reads "does not exist" as no refusal, anything else on a 400 as one', () => {
    const error = (description: string) => ({ error: { code: 'BAD_REQUEST_ERROR', description } });
    expect(razorpayAdapter().parseError?.(400, error('The id provided does not exist'))).toEqual({
      reason: 'The id provided does not exist',
    });
    expect(razorpayAdapter().parseError?.(400, error('Token is in use'))).toEqual({
      kind: 'rejected',
      reason: 'Token is in use',
    });
    expect(() => razorpayAdapter().parseList({ entity: 'collection' })).toThrow(
      expect.objectContaining({ kind: 'invalid-response' }),
    );
  });
});
