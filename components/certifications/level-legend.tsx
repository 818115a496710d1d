import { LEVEL_DESCRIPTIONS, LEVEL_LABELS } from '@/lib/certifications';
import { CERTIFICATION_LEVELS } from '@/lib/content/vocabulary';

/** What the table's levels mean. */
export function LevelLegend() {
  return (
    <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
      {CERTIFICATION_LEVELS.map((level) => (
        <div key={level} className="contents">
          <dt className="font-semibold">{LEVEL_LABELS[level]}</dt>
          <dd className="mb-2 sm:mb-0">{LEVEL_DESCRIPTIONS[level]}</dd>
        </div>
      ))}
    </dl>
  );
}
