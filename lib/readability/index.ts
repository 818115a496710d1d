// How hard a page's main text is to read: its prose blocks and their Flesch-Kincaid grade.
export { countText, hardestBlocks, readingGrade, type TextCounts } from './grade';
export { decodeEntities, mainProse } from './prose';

/** The most a page's main prose may score (Flesch-Kincaid grade). */
export const MAX_READING_GRADE = 8;
