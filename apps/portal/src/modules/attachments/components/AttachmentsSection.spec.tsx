import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Attachment } from '@bgb/contracts';
import { ApiError } from '../../../api/api-error';
import { CSRF_COOKIE } from '../../../api/http-client';
import { anAttachment, anError, aUser } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { attachmentsApi } from '../api/attachments.api';
import { AttachmentsSection } from './AttachmentsSection';

const researcher = aUser();
const requestId = '00000000-0000-4000-8000-00000000f00d';
const protocol = anAttachment({
  requestId,
  uploadedBy: { id: researcher.id, name: researcher.name },
});

function showSection(files: Attachment[], editable = true) {
  let current = [...files];
  const fetched = mockFetch((call) => {
    if (call.url === '/api/auth/me') return json(200, researcher);
    if (call.url === `/api/requests/${requestId}/attachments`) return json(200, { items: current });
    if (call.method === 'DELETE') {
      current = current.filter((file) => !call.url.endsWith(file.id));
      return new Response(null, { status: 204 });
    }
    return json(404, anError(404, 'NOT_FOUND'));
  });
  renderWithProviders(<AttachmentsSection requestId={requestId} editable={editable} />);
  return {
    fetched,
    add: (file: Attachment) => current.push(file),
  };
}

const chooseFile = (name: string, type: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], name, { type })] } });
};

describe('the attachments of a request', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));
  afterEach(() => vi.restoreAllMocks());

  it('lists each file with a download link, its type, its size in the viewer’s language and who uploaded it when', async () => {
    showSection([protocol]);
    const row = within((await screen.findByRole('link', { name: 'Protokol.pdf' })).closest('tr')!);
    expect(screen.getByRole('link', { name: 'Protokol.pdf' }).getAttribute('href')).toBe(
      `/api/attachments/${protocol.id}`,
    );
    expect(row.getByText('PDF')).toBeTruthy();
    expect(row.getByText('1.5 MB')).toBeTruthy();
    expect(row.getByText(/Rikke Researcher, 2 Mar 2026/)).toBeTruthy();
  });

  it('shows a read-only list without upload or delete where the request cannot be changed', async () => {
    showSection([protocol], false);
    await screen.findByRole('link', { name: 'Protokol.pdf' });
    expect(screen.queryByLabelText('Add files')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete Protokol.pdf' })).toBeNull();
  });

  it('uploads a chosen file, announces it and lists it', async () => {
    const { add } = showSection([]);
    await screen.findByText('No files have been attached yet.');
    const approval = anAttachment({ requestId, fileName: 'Godkendelse.pdf' });
    const upload = vi.spyOn(attachmentsApi, 'upload').mockImplementation(async () => {
      add(approval);
      return approval;
    });
    chooseFile('Godkendelse.pdf', 'application/pdf');
    expect(await screen.findByText('Uploaded: Godkendelse.pdf')).toBeTruthy();
    expect(upload).toHaveBeenCalledWith(requestId, expect.any(File), expect.any(Function));
    expect(await screen.findByRole('link', { name: 'Godkendelse.pdf' })).toBeTruthy();
  });

  it('says in words that a file is too large (413) or of a type that is not accepted (415)', async () => {
    showSection([]);
    await screen.findByText('No files have been attached yet.');
    vi.spyOn(attachmentsApi, 'upload').mockImplementation(async (_id, file) => {
      throw file.name.endsWith('.zip')
        ? new ApiError(415, anError(415, 'UNSUPPORTED_MEDIA_TYPE'))
        : new ApiError(413, anError(413, 'ATTACHMENT_TOO_LARGE'));
    });
    chooseFile('scan.zip', 'application/zip');
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“scan.zip” cannot be attached: only PDF, DOCX, XLSX, CSV, PNG and JPEG files are accepted',
    );
    chooseFile('huge.pdf', 'application/pdf');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        '“huge.pdf” is too large to upload. Make it smaller or split it, and try again.',
      ),
    );
  });

  it('deletes a file only after confirmation, and says so', async () => {
    const { fetched } = showSection([protocol]);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Protokol.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete file' });
    expect(within(dialog).getByText('Delete “Protokol.pdf”? This cannot be undone.')).toBeTruthy();
    expect(fetched.calls.some((call) => call.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('“Protokol.pdf” was deleted.')).toBeTruthy();
    expect(fetched.calls.find((call) => call.method === 'DELETE')).toMatchObject({
      url: `/api/attachments/${protocol.id}`,
    });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Protokol.pdf' })).toBeNull());
  });
});
