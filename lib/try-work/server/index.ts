// The try-the-work view models and page metadata, built from content: for pages only (it reads
// lib/content, which must stay out of the island's bundle).
export { getTrySetView, otherTrySet, TRY_SETS } from './view';
export { trySetMetadata, trySetOf } from './metadata';
