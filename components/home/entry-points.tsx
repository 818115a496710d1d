import { Link } from '@/components/ui/link';
import type { HomePage } from '@/lib/home';

/** The home page's "Where to next" cards. */
export function EntryPoints({ entries }: { entries: HomePage['entryPoints'] }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {entries.map((entry) => (
        <li
          key={entry.href}
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        >
          <h3 className="font-semibold">
            <Link href={entry.href}>{entry.label}</Link>
          </h3>
          <p className="mt-1">{entry.description}</p>
        </li>
      ))}
    </ul>
  );
}
