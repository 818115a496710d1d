import { Link } from '@/components/ui/link';
import { navPages, routes } from '@/lib/routes';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href={routes.home()}
          className="text-lg font-bold text-slate-900 no-underline dark:text-white"
        >
          {siteName}
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {navPages('main').map((item) => (
              <li key={item.path}>
                <Link
                  href={item.path}
                  className="inline-block py-1.5 font-medium text-slate-800 no-underline hover:underline dark:text-slate-100"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto sm:ml-0">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
