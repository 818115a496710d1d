import { Link } from '@/components/ui/link';
import type { JobFamily } from '@/lib/content/vocabulary';
import { familyAnchor } from '@/lib/finder';
import type { CatalogTitle } from '@/lib/finder/server';
import type { FinderLabels } from '@/lib/finder/labels';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Routes } from '@/lib/routes';

/** Every curated title, grouped by family: the finder without JavaScript, and a way to browse. */
export function FamilyCatalog({
  families,
  labels,
  links,
}: {
  families: { family: JobFamily; titles: CatalogTitle[] }[];
  labels: Pick<FinderLabels, 'catalog' | 'families' | 'familyDescriptions' | 'levels'>;
  links: Routes;
}) {
  return (
    <section id="all-titles" aria-labelledby="all-titles-heading" className="mt-12">
      <h2 id="all-titles-heading" className="text-2xl font-semibold">
        {labels.catalog.heading}
      </h2>
      <div className="mt-4 grid gap-8 md:grid-cols-2">
        {families.map(({ family, titles }) => (
          <section
            key={family}
            id={familyAnchor(family)}
            aria-labelledby={`${familyAnchor(family)}-heading`}
          >
            <h3 id={`${familyAnchor(family)}-heading`} className="text-xl font-semibold">
              {labels.families[family]}{' '}
              <span className="text-base font-normal text-slate-600 dark:text-slate-400">
                {formatMessage(labels.catalog.count, { count: titles.length })}
              </span>
            </h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              {labels.familyDescriptions[family]}
            </p>
            {/* A list of job titles, named as employers name them: names, not prose to read. */}
            <ul className="mt-3 space-y-1" data-prose="exempt">
              {titles.map((title) => (
                <li key={title.slug}>
                  <Link href={links.job(title.slug)}>{title.name}</Link>{' '}
                  {title.englishName ? (
                    // The English title too, for "Find in page" with a title from a job ad.
                    <span lang="en">({title.englishName})</span>
                  ) : null}{' '}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {labels.levels[title.level]}
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
