/** The folder, under content/, that holds the Spanish text of each English file at the same path. */
export const SPANISH_CONTENT_DIR = 'es';
