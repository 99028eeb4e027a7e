import { useCallback, useId, useState, type FormEvent } from 'react';
import type { LexiconEntry, LexiconList } from '../../src-main/api/compareSchemas';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { localizedMessage } from '../annotations/localizedMessage';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { ModalDialog } from '../shared/ModalDialog';
import { OutcomeMessage, type Outcome } from '../shared/OutcomeMessage';
import { useQueryCache } from '../shared/QueryCacheContext';
import './lexicons.css';

type EntryKind = 'title' | 'place' | 'framing';
type TitleKind = 'rank' | 'role';
type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'organisation';

const TITLE_KINDS: TitleKind[] = ['rank', 'role'];
const PLACE_KINDS: PlaceKind[] = ['city', 'region', 'country', 'capital', 'organisation'];

function listOf(field: string): string[] {
  return field
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The entry the form describes, or undefined while a required field is empty. */
function entryOf(kind: EntryKind, fields: Record<string, string>): LexiconEntry | undefined {
  const field = (name: string) => fields[name]?.trim() ?? '';
  if (kind === 'title') {
    if (!field('text')) return undefined;
    return { kind, text: field('text'), titleKind: field('titleKind') === 'rank' ? 'rank' : 'role' };
  }
  if (kind === 'place') {
    if (!field('name')) return undefined;
    const placeKind = PLACE_KINDS.find((known) => known === field('placeKind')) ?? 'city';
    const aliases = listOf(field('aliases'));
    return {
      kind,
      name: field('name'),
      placeKind,
      ...(field('country') ? { country: field('country').toUpperCase() } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  }
  if (!field('set') || !field('member')) return undefined;
  const forms = listOf(field('forms'));
  return { kind, set: field('set'), member: field('member'), forms: forms.length > 0 ? forms : [field('member')] };
}

/**
 * The user's additions to the facts lexicons (titles, places, framing wordings) with a form to add
 * one, and the sources of the bundled gazetteer, which its licences ask to be shown.
 */
export function LexiconsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useStrings();
  const api = useApi();
  const cache = useQueryCache();
  const id = useId();
  const { settings } = useSettings();
  const [list, setList] = useState<LexiconList | undefined>(undefined);
  const [kind, setKind] = useState<EntryKind>('title');
  const [fields, setFields] = useState<Record<string, string>>({ titleKind: 'rank', placeKind: 'city' });
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  // Why the folder could not be listed (a file in its place, no permission): shown where the entries go.
  const [listError, setListError] = useState<string | undefined>(undefined);

  const fail = useCallback(
    (error: unknown) => setOutcome({ kind: 'failed', message: localizedMessage(error, settings.language) }),
    [settings.language],
  );
  const showList = useCallback((listed: LexiconList) => {
    setList(listed);
    setListError(undefined);
  }, []);
  const failList = useCallback(
    (error: unknown) => {
      setList(undefined);
      setListError(localizedMessage(error, settings.language));
    },
    [settings.language],
  );

  function readOnOpen() {
    setOutcome(undefined);
    api.call('compare.lexicons.list', {}).then(showList, failList);
  }

  const entry = entryOf(kind, fields);
  const set = (name: string) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  /** Runs an addition or removal; true when it was made, false when it failed (and says why). */
  async function change(call: () => Promise<LexiconList>, done?: string): Promise<boolean> {
    setBusy(true);
    try {
      showList(await call());
      // The additions change the facts table: comparisons made before are outdated.
      cache.invalidate(queryKeys.comparisons());
      setOutcome(done === undefined ? undefined : { kind: 'done', message: done });
      return true;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!entry) return;
    const name = entry.kind === 'place' ? entry.name : entry.kind === 'framing' ? entry.member : entry.text;
    // What was typed stays when the addition is refused, to be corrected beside the reason.
    void change(() => api.call('compare.lexicons.add', entry), t.lexiconAdded(name)).then(
      (made) =>
        made &&
        setFields((current) => ({ titleKind: current.titleKind ?? 'rank', placeKind: current.placeKind ?? 'city' })),
    );
  }

  const input = (name: string, label: string, hint?: string) => (
    <label className="lexicon-field">
      <span className="field-label">{label}</span>
      <input
        className="input"
        dir="auto"
        value={fields[name] ?? ''}
        onChange={set(name)}
        data-testid={`lexicon-${name}`}
        {...(hint ? { 'aria-description': hint, placeholder: hint } : {})}
      />
    </label>
  );
  const select = <T extends string>(name: string, label: string, options: T[], names: Record<T, string>) => (
    <label className="lexicon-field">
      <span className="field-label">{label}</span>
      <select className="select" value={fields[name]} onChange={set(name)} data-testid={`lexicon-${name}`}>
        {options.map((option) => (
          <option key={option} value={option}>
            {names[option]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ModalDialog
      open={open}
      onOpen={readOnOpen}
      onClose={onClose}
      title={t.lexiconsTitle}
      className="lexicons-dialog"
      testId="lexicons-dialog"
    >
      <div className="dialog-body lexicons-body">
        <p className="field-hint">{t.lexiconsIntro}</p>
        <form className="lexicon-form" onSubmit={add}>
          <fieldset className="choice-list choice-inline">
            <legend className="field-label">{t.lexiconKindLabel}</legend>
            {(['title', 'place', 'framing'] as const).map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={value}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                  data-testid={`lexicon-kind-${value}`}
                />
                {t.lexiconKinds[value]}
              </label>
            ))}
          </fieldset>
          {kind === 'title' && (
            <div className="lexicon-fields">
              {input('text', t.lexiconTitleText)}
              {select('titleKind', t.lexiconTitleKindLabel, TITLE_KINDS, t.lexiconTitleKinds)}
            </div>
          )}
          {kind === 'place' && (
            <div className="lexicon-fields">
              {input('name', t.lexiconPlaceName)}
              {select('placeKind', t.lexiconPlaceKindLabel, PLACE_KINDS, t.lexiconPlaceKinds)}
              {input('country', t.lexiconPlaceCountry)}
              {input('aliases', t.lexiconPlaceAliases, t.lexiconListHint)}
            </div>
          )}
          {kind === 'framing' && (
            <div className="lexicon-fields">
              {input('set', t.lexiconFramingSet, t.lexiconFramingSetHint)}
              {input('member', t.lexiconFramingMember)}
              {input('forms', t.lexiconFramingForms, t.lexiconListHint)}
            </div>
          )}
          <button type="submit" className="button button-primary" disabled={!entry || busy} data-testid="lexicon-add">
            {t.lexiconAdd}
          </button>
        </form>
        <OutcomeMessage outcome={outcome} testId="lexicon-outcome" />

        <section aria-labelledby={`${id}-entries`}>
          <h3 id={`${id}-entries`} className="section-title">
            {t.lexiconEntriesHeading(list?.entries.length ?? 0)}
          </h3>
          {listError !== undefined && (
            <p className="error-text" role="alert" data-testid="lexicon-folder-error">
              {listError}
            </p>
          )}
          {list && list.entries.length === 0 && <p className="empty-note">{t.lexiconNoEntries}</p>}
          <ul className="lexicon-entries" data-testid="lexicon-entries">
            {list?.entries.map(({ file, line, entry: listed, name }) => (
              <li key={`${file}:${line}`} className="lexicon-entry">
                <span className="lexicon-entry-kind">{t.lexiconKinds[listed.kind]}</span>
                <bdi className="lexicon-entry-name">{name}</bdi>
                <bdi className="lexicon-entry-where" dir="ltr">{`${file}:${line}`}</bdi>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void change(() => api.call('compare.lexicons.remove', { kind: listed.kind, name }))}
                >
                  {t.lexiconRemove(name)}
                </button>
              </li>
            ))}
          </ul>
          {list && list.problems.length > 0 && (
            <>
              <h4 className="field-label">{t.lexiconProblemsHeading}</h4>
              <ul className="lexicon-problems" data-testid="lexicon-problems">
                {list.problems.map(({ file, line, reason }) => (
                  <li key={`${file}:${line}`}>
                    <bdi dir="ltr">{`${file}:${line}`}</bdi>: {reason[settings.language]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {list && (
            <p className="field-hint">
              {t.lexiconFolderNote}
              <bdi dir="ltr">{list.folder}</bdi>
            </p>
          )}
        </section>

        <section className="gazetteer-sources" aria-labelledby={`${id}-sources`} data-testid="gazetteer-sources">
          <h3 id={`${id}-sources`} className="section-title">
            {t.gazetteerSourcesHeading}
          </h3>
          {t.gazetteerSources.map((line) => (
            <p key={line} className="field-hint">
              {line}
            </p>
          ))}
        </section>
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          {t.close}
        </button>
      </footer>
    </ModalDialog>
  );
}
