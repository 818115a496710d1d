import { Link } from '@/components/ui/link';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';

/** The counselor kit's other pages, in `locale`. Not printed: a sheet of paper has no links. */
export function KitLinks({ current, locale }: { current: string; locale: Locale }) {
  const words = getMessages(locale).counselors.kit;
  const links = routesFor(locale);
  const pages = [
    { href: links.counselors(), label: words.summary },
    { href: links.counselorsHandout(), label: words.handout },
    { href: links.counselorsLessonPlan(), label: words.lessonPlan },
  ];
  return (
    <nav aria-label={words.nav} className="mb-8 print:hidden">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {pages
          .filter((page) => page.href !== current)
          .map((page) => (
            <li key={page.href}>
              <Link href={page.href}>{page.label}</Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
