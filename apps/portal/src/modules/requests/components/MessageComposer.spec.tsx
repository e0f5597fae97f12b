import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ApiError } from '../../../api/api-error';
import { CSRF_COOKIE } from '../../../api/http-client';
import { theme } from '../../../app/theme';
import { aMessage, aMessageEntry, anAttachment, anError } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { attachmentsApi } from '../../attachments/api/attachments.api';
import { HistoryTimeline } from './HistoryTimeline';
import { MessageComposer } from './MessageComposer';

const requestId = '00000000-0000-4000-8000-00000000beef';

function showComposer() {
  const fetched = mockFetch((call) => {
    if (call.url === `/api/requests/${requestId}/messages` && call.method === 'POST')
      return json(201, aMessage());
    if (call.method === 'DELETE') return new Response(null, { status: 204 });
    return json(404, anError(404, 'NOT_FOUND'));
  });
  renderWithProviders(<MessageComposer requestId={requestId} mayWriteInternal={false} />);
  return fetched;
}

const chooseFile = (name: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, {
    target: { files: [new File(['%PDF-1.4'], name, { type: 'application/pdf' })] },
  });
};

describe('attaching files to a message', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));
  afterEach(() => vi.restoreAllMocks());

  it('uploads the files first and sends their ids with the message', async () => {
    const fetched = showComposer();
    const approval = anAttachment({ requestId, pending: true, fileName: 'Godkendelse.pdf' });
    vi.spyOn(attachmentsApi, 'upload').mockResolvedValue(approval);
    chooseFile('Godkendelse.pdf');
    const attached = within(
      await screen.findByRole('list', { name: 'Files to send with the message' }),
    );
    expect(attached.getByText('Godkendelse.pdf')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Write a message/ }), {
      target: { value: 'Her er godkendelsen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Your message has been sent.');
    const post = fetched.calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      body: 'Her er godkendelsen',
      internal: false,
      attachmentIds: [approval.id],
    });
    expect(screen.queryByRole('list', { name: 'Files to send with the message' })).toBeNull();
  });

  it('takes a file back before sending', async () => {
    const fetched = showComposer();
    const draftFile = anAttachment({ requestId, pending: true, fileName: 'Forkert.pdf' });
    vi.spyOn(attachmentsApi, 'upload').mockResolvedValue(draftFile);
    chooseFile('Forkert.pdf');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Forkert.pdf' }));
    await waitFor(() => expect(screen.queryByText('Forkert.pdf')).toBeNull());
    expect(fetched.calls.find((call) => call.method === 'DELETE')?.url).toBe(
      `/api/attachments/${draftFile.id}`,
    );
  });

  it('says why a file was refused and sends the message without it', async () => {
    showComposer();
    vi.spyOn(attachmentsApi, 'upload').mockRejectedValue(
      new ApiError(415, anError(415, 'UNSUPPORTED_MEDIA_TYPE')),
    );
    chooseFile('program.pdf');
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“program.pdf” cannot be attached',
    );
    expect(screen.queryByRole('list', { name: 'Files to send with the message' })).toBeNull();
  });
});

describe('files in the conversation', () => {
  it('shows each message’s files as download links', () => {
    const file = anAttachment({ fileName: 'Protokol.pdf', size: 2048 });
    render(
      <MantineProvider theme={theme}>
        <HistoryTimeline entries={[aMessageEntry({ attachments: [file] })]} />
      </MantineProvider>,
    );
    const link = within(screen.getByRole('list', { name: 'Attached files' })).getByRole('link', {
      name: 'Protokol.pdf',
    });
    expect(link.getAttribute('href')).toBe(`/api/attachments/${file.id}`);
    expect(screen.getByText('PDF, 2 kB')).toBeTruthy();
  });
});
