import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { vi } from 'vitest';
import type { ReactNode } from 'react';
import type { DraftContent } from '@bgb/contracts';
import { aDraft } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { testQueryClient } from '../../../test/render';
import { useDraftAutosave } from './use-draft-autosave';

const content = { title: 'Plasma from heart patients' } as DraftContent;

describe('the draft autosave', () => {
  it('keeps saying a field is invalid when a save that began before it ends', async () => {
    setCookie('XSRF-TOKEN', 'token');
    const draft = aDraft();
    let answer: (response: Response) => void = () => undefined;
    const { calls } = mockFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const queryClient = testQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () =>
        useDraftAutosave({ initial: null, onCreated: () => undefined, onSaved: () => undefined }),
      { wrapper },
    );

    let saving: Promise<void> = Promise.resolve();
    act(() => {
      result.current.change(content);
      saving = result.current.flush();
    });
    expect(result.current.status).toEqual({ kind: 'saving' });
    // The researcher makes a field invalid while the save is still under way.
    act(() => result.current.invalid());
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => {
      answer(json(201, draft));
      await saving;
    });
    expect(result.current.status).toEqual({ kind: 'invalid' });

    // Correcting the field lets the status follow the saves again.
    act(() => result.current.unchanged(content));
    expect(result.current.status).toEqual({ kind: 'saved', at: draft.updatedAt });
  });
});
