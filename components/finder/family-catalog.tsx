import { Link } from '@/components/ui/link';
import type { JobFamily } from '@/lib/content/vocabulary';
import type { JobTitle } from '@/lib/content';
import { FAMILY_DESCRIPTIONS, FAMILY_LABELS, familyAnchor, LEVEL_LABELS } from '@/lib/finder';
import { routes } from '@/lib/routes';

/** Every curated title, grouped by family: the finder without JavaScript, and a way to browse. */
export function FamilyCatalog({
  families,
}: {
  families: { family: JobFamily; titles: JobTitle[] }[];
}) {
  return (
    <section id="all-titles" aria-labelledby="all-titles-heading" className="mt-12">
      <h2 id="all-titles-heading" className="text-2xl font-semibold">
        All job titles by family
      </h2>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        {families.map(({ family, titles }) => (
          <section
            key={family}
            id={familyAnchor(family)}
            aria-labelledby={`${familyAnchor(family)}-heading`}
          >
            <h3 id={`${familyAnchor(family)}-heading`} className="text-xl font-semibold">
              {FAMILY_LABELS[family]}{' '}
              <span className="text-base font-normal text-slate-600 dark:text-slate-400">
                ({titles.length} titles)
              </span>
            </h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{FAMILY_DESCRIPTIONS[family]}</p>
            <ul className="mt-3 space-y-1">
              {titles.map((title) => (
                <li key={title.slug}>
                  <Link href={routes.job(title.slug)}>{title.name}</Link>{' '}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {LEVEL_LABELS[title.level]}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
