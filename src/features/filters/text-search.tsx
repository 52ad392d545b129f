// Free text over titles, summaries, partners and places. The store gets every keystroke (the
// results follow as you type); its history policy writes the URL once typing pauses. The
// summaries are in practice-texts.json, not in the first load: focusing the field starts loading
// them, and until they are here the hint says the search covers the rest only.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { practiceTextsQueryOptions } from '../../data/practice-texts-query';
import { useT } from '../../hooks/use-t';
import { useViewStore } from '../../stores/use-view-store';
import { MAX_QUERY_LENGTH } from '../../stores/view-state';
import { normalizeQueryText } from '../../utils/search-text';
import './text-search.css';

export interface TextSearchProps {
  /** The query as probably meant, offered when part of it matched only as a typo. */
  suggestion?: string | null;
  /** What the query searched (FilterCounts.textScope). */
  scope?: 'all' | 'partial' | 'failed';
}

export function TextSearch({ suggestion = null, scope = 'all' }: TextSearchProps) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const queryClient = useQueryClient();
  const q = useViewStore((state) => state.filters.q);
  const setQuery = useViewStore((state) => state.setQuery);
  // The field keeps what was typed (the store trims and collapses spaces); it follows the store
  // when the query changes from elsewhere: a chip, "clear all", Back.
  const [draft, setDraft] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    if (normalizeQueryText(draft, MAX_QUERY_LENGTH) !== q) setDraft(q);
  }
  return (
    <div className="text-search">
      <label htmlFor={id} className="text-search__label">
        {t('filters.search.label')}
      </label>
      <input
        id={id}
        type="search"
        className="text-search__input"
        placeholder={t('filters.search.placeholder')}
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH * 2}
        value={draft}
        aria-describedby={scope === 'all' ? undefined : hintId}
        // a search is likely: fetch the summaries before the first letter (a failed file stays
        // failed until its retry, as every data file does: static-file-query.ts)
        onFocus={() => {
          const texts = practiceTextsQueryOptions();
          if (queryClient.getQueryState(texts.queryKey)?.status !== 'error') {
            void queryClient.prefetchQuery(texts);
          }
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          setQuery(event.target.value);
        }}
      />
      {/* always there, so a screen reader hears the note once when it appears (and not per key) */}
      <p id={hintId} className="text-search__scope" role="status">
        {scope === 'partial'
          ? t('filters.search.partial')
          : scope === 'failed'
            ? t('filters.search.partialFailed')
            : null}
      </p>
      {suggestion !== null && (
        <button
          type="button"
          className="text-search__suggestion"
          onClick={() => {
            setDraft(suggestion);
            setQuery(suggestion);
          }}
        >
          {t('filters.search.didYouMean', { query: suggestion })}
        </button>
      )}
    </div>
  );
}
