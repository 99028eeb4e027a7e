import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../src-main/api/types';
import type { DocumentRef } from '../app/workbenchState';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { formatDate } from '../shared/formatDate';
import { ModalDialog } from '../shared/ModalDialog';

const TITLE_DEBOUNCE_MS = 150;
const LISTED = 30;

export interface PickerSuggestion extends DocumentRef {
  source?: string;
  date?: string;
  /** Why it is offered first (its share of text in common), when it is. */
  note?: string;
}

interface ComparePickerProps {
  /** Offered first, above the searchable library (the most similar reports, when known). */
  suggestions?: readonly PickerSuggestion[];
  /** Reports already in the comparison, not offered again. */
  excludeIds: readonly string[];
  onPick(document: DocumentRef): void;
  onClose(): void;
}

/** A modal list to choose one more report: suggestions first, then the library filtered by title. */
export function ComparePicker({ suggestions = [], excludeIds, onPick, onClose }: ComparePickerProps) {
  const t = useStrings();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [library, setLibrary] = useState<DocumentSummary[] | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api.call('library.list', { title: title.trim() || undefined, limit: LISTED + excludeIds.length }).then(
        (page) => current && setLibrary(page.items),
        () => current && setLibrary([]),
      );
    }, TITLE_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, title, excludeIds.length]);

  const excluded = new Set(excludeIds);
  // Typing a title means the user knows what they want: the suggestions step aside for the library's matches.
  const offered = title.trim() ? [] : suggestions.filter((each) => !excluded.has(each.documentId));
  const offeredIds = new Set(offered.map((each) => each.documentId));
  const listed = (library ?? [])
    .filter((each) => !excluded.has(each.id) && !offeredIds.has(each.id))
    .slice(0, LISTED)
    .map<PickerSuggestion>((each) => ({
      documentId: each.id,
      title: each.title,
      source: each.source,
      date: each.date,
    }));

  const item = (each: PickerSuggestion) => (
    <li key={each.documentId}>
      <button
        type="button"
        className="picker-item"
        onClick={() => onPick({ documentId: each.documentId, title: each.title })}
        data-testid="picker-item"
        data-document-id={each.documentId}
      >
        <span className="picker-item-title" dir="auto">
          {each.title || t.untitled}
        </span>
        <span className="row-meta">
          {each.source && <span dir="auto">{each.source}</span>}
          {each.date && <span>{formatDate(each.date)}</span>}
          {each.note && <span className="picker-note">{each.note}</span>}
        </span>
      </button>
    </li>
  );

  return (
    <ModalDialog
      onClose={onClose}
      title={t.pickerTitle}
      headerExtra={
        <button
          type="button"
          className="icon-button"
          aria-label={t.pickerClose}
          title={t.pickerClose}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      }
      className="compare-picker"
      testId="compare-picker"
    >
      <div className="dialog-body">
        <input
          type="search"
          className="text-input"
          aria-label={t.pickerSearch}
          placeholder={t.pickerSearch}
          dir="auto"
          value={title}
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          data-testid="picker-search"
        />
        {offered.length > 0 && (
          <>
            <h3 className="section-title">{t.pickerSimilar}</h3>
            <ul className="picker-list">{offered.map(item)}</ul>
          </>
        )}
        {listed.length > 0 ? (
          <>
            <h3 className="section-title">{t.pickerLibrary}</h3>
            <ul className="picker-list">{listed.map(item)}</ul>
          </>
        ) : (
          library !== undefined && offered.length === 0 && <p className="empty-note">{t.pickerNone}</p>
        )}
      </div>
    </ModalDialog>
  );
}
