import { SPANISH_CONTENT_DIR } from './spanish-dir';

/** The path of an English file's Spanish text: "jobs/coder-i.yaml" → "es/jobs/coder-i.yaml". */
export function spanishPathOf(englishPath: string): string {
  return `${SPANISH_CONTENT_DIR}/${englishPath}`;
}
