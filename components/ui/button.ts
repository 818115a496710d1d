// Button looks for forms and controls outside the quiz (the quiz keeps its own in
// components/quiz/button-styles.ts). Spacing is left to the caller.
export const SUBMIT_BUTTON =
  'rounded-md bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';

export const SMALL_SECONDARY_BUTTON =
  'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:hover:bg-slate-800';
