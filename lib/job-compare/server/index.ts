// The compare page's build-time surface: the per-title files, the pickers' choices and the print
// record. It reads the content, so the browser never loads it.
export {
  compareLabels,
  compareTitleFile,
  compareTitleFiles,
  compareTitleOf,
  getCompareTitle,
  getTitleOptions,
} from './compare-title';
export { compareWith, jobPrintSources, type CompareWith } from './job-page';
