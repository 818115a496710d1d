import { SUBMIT_BUTTON } from '@/components/ui/button';
import { FIELD } from '@/components/ui/form-field';
import { MAX_QUERY_LENGTH } from '@/lib/finder';
import { routes } from '@/lib/routes';

/**
 * "What / Where" as a plain form: it sends the search to /jobs/, which reads it like a search sent
 * there (a place in the query moves into Where). Without JavaScript /jobs/ says the search needs it
 * and shows the list. The query is capped as the finder caps it, so the address stays short.
 */
export function JobSearchForm() {
  return (
    <form
      action={routes.jobs()}
      method="get"
      role="search"
      aria-label="Job titles"
      className="mt-4 grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
    >
      <div>
        <label htmlFor="home-what" className="block font-medium">
          What is your dream job?
        </label>
        <input
          id="home-what"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          placeholder="e.g. coding auditor, CPC"
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="home-where" className="block font-medium">
          Where?
        </label>
        <input
          id="home-where"
          name="where"
          type="text"
          autoComplete="off"
          placeholder="City, state or remote"
          className={FIELD}
        />
      </div>
      <button type="submit" className={SUBMIT_BUTTON}>
        Search
      </button>
    </form>
  );
}
