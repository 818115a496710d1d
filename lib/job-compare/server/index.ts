// The compare page's build-time surface: the per-title files, the pickers' choices and the print
// record. It reads the content, so the browser never loads it.
export {
  compareTitleFile,
  compareTitleFiles,
  compareTitleSlug,
  getCompareTitle,
  getTitleOptions,
} from './compare-title';
export { printRecord } from './print-record';
export { compareWith, jobPrintRecord, type CompareWith } from './job-page';
