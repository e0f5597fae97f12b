import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from '@bgb/contracts';
import { deliveryOf, isMandatoryNotification, mayChooseDelivery } from './notification-preferences';

describe('notification preferences', () => {
  it('makes a question to you and the outcome of a request mandatory, nothing else', () => {
    expect(NOTIFICATION_KINDS.filter(isMandatoryNotification)).toEqual(['question', 'outcome']);
  });

  it('mails at once whoever never chose', () => {
    for (const kind of NOTIFICATION_KINDS) expect(deliveryOf(kind, undefined)).toBe('immediate');
  });

  it('follows the choice for every optional kind', () => {
    for (const kind of NOTIFICATION_KINDS.filter((k) => !isMandatoryNotification(k))) {
      for (const delivery of NOTIFICATION_DELIVERIES)
        expect(deliveryOf(kind, delivery)).toBe(delivery);
    }
  });

  it('mails a mandatory kind at once even when something else was stored', () => {
    expect(deliveryOf('question', 'off')).toBe('immediate');
    expect(deliveryOf('outcome', 'digest')).toBe('immediate');
  });

  it('lets nobody turn a mandatory kind off or hold it for the digest', () => {
    expect(mayChooseDelivery('question', 'off')).toBe(false);
    expect(mayChooseDelivery('outcome', 'digest')).toBe(false);
    expect(mayChooseDelivery('outcome', 'immediate')).toBe(true);
  });

  it('accepts every choice for an optional kind', () => {
    for (const delivery of NOTIFICATION_DELIVERIES)
      expect(mayChooseDelivery('message', delivery)).toBe(true);
  });
});
