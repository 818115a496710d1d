// Button looks shared by the quiz, its result and the counselors' page (links styled as buttons
// need no-underline and their own colour, because the base style colours every link).
export const PRIMARY_BUTTON =
  'inline-flex items-center justify-center rounded-md bg-blue-700 px-5 py-2 font-semibold text-white no-underline hover:bg-blue-800 disabled:opacity-50 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';

export const SECONDARY_BUTTON =
  'inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 no-underline hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
