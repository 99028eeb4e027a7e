import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { tabPaneId } from '../app/workbenchState';

/** The filters of the project-wide highlights view; the export dialog offers them as a scope. */
export interface HighlightFilter {
  codeId?: string;
  docId?: string;
  source?: string;
  text?: string;
  orphansOnly?: boolean;
}

export type AnnotationsSubview = 'highlights' | 'codes' | 'memos';

export type ExportScope = 'all' | 'document' | 'code' | 'filter';

/** Asks the reader showing `docId` to scroll to a highlight; `serial` makes asking twice scroll twice. */
export interface HighlightFocusRequest {
  serial: number;
  highlightId: string;
  /** The pane that is to show the highlight. */
  paneId: string;
  openEditor: boolean;
}

export interface Notice {
  serial: number;
  message: string;
  /** Offer the undo button: the notice reports a change the user may regret (a deletion, a merge). */
  undoable: boolean;
  tone: 'info' | 'error';
}

interface AnnotationUi {
  /** The highlight last clicked or opened: what "link to memo" adds, what lists mark. */
  activeHighlightId: string | undefined;
  setActiveHighlightId(id: string | undefined): void;
  focusRequest: HighlightFocusRequest | undefined;
  /** Opens the report in the reader and scrolls to the highlight (for an orphan: shows it in the details). */
  jumpToHighlight(target: { id: string; docId: string; title: string }, options?: { openEditor?: boolean }): void;
  filter: HighlightFilter;
  setFilter(filter: HighlightFilter): void;
  subview: AnnotationsSubview;
  /** Shows the side panel's annotations tab on one of its views. */
  showSubview(view: AnnotationsSubview): void;
  /** The memo open in the memos view; undefined shows the list. */
  openMemoId: string | undefined;
  openMemo(id: string | undefined): void;
  exportDialog: { open: boolean; scope: ExportScope; codeId?: string };
  openExport(scope?: ExportScope, codeId?: string): void;
  closeExport(): void;
  /** Codes applied lately, newest first: the selection toolbar offers them for a one-click highlight. */
  recentCodeIds: readonly string[];
  rememberCodes(ids: readonly string[]): void;
  notice: Notice | undefined;
  notify(message: string, options?: { undoable?: boolean; tone?: Notice['tone'] }): void;
  dismissNotice(): void;
}

const RECENT_CODES_KEPT = 8;

const AnnotationUiContext = createContext<AnnotationUi | null>(null);

export function AnnotationUiProvider({ children }: { children: ReactNode }) {
  const { dispatch } = useWorkbench();
  const serial = useRef(0);
  const [activeHighlightId, setActiveHighlightId] = useState<string | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState<HighlightFocusRequest | undefined>(undefined);
  const [filter, setFilter] = useState<HighlightFilter>({});
  const [subview, setSubview] = useState<AnnotationsSubview>('highlights');
  const [openMemoId, setOpenMemoId] = useState<string | undefined>(undefined);
  const [exportDialog, setExportDialog] = useState<AnnotationUi['exportDialog']>({ open: false, scope: 'all' });
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [recentCodeIds, setRecentCodeIds] = useState<readonly string[]>([]);

  const rememberCodes = useCallback((ids: readonly string[]) => {
    if (ids.length === 0) return;
    setRecentCodeIds((current) => [...ids, ...current.filter((id) => !ids.includes(id))].slice(0, RECENT_CODES_KEPT));
  }, []);

  const jumpToHighlight = useCallback<AnnotationUi['jumpToHighlight']>(
    (target, options) => {
      dispatch({ type: 'open-document', documentId: target.docId, title: target.title });
      setActiveHighlightId(target.id);
      setFocusRequest({
        serial: ++serial.current,
        highlightId: target.id,
        paneId: tabPaneId(target.docId),
        openEditor: options?.openEditor ?? false,
      });
    },
    [dispatch],
  );

  const showSubview = useCallback(
    (view: AnnotationsSubview) => {
      setSubview(view);
      dispatch({ type: 'show-side-tab', tab: 'annotations' });
    },
    [dispatch],
  );

  const openMemo = useCallback(
    (id: string | undefined) => {
      setOpenMemoId(id);
      if (id !== undefined) showSubview('memos');
    },
    [showSubview],
  );

  const openExport = useCallback(
    (scope: ExportScope = 'all', codeId?: string) => setExportDialog({ open: true, scope, codeId }),
    [],
  );
  const closeExport = useCallback(() => setExportDialog((current) => ({ ...current, open: false })), []);
  const notify = useCallback<AnnotationUi['notify']>(
    (message, options) =>
      setNotice({
        serial: ++serial.current,
        message,
        undoable: options?.undoable ?? false,
        tone: options?.tone ?? 'info',
      }),
    [],
  );
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  const value = useMemo<AnnotationUi>(
    () => ({
      activeHighlightId,
      setActiveHighlightId,
      focusRequest,
      jumpToHighlight,
      filter,
      setFilter,
      subview,
      showSubview,
      openMemoId,
      openMemo,
      exportDialog,
      openExport,
      closeExport,
      recentCodeIds,
      rememberCodes,
      notice,
      notify,
      dismissNotice,
    }),
    [
      activeHighlightId,
      focusRequest,
      jumpToHighlight,
      filter,
      subview,
      showSubview,
      openMemoId,
      openMemo,
      exportDialog,
      openExport,
      closeExport,
      recentCodeIds,
      rememberCodes,
      notice,
      notify,
      dismissNotice,
    ],
  );
  return <AnnotationUiContext.Provider value={value}>{children}</AnnotationUiContext.Provider>;
}

export function useAnnotationUi(): AnnotationUi {
  const value = useContext(AnnotationUiContext);
  if (!value) throw new Error('useAnnotationUi outside <AnnotationUiProvider>');
  return value;
}
