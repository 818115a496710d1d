import { SUBMIT_BUTTON } from '@/components/ui/button';
import { FIELD } from '@/components/ui/form-field';
import { MAX_QUERY_LENGTH } from '@/lib/finder';
import type { Messages } from '@/lib/i18n/messages';

/**
 * "What / Where" as a plain form: it sends the search to /jobs/, which reads it like a search sent
 * there (a place in the query moves into Where). Without JavaScript /jobs/ says the search needs it
 * and shows the list. The query is capped as the finder caps it, so the address stays short.
 */
export function JobSearchForm({
  action,
  words,
}: {
  /** The finder in the page's language. */
  action: string;
  words: Messages['home']['search'];
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={words.formLabel}
      className="mt-4 grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
    >
      <div>
        <label htmlFor="home-what" className="block font-medium">
          {words.what}
        </label>
        <input
          id="home-what"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          placeholder={words.whatPlaceholder}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="home-where" className="block font-medium">
          {words.where}
        </label>
        <input
          id="home-where"
          name="where"
          type="text"
          autoComplete="off"
          placeholder={words.wherePlaceholder}
          className={FIELD}
        />
      </div>
      <button type="submit" className={SUBMIT_BUTTON}>
        {words.submit}
      </button>
    </form>
  );
}
