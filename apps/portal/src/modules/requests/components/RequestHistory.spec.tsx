import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { HistoryEntry, User } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { i18n } from '../../../i18n/i18n';
import { descriptionOf, isInvalid } from '../../../test/dom';
import {
  aMessage,
  aMessageEntry,
  anError,
  anEvent,
  aRequest,
  aService,
  aUser,
} from '../../../test/factories';
import { json, mockFetch, setCookie, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { RequestHistory } from './RequestHistory';

const researcher = aUser();
const request = aRequest({
  status: 'awaiting_researcher',
  researcher: { id: researcher.id, name: researcher.name, email: researcher.email },
});
const secretariat = aUser({ name: 'Sofie Secretariat', roles: ['secretariat'] });
const service = aService();

interface Api {
  user?: User;
  history?: HistoryEntry[];
  onPost?: (call: RecordedCall) => Response;
}

function showHistory({ user = researcher, history = [anEvent()], onPost }: Api = {}) {
  const fetched = mockFetch((call) => {
    if (call.url === '/api/auth/me') return json(200, user);
    if (call.url === '/api/services') return json(200, [service]);
    if (call.url === `/api/requests/${request.id}/history`) return json(200, { items: history });
    if (call.url === `/api/requests/${request.id}/messages` && call.method === 'POST' && onPost) {
      return onPost(call);
    }
    return json(404, anError(404, 'NOT_FOUND'));
  });
  renderWithProviders(<RequestHistory request={request} />);
  return fetched;
}

const timeline = async () => within(await screen.findByRole('list'));

describe('the history of a request', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('tells every change in the viewer’s language, oldest first, with its time', async () => {
    showHistory({
      history: [
        anEvent({ at: '2026-03-02T09:30:00.000Z' }),
        anEvent({
          type: 'ask_researcher',
          actor: { id: secretariat.id, name: 'Sofie Secretariat' },
          fromStatus: 'in_triage',
          toStatus: 'awaiting_researcher',
          comment: 'Which sample types do you need?',
        }),
      ],
    });

    const items = (await timeline()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Submitted by Rikke Researcher'),
      expect.stringContaining('Sofie Secretariat asked the researcher a question'),
    ]);
    expect(within(items[1]!).getByText('Which sample types do you need?').tagName).toBe(
      'BLOCKQUOTE',
    );
    const time = items[0]!.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-03-02T09:30:00.000Z');
    expect(time?.textContent).toMatch(/2026/);

    await i18n.changeLanguage('da');
    expect(await screen.findByText('Indsendt af Rikke Researcher')).toBeTruthy();
    expect(screen.getByText('Sofie Secretariat stillede forskeren et spørgsmål')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Historik og beskeder' })).toBeTruthy();
  });

  it('words a change it has no text for yet by the statuses it moved between', async () => {
    showHistory({
      history: [
        anEvent({ type: 'route', actor: null, fromStatus: 'in_triage', toStatus: 'routed' }),
      ],
    });

    expect(
      await screen.findByText(
        'BGB Service Portal changed the status from In triage to Routed to biobanks',
      ),
    ).toBeTruthy();
  });

  it('shows each field an edit changed with its value before and after', async () => {
    const removedServiceId = '00000000-0000-4000-8000-00000000dead';
    showHistory({
      history: [
        anEvent({
          type: 'edited',
          fromStatus: null,
          toStatus: null,
          details: {
            'title.from': 'Old title',
            'title.to': 'New title',
            'serviceId.from': removedServiceId,
            'serviceId.to': service.id,
            'ethicsApprovalCaseNumber.from': '',
            'ethicsApprovalCaseNumber.to': 'H-21012345',
          },
        }),
      ],
    });

    const item = (await timeline()).getByRole('listitem');
    expect(within(item).getByText('Rikke Researcher edited the request')).toBeTruthy();
    const table = within(item).getByRole('table');
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    await waitFor(() =>
      expect(rows()).toEqual([
        ['Field', 'Before', 'After'],
        ['Title', 'Old title', 'New title'],
        // A service no longer in the catalogue is still told by its id.
        ['Service', removedServiceId, 'Biomarker development support'],
        ['Ethics approval case number', 'Not provided', 'H-21012345'],
      ]),
    );

    await i18n.changeLanguage('da');
    expect(await within(item).findByText('Rikke Researcher rettede henvendelsen')).toBeTruthy();
    expect(rows()[0]).toEqual(['Felt', 'Før', 'Efter']);
  });

  it('marks an internal note with words, not colour alone', async () => {
    showHistory({
      user: secretariat,
      history: [
        anEvent(),
        aMessageEntry({ body: 'Public question' }),
        aMessageEntry({ body: 'Only between us', internal: true }),
      ],
    });

    const [, shared, internal] = (await timeline()).getAllByRole('listitem');
    expect(within(internal!).getByText('Internal note')).toBeTruthy();
    expect(internal!.textContent).toContain('Message from Sofie Secretariat');
    expect(within(shared!).queryByText('Internal note')).toBeNull();

    await i18n.changeLanguage('da');
    expect(await within(internal!).findByText('Intern note')).toBeTruthy();
  });

  it('shows a message as the text that was written, never as markup', async () => {
    showHistory({
      history: [anEvent(), aMessageEntry({ body: '<b>x</b>\n<script>alert(1)</script>' })],
    });

    const list = await timeline();
    expect(list.getByText(/<b>x<\/b>/)).toBeTruthy();
    expect(screen.getByRole('list').querySelector('b, script')).toBeNull();
  });

  it('offers a way to try again when the history cannot be loaded', async () => {
    mockFetch((call) =>
      call.url === '/api/auth/me' ? json(200, researcher) : json(403, anError(403, 'FORBIDDEN')),
    );
    renderWithProviders(<RequestHistory request={request} />);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'You do not have permission to do this.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('writing a message', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('lets the secretariat keep a note from the researcher', async () => {
    showHistory({ user: secretariat });
    expect(
      await screen.findByRole('checkbox', { name: 'Internal note — not shown to the researcher' }),
    ).toBeTruthy();
  });

  it('never offers a researcher an internal note', async () => {
    showHistory({ user: researcher });
    expect(await screen.findByRole('textbox', { name: /Write a message/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('sends the message, empties the field, says so and shows it in the history', async () => {
    const history: HistoryEntry[] = [anEvent()];
    const { calls } = showHistory({
      user: secretariat,
      history,
      onPost: (call) => {
        const sent = call.body as { body: string; internal: boolean };
        history.push(aMessageEntry({ body: sent.body, internal: sent.internal }));
        return json(201, aMessage({ requestId: request.id, ...sent }));
      },
    });

    const field = await screen.findByRole('textbox', { name: /Write a message/ });
    fireEvent.change(field, { target: { value: '  Please check the consent forms.  ' } });
    expect(descriptionOf(field)).toContain('35 of 10,000 characters');
    fireEvent.click(screen.getByRole('checkbox', { name: /Internal note/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your internal note has been saved.'),
    );
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: `/api/requests/${request.id}/messages`,
      body: { body: 'Please check the consent forms.', internal: true },
    });
    expect((field as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    const list = await timeline();
    expect(await list.findByText('Please check the consent forms.')).toBeTruthy();
  });

  it('asks for a text before sending anything', async () => {
    const { calls } = showHistory();

    fireEvent.click(await screen.findByRole('button', { name: 'Send' }));

    const field = screen.getByRole('textbox', { name: /Write a message/ });
    await waitFor(() => expect(descriptionOf(field)).toContain('This field is required'));
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('shows what the API found wrong with the text on the field', async () => {
    showHistory({
      onPost: () =>
        json(
          400,
          anError(400, 'VALIDATION_FAILED', [
            {
              field: 'body',
              code: 'custom',
              message: 'The message contains an unsupported character',
            },
          ]),
        ),
    });

    const field = await screen.findByRole('textbox', { name: /Write a message/ });
    fireEvent.change(field, { target: { value: 'Hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() =>
      expect(descriptionOf(field)).toContain('The message contains an unsupported character'),
    );
    expect(isInvalid(field)).toBe(true);
    expect((field as HTMLTextAreaElement).value).toBe('Hello');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
