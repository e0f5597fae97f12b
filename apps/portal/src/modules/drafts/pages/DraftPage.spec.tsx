import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Draft } from '@bgb/contracts';
import { aBiobank, aDraft, anError, aService, aUser } from '../../../test/factories';
import { json, mockFetch, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import DraftPage from './DraftPage';

const service = aService();
const biobanks = [aBiobank('DCB', 'Danish Cancer Biobank')];

/** The page with a saved draft, or a new one, answering saves with `onSave`. */
function openDraft(
  draft: Draft | null,
  onSave: (call: RecordedCall) => Response = (call) => saved(draft, call),
) {
  const { calls } = mockFetch((call) => {
    if (call.url === '/api/services') return json(200, [service]);
    if (call.url === '/api/biobanks') return json(200, biobanks);
    if (call.url === '/api/auth/me') return json(200, aUser());
    if (call.url === '/api/auth/csrf') return json(200, { token: 'token' });
    if (call.method === 'GET' && draft && call.url === `/api/drafts/${draft.id}`)
      return json(200, draft);
    return onSave(call);
  });
  renderWithProviders(<DraftPage />, {
    route: draft ? `/drafts/${draft.id}` : '/requests/new',
    path: draft ? '/drafts/:id' : '/requests/new',
    extraRoutes: [{ path: '/drafts/:id', element: <DraftPage /> }],
  });
  return { saves: () => calls.filter((call) => call.method === 'PUT' || call.method === 'POST') };
}

/** The API's answer to a save: the content as stored, empty text as null, one version on. */
function saved(draft: Draft | null, call: RecordedCall): Response {
  const body = call.body as Partial<Draft> & { version?: number };
  const base = draft ?? aDraft();
  return json(call.method === 'POST' ? 201 : 200, {
    ...base,
    ...Object.fromEntries(
      Object.entries(body).map(([field, value]) => [field, value === '' ? null : value]),
    ),
    version: (body.version ?? 0) + 1,
    updatedAt: '2026-03-02T14:02:00.000Z',
  });
}

const title = () => screen.findByLabelText(/^Title/);

// Saves wait for a real pause in typing (1.5 s), twice in some tests.
describe('the step-by-step request form', { timeout: 15_000 }, () => {
  it('creates the draft on the first change, then saves once per pause in typing with the version it saw', async () => {
    const page = openDraft(null);
    const field = await title();
    expect(screen.getByRole('status').textContent).toMatch(/Not saved yet/);
    expect(page.saves()).toEqual([]);

    fireEvent.change(field, { target: { value: 'ctDNA' } });
    await waitFor(() => expect(page.saves()).toHaveLength(1), { timeout: 3000 });
    expect(page.saves()[0]).toMatchObject({
      method: 'POST',
      url: '/api/drafts',
      body: { title: 'ctDNA' },
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved /));

    fireEvent.change(field, { target: { value: 'ctDNA in' } });
    fireEvent.change(field, { target: { value: 'ctDNA in colon' } });
    expect(screen.getByRole('status').textContent).toMatch(/Unsaved changes/);
    await waitFor(() => expect(page.saves()).toHaveLength(2), { timeout: 3000 });
    const put = page.saves()[1];
    expect(put.method).toBe('PUT');
    expect(put.body).toMatchObject({ title: 'ctDNA in colon', version: 1 });
    expect(put.headers.get('X-XSRF-TOKEN')).toBeTruthy();
  });

  it('saves nothing when a change is taken back before the pause, and counts from each save', async () => {
    const draft = aDraft({ title: 'As saved' });
    const page = openDraft(draft);
    const field = await title();

    fireEvent.change(field, { target: { value: 'As saved, and more' } });
    expect(screen.getByRole('status').textContent).toMatch(/Unsaved changes/);
    fireEvent.change(field, { target: { value: 'As saved' } });
    expect(screen.getByRole('status').textContent).toMatch(/^Saved /);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(page.saves()).toEqual([]);

    fireEvent.change(field, { target: { value: 'Changed' } });
    await waitFor(() => expect(page.saves()).toHaveLength(1), { timeout: 3000 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved /));
    fireEvent.change(field, { target: { value: 'Changed again' } });
    fireEvent.change(field, { target: { value: 'Changed' } });
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(page.saves()).toHaveLength(1);
  });

  it('shows the conflict dialog when another tab saved first, and reloads the latest version', async () => {
    const draft = aDraft({ title: 'Opened twice', version: 3 });
    let latest = draft;
    openDraft(draft, (call) => {
      if (call.method === 'PUT') {
        latest = { ...draft, title: 'Written in the other tab', version: 4 };
        return json(409, anError(409, 'VERSION_CONFLICT'));
      }
      return json(200, latest);
    });
    fireEvent.change(await title(), { target: { value: 'Written here' } });

    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This draft was changed in another tab or window' },
      { timeout: 3000 },
    );
    mockFetch((call) =>
      json(
        200,
        call.url === `/api/drafts/${draft.id}`
          ? { ...draft, title: 'Written in the other tab', version: 4 }
          : [],
      ),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload the latest version' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(((await title()) as HTMLInputElement).value).toBe('Written in the other tab');
  });

  it('lists on the review step what is still missing, with a way to each step, and submits only when complete', async () => {
    openDraft(
      aDraft({ title: 'Half done', coApplicants: [{ name: 'Eva', institution: '', email: '' }] }),
    );
    await title();
    fireEvent.click(screen.getByRole('button', { name: /Review and submit/ }));

    const missing = await screen.findByRole('region', {
      name: 'Still missing before you can submit',
    });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Project description Go to Project',
      'Principal investigator Go to People',
      'Institution Go to People',
      'Service Go to Samples and data',
      'Biobanks Go to Samples and data',
      'Co-applicant 1: Institution Go to People',
      'Co-applicant 1: E-mail address Go to People',
    ]);
    expect(
      (screen.getByRole('button', { name: 'Submit request' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(missing).getAllByRole('button', { name: 'Go to People' })[0]);
    expect(await screen.findByLabelText(/^Principal investigator/)).toBeTruthy();
  });

  it('explains a CVR number whose check digit is wrong, and does not save it', async () => {
    const draft = aDraft({ title: 'With a partner' });
    const page = openDraft(draft);
    await title();
    fireEvent.click(screen.getByRole('button', { name: /People/ }));
    const cvr = await screen.findByLabelText(/CVR number/);
    fireEvent.change(cvr, { target: { value: '24256791' } });
    fireEvent.blur(cvr);

    await waitFor(() => expect(cvr.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/this one's check digit does not match/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/correct the marked fields/);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(page.saves()).toEqual([]);
  });
});
