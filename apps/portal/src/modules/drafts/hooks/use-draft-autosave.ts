import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftContent } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { useSaveDraft } from './use-save-draft';

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1500;

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
  /** Called after every save: what the API now holds is the form's new starting point. */
  onSaved: (draft: Draft) => void;
}

/**
 * Saves the draft while the researcher writes: a change waits for a pause in typing, then the
 * whole content goes out with the version it is based on. A save refused as stale (409, the
 * draft changed in another tab) stops saving until the researcher reloads: nothing is ever
 * silently overwritten. Unsaved changes go out with `keepalive` when the page is hidden or closed.
 */
export function useDraftAutosave({ initial, onCreated, onSaved }: Options) {
  const { mutateAsync: save } = useSaveDraft();
  const saved = useRef<{ id: string | null; version: number }>({
    id: initial?.id ?? null,
    version: initial?.version ?? 0,
  });
  const [status, setStatus] = useState<SaveStatus>(() =>
    initial ? { kind: 'saved', at: initial.updatedAt } : { kind: 'idle' },
  );
  /** What the status goes back to once nothing waits: the last save, if any. */
  const lastSaved = useRef<SaveStatus>(status);
  const pending = useRef<DraftContent | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflicted = useRef(false);
  /** The form holds content it may not save: no save that ends meanwhile may say "saved". */
  const invalidNow = useRef(false);
  const callbacks = useRef({ onCreated, onSaved });
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const [conflict, setConflict] = useState(false);

  const stored = useCallback((draft: Draft) => {
    saved.current = { id: draft.id, version: draft.version };
    lastSaved.current = { kind: 'saved', at: draft.updatedAt };
  }, []);

  useEffect(() => {
    callbacks.current = { onCreated, onSaved };
  }, [onCreated, onSaved]);

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
          const draft = await save({ id, version, content, keepalive });
          stored(draft);
          callbacks.current.onSaved(draft);
          if (!id) callbacks.current.onCreated(draft);
          setStatus(
            invalidNow.current
              ? { kind: 'invalid' }
              : pending.current
                ? { kind: 'pending' }
                : lastSaved.current,
          );
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
    [save, stored, schedule],
  );

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** A change to save after the next pause in typing. */
  const change = useCallback(
    (content: DraftContent) => {
      pending.current = content;
      invalidNow.current = false;
      if (conflicted.current) return;
      setStatus({ kind: 'pending' });
      schedule();
    },
    [schedule],
  );

  /**
   * The content is back to what was saved last: nothing waits any more, and a field marked
   * invalid was put back. A save under way changes what was saved last: the content follows it.
   */
  const unchanged = useCallback(
    (content: DraftContent) => {
      if (inFlight.current) {
        change(content);
        return;
      }
      clearTimeout(timer.current);
      pending.current = null;
      invalidNow.current = false;
      if (!conflicted.current) setStatus(lastSaved.current);
    },
    [change],
  );

  /** Content that may not be saved as it is (a field is invalid): it waits for a correction. */
  const invalid = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    invalidNow.current = true;
    setStatus({ kind: 'invalid' });
  }, []);

  /** After a conflict: the latest version replaces what was typed here, and saving resumes. */
  const reloaded = useCallback(
    (draft: Draft) => {
      stored(draft);
      pending.current = null;
      invalidNow.current = false;
      conflicted.current = false;
      setConflict(false);
      setStatus(lastSaved.current);
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
    unchanged,
    invalid,
    flush,
    reloaded,
    /** The saved draft's id and version, once it exists. */
    current: () => saved.current,
  };
}
