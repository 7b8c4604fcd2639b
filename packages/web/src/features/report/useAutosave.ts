/**
 * Autosave of a report's content: changes are sent (PATCH, with the version last read) a moment
 * after typing stops, on "Simpan sekarang", and before any workflow step. A stale version (409)
 * keeps the user's text on screen and asks them to load the latest; nothing is overwritten
 * silently. While anything is unsaved, leaving the page (tab, reload, in-app link) warns first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useI18n } from '../../i18n/I18nProvider';
import { changedFields, draftOf, type ReportDraft } from '../../lib/report-draft';
import { setLeaveGuard } from '../../router';

export type Report = ResponseOf<'/api/reports/{id}', 'get'>;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

const DEBOUNCE_MS = 1200;

export interface Autosave {
  draft: ReportDraft;
  status: SaveStatus;
  savedAt: Date | null;
  error: unknown;
  /** Changes some fields; saved after a pause in typing. */
  edit: (change: Partial<ReportDraft>) => void;
  /** Saves now; resolves with the report's version afterwards, or null when it could not be saved. */
  flush: () => Promise<number | null>;
  /** Takes the server's copy as the new starting point (after "Muat versi terbaru", or a workflow step). */
  adopt: (report: Report) => void;
}

export function useAutosave(initial: Report, onSaved: (report: Report) => void): Autosave {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(initial));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<unknown>(null);

  // The save loop reads these synchronously; state alone would be one render late.
  const draftRef = useRef(draft);
  const savedRef = useRef<ReportDraft>(draftOf(initial));
  const versionRef = useRef(initial.version);
  const statusRef = useRef<SaveStatus>('saved');
  const inFlight = useRef<Promise<number | null> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  // save() re-arms the timer when typing went on during a save; schedule() calls save(): a ref breaks the loop.
  const scheduleRef = useRef<() => void>(() => undefined);

  const setStatusBoth = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatus(next);
  }, []);

  const save = useCallback(async (): Promise<number | null> => {
    if (inFlight.current) await inFlight.current;
    if (statusRef.current === 'conflict') return null;
    const changes = changedFields(draftRef.current, savedRef.current);
    if (Object.keys(changes).length === 0) {
      setStatusBoth('saved');
      return versionRef.current;
    }
    setStatusBoth('saving');
    const sent = { ...draftRef.current };
    const request = apiSend(
      'patch',
      '/api/reports/{id}',
      { path: { id: initial.id }, body: { version: versionRef.current, ...changes } },
      { lang },
    ).then(
      (report) => {
        versionRef.current = report.version;
        savedRef.current = sent;
        setSavedAt(new Date());
        setError(null);
        onSavedRef.current(report);
        // Typed on during the save: keep going.
        const more = Object.keys(changedFields(draftRef.current, savedRef.current)).length > 0;
        setStatusBoth(more ? 'pending' : 'saved');
        return report.version;
      },
      (caught: unknown) => {
        setError(caught);
        setStatusBoth(caught instanceof ApiError && caught.code === 'stale_version' ? 'conflict' : 'error');
        return null;
      },
    );
    inFlight.current = request;
    const version = await request;
    inFlight.current = null;
    if (version !== null && statusRef.current === 'pending') scheduleRef.current();
    return version;
  }, [initial.id, lang, setStatusBoth]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void save();
    }, DEBOUNCE_MS);
  }, [save]);
  scheduleRef.current = schedule;

  const edit = useCallback(
    (change: Partial<ReportDraft>) => {
      draftRef.current = { ...draftRef.current, ...change };
      setDraft(draftRef.current);
      if (statusRef.current === 'conflict') return;
      setStatusBoth('pending');
      schedule();
    },
    [schedule, setStatusBoth],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return save();
  }, [save]);

  const adopt = useCallback(
    (report: Report) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      versionRef.current = report.version;
      savedRef.current = draftOf(report);
      draftRef.current = draftOf(report);
      setDraft(draftRef.current);
      setError(null);
      setStatusBoth('saved');
    },
    [setStatusBoth],
  );

  const unsaved = status === 'pending' || status === 'saving' || status === 'error' || status === 'conflict';

  // Closing the tab or reloading: the browser's own "leave site?" question.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    setLeaveGuard(() => window.confirm(t('report.leaveConfirm')));
    return () => {
      window.removeEventListener('beforeunload', warn);
      setLeaveGuard(null);
    };
  }, [unsaved, t]);

  // Leaving by the browser's back button cannot be stopped: send what is pending on the way out.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void save();
      }
    },
    [save],
  );

  return { draft, status, savedAt, error, edit, flush, adopt };
}
