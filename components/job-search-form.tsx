import { routes } from '@/lib/routes';
/** "What / Where" as a plain form: it sends the search to /jobs/ and works without JavaScript. */
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
          autoComplete="off"
          placeholder="e.g. coding auditor, CPC"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
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
          placeholder="State or remote"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
        />
      </div>
      <button
        type="submit"
        className="rounded-md bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
      >
        Search
      </button>
    </form>
  );
}
