// The look of text inputs and selects (spacing above, full width, border and colours in both themes).
export const FIELD =
  'mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900';
