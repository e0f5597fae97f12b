import { i18n } from '../../../i18n/i18n';
import { anEvent } from '../../../test/factories';
import { describeEvent } from './HistoryTimeline';

const actor = { id: '00000000-0000-4000-8000-0000000000cc', name: 'Søren Holm' };

describe('the wording of triage and routing events', () => {
  const t = i18n.t.bind(i18n);
  const event = (
    type: string,
    details: Record<string, string> | null,
    comment: string | null = null,
  ) => anEvent({ type, details, actor, fromStatus: null, toStatus: null, comment });

  it('tells who did what, with the details, in the viewer’s language', async () => {
    await i18n.changeLanguage('en');
    expect(describeEvent(event('routed', { biobanks: 'DCB, DRB' }), t, i18n)).toBe(
      'Søren Holm routed the request to DCB, DRB',
    );
    expect(
      describeEvent(event('assigned', { assigneeId: actor.id, assigneeName: 'Sofie' }), t, i18n),
    ).toBe('Søren Holm assigned the request to Sofie');
    expect(describeEvent(event('priority_changed', { from: 'normal', to: 'high' }), t, i18n)).toBe(
      'Søren Holm changed the priority from Normal to High',
    );
    expect(describeEvent(event('routing_deliver', { biobank: 'DCB' }), t, i18n)).toBe(
      'Søren Holm delivered on behalf of DCB',
    );

    await i18n.changeLanguage('da');
    expect(describeEvent(event('routing_accept', { biobank: 'DRB' }), t, i18n)).toBe(
      'Søren Holm accepterede på vegne af DRB',
    );
    expect(describeEvent(event('priority_changed', { from: 'low', to: 'urgent' }), t, i18n)).toBe(
      'Søren Holm ændrede prioriteten fra Lav til Haster',
    );
  });
});
