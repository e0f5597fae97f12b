import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, UpdateDraftBody } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1500;

type Content = Omit<UpdateDraftBody, 'version'>;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' }
  | { kind: 'invalid' };

interface Options {
  /** The draft being resumed, or null for a new one, which is created on the first save. */
  initial: Draft | null;
  /** Called once, when a new draft was created by the first save. */
  onCreated: (draft: Draft) => void;
}

/**
 * Saves the draft while the researcher writes: a change waits for a pause in typing, then the
 * whole content goes out with the version it is based on. A save refused as stale (409, the
 * draft changed in another tab) stops saving until the researcher reloads: nothing is ever
 * silently overwritten. Unsaved changes go out with `keepalive` when the page is hidden or closed.
 */
export function useDraftAutosave({ initial, onCreated }: Options) {
  const queryClient = useQueryClient();
  const saved = useRef<{ id: string | null; version: number }>({
    id: initial?.id ?? null,
    version: initial?.version ?? 0,
  });
  const pending = useRef<Content | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflicted = useRef(false);
  const onCreatedRef = useRef(onCreated);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const [status, setStatus] = useState<SaveStatus>(
    initial ? { kind: 'saved', at: initial.updatedAt } : { kind: 'idle' },
  );
  const [conflict, setConflict] = useState(false);

  const stored = useCallback(
    (draft: Draft) => {
      saved.current = { id: draft.id, version: draft.version };
      queryClient.setQueryData(QueryKeys.drafts.detail(draft.id), draft);
    },
    [queryClient],
  );

  useEffect(() => {
    onCreatedRef.current = onCreated;
  }, [onCreated]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  /**
   * Saves what is waiting now. With `keepalive` (the page is being hidden or closed) the
   * browser completes the save even if the page is gone before the reply.
   */
  const flush = useCallback(
    async ({ keepalive = false }: { keepalive?: boolean } = {}): Promise<void> => {
      clearTimeout(timer.current);
      // One save at a time: what was typed meanwhile goes out after the one under way.
      while (inFlight.current) await inFlight.current;
      const content = pending.current;
      if (!content || conflicted.current) return;
      pending.current = null;
      setStatus({ kind: 'saving' });
      let failed = false;
      inFlight.current = (async () => {
        try {
          const { id, version } = saved.current;
          const draft = id
            ? await draftsApi.update(id, { ...content, version }, keepalive)
            : await draftsApi.create(content, keepalive);
          stored(draft);
          if (!id) {
            void queryClient.invalidateQueries({ queryKey: QueryKeys.drafts.list() });
            onCreatedRef.current(draft);
          }
          setStatus(pending.current ? { kind: 'pending' } : { kind: 'saved', at: draft.updatedAt });
        } catch (error) {
          failed = true;
          if (isApiError(error) && error.status === 409) {
            conflicted.current = true;
            setConflict(true);
          }
          // Kept for the next try, unless newer content is already waiting.
          pending.current ??= content;
          setStatus(
            isApiError(error) && error.status === 400 ? { kind: 'invalid' } : { kind: 'failed' },
          );
        } finally {
          inFlight.current = null;
        }
      })();
      await inFlight.current;
      // Typed on while this save was under way: that waits for its own pause.
      if (!failed && pending.current) schedule();
    },
    [queryClient, stored, schedule],
  );

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** A change to save after the next pause in typing. */
  const change = useCallback(
    (content: Content) => {
      pending.current = content;
      if (conflicted.current) return;
      setStatus({ kind: 'pending' });
      schedule();
    },
    [schedule],
  );

  /** Content that may not be saved as it is (a field is invalid): it waits for a correction. */
  const invalid = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    setStatus({ kind: 'invalid' });
  }, []);

  /** After a conflict: the latest version replaces what was typed here, and saving resumes. */
  const reloaded = useCallback(
    (draft: Draft) => {
      stored(draft);
      pending.current = null;
      conflicted.current = false;
      setConflict(false);
      setStatus({ kind: 'saved', at: draft.updatedAt });
    },
    [stored],
  );

  useEffect(() => {
    const leave = () => void flush({ keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the form inside the portal saves what is still waiting, too.
      leave();
    };
  }, [flush]);

  return {
    status,
    conflict,
    change,
    invalid,
    flush,
    reloaded,
    /** The saved draft's id and version, once it exists. */
    current: () => saved.current,
  };
}
