import type { CertificationsOverview } from '@/lib/certifications';

/** What the table's levels mean. */
export function LevelLegend({ levels }: { levels: CertificationsOverview['levels'] }) {
  return (
    <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
      {levels.map(({ level, label, description }) => (
        <div key={level} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{description}</dd>
        </div>
      ))}
    </dl>
  );
}
