import { Link } from '@/components/ui/link';
import type { RoleCard } from '@/lib/roles';

/** A card per role: its name, linked to its page, and its summary. */
export function RoleCards({ roles }: { roles: readonly RoleCard[] }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2">
      {roles.map((role) => (
        <li
          key={role.slug}
          className="rounded-lg border border-slate-200 p-5 dark:border-slate-700"
        >
          <h2 className="text-xl font-semibold">
            <Link href={role.href}>{role.name}</Link>
          </h2>
          <p className="mt-2">{role.summary}</p>
        </li>
      ))}
    </ul>
  );
}
