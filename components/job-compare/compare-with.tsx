import { SUBMIT_BUTTON } from '@/components/ui/button';
import { FIELD } from '@/components/ui/form-field';
import { Link } from '@/components/ui/link';
import type { CompareWith as CompareWithView } from '@/lib/job-compare/server';
import { routes } from '@/lib/routes';
import { TitleOptions } from './title-options';

/** A job page's "Compare with...": direct links to the titles it names, and a form for any other. */
export function CompareWith({ compare, name }: { compare: CompareWithView; name: string }) {
  return (
    <>
      {compare.links.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {compare.links.map((link) => (
            <li key={link.slug}>
              <Link href={routes.jobCompare(compare.slug, link.slug)}>
                {name} and {link.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        method="get"
        action={routes.jobCompare()}
        className="flex max-w-xl flex-wrap items-end gap-3 print:hidden"
      >
        <input type="hidden" name="a" value={compare.slug} />
        <div className="min-w-0 flex-1">
          <label htmlFor="compare-with" className="block font-medium">
            Or compare with any title
          </label>
          <select id="compare-with" name="b" defaultValue="" required className={FIELD}>
            <option value="" disabled>
              Choose a title
            </option>
            <TitleOptions options={compare.options} />
          </select>
        </div>
        <button type="submit" className={SUBMIT_BUTTON}>
          Compare
        </button>
      </form>
    </>
  );
}
