import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DraftContent } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

export interface SaveDraftVariables {
  /** The draft to update, or null: the first save creates it. */
  id: string | null;
  /** The version the content is based on: the API refuses a stale one (409). */
  version: number;
  content: DraftContent;
  /** For a save sent as the page is hidden or closed: the browser finishes it after the page is gone. */
  keepalive?: boolean;
}

/** Saves a draft's whole content; the saved draft becomes the cached one. */
export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, content, keepalive = false }: SaveDraftVariables) =>
      id
        ? draftsApi.update(id, { ...content, version }, keepalive)
        : draftsApi.create(content, keepalive),
    onSuccess: (draft, { id }) => {
      queryClient.setQueryData(QueryKeys.drafts.detail(draft.id), draft);
      if (!id) void queryClient.invalidateQueries({ queryKey: QueryKeys.drafts.list() });
    },
  });
}
