// Fernández-Huerta's readability of Spanish text (1959), turned into a U.S.-style school grade so one
// limit, MAX_READING_GRADE, holds for both languages.
//
// The formula: L = 206.84 − 0.60·P − 1.02·F, with P the syllables per 100 words and F the words per
// sentence. Many pages print F as "sentences per 100 words", which makes shorter sentences score
// harder; Gwillim Law showed the error ("Error in the Fernandez Huerta Readability Formula",
// LINGUIST List 22.2332, 2 June 2011), and words per sentence matches Flesch's formula that
// Fernández Huerta adapted (1.015 × words per sentence). Source of the corrected formula and the
// table below: Fernández Huerta, J. (1959), "Medidas sencillas de lecturabilidad", Consigna 214:
// 29–32, as given by legible.es, "Lecturabilidad de Fernández Huerta"
// (https://legible.es/blog/lecturabilidad-fernandez-huerta/).
//
// Fernández Huerta's table:   L 90–100 muy fácil, 4º grado;   80–90 fácil, 5º;   70–80 algo fácil, 6º;
// 60–70 normal (para adulto), 7º u 8º;   50–60 algo difícil, preuniversitario;
// 30–50 difícil, cursos selectivos;   0–30 muy difícil, universitario (especialización).
//
// The mapping gives each band's lowest score the band's highest grade, and runs straight between
// them: L 90 → 4, 80 → 5, 70 → 6, 60 → 8. So grade 8 or below means L 60 or more ("normal"). The
// harder bands name no grade; we read "preuniversitario" as the end of high school (L 50 → 12),
// "cursos selectivos" as the end of college (L 30 → 16) and "especialización" as graduate school
// (L 0 → 18). Those anchors only change how far over the limit a page reads, never whether it passes.
import type { TextCounts } from './counts';

/** Fernández-Huerta's L for counted text; higher is easier. */
export function fernandezHuertaScore(counts: TextCounts): number {
  const syllablesPer100Words = (100 * counts.syllables) / counts.words;
  const wordsPerSentence = counts.words / counts.sentences;
  return 206.84 - 0.6 * syllablesPer100Words - 1.02 * wordsPerSentence;
}

/** [L, grade] anchors, easiest first (see the table above). */
const ANCHORS: readonly (readonly [number, number])[] = [
  [90, 4],
  [80, 5],
  [70, 6],
  [60, 8],
  [50, 12],
  [30, 16],
  [0, 18],
];

function lineThrough(
  [scoreA, gradeA]: readonly [number, number],
  [scoreB, gradeB]: readonly [number, number],
  score: number,
): number {
  return gradeA + ((score - scoreA) * (gradeB - gradeA)) / (scoreB - scoreA);
}

/** The U.S.-style grade of a Fernández-Huerta score; past either end the nearest segment runs on. */
export function fernandezHuertaGrade(score: number): number {
  const firstBelow = ANCHORS.findIndex(([anchorScore]) => score >= anchorScore);
  // Easier than the first anchor, the first segment runs on; harder than the last, the last does.
  const segment = firstBelow === -1 ? ANCHORS.length - 1 : Math.max(1, firstBelow);
  const easier = ANCHORS[segment - 1];
  const harder = ANCHORS[segment];
  if (easier === undefined || harder === undefined) return 0;
  return lineThrough(easier, harder, score);
}
