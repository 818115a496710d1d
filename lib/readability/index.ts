// How hard a page's main text is to read, in its language: its prose blocks and their grade
// (Flesch-Kincaid for English, Fernández-Huerta as a grade for Spanish), and English left on a
// Spanish page.
export { countText, type TextCounts } from './counts';
export { englishBlocks } from './english-blocks';
export { fernandezHuertaGrade, fernandezHuertaScore } from './fernandez-huerta';
export { hardestBlocks, readingGrade } from './grade';
export { pageLanguage, pageReading, type PageReading } from './page';
export { decodeEntities, mainProse } from './prose';
export { spanishSyllables } from './spanish-syllables';

/** The most a page's main prose may score, as a U.S. school grade, in either language. */
export const MAX_READING_GRADE = 8;
