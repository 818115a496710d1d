import { Link } from '@/components/ui/link';
import { routes } from '@/lib/routes';

const KIT_PAGES = [
  { href: routes.counselors(), label: 'Quiz link and class summary' },
  { href: routes.counselorsHandout(), label: 'One-page handout to print' },
  { href: routes.counselorsLessonPlan(), label: 'Lesson plan for one class' },
] as const;

/** The counselor kit's other pages. Not printed: a sheet of paper has no links. */
export function KitLinks({ current }: { current: string }) {
  return (
    <nav aria-label="Counselor kit" className="mb-8 print:hidden">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {KIT_PAGES.filter((page) => page.href !== current).map((page) => (
          <li key={page.href}>
            <Link href={page.href}>{page.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
