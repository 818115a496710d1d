// Checks of the built site in out/ that need no browser: per-page HTML, links, the sitemap, the CSP
// and the JavaScript budget.
export { findBrokenLinks, resolveInternal, type BrokenLink } from './links';
export { cspMetaProblems, directiveSources } from './csp-meta';
export { foreignResources, pageProblems, unsourcedFigures } from './page';
export {
  competingHeadlines,
  figureProblems,
  unlabelledFigures,
  unmatchedStateFigures,
} from './figures';
export { languageProblems, missingTwins } from './languages';
export { parseHtml } from './parse';
export { isNoindex, sitemapPaths, sitemapProblems } from './sitemap';
export {
  ALLOWANCE_KB,
  KB,
  baselineBytesFrom,
  brotliSize,
  budgetBytes,
  budgetTable,
  loadedScripts,
  measurePage,
  overBudget,
  pageKind,
  runtimeData,
  type BudgetRow,
  type PageKind,
} from './js-budget';
