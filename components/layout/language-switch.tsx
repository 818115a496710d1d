'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { pageTwin, type Locale } from '@/lib/i18n';

/**
 * The link to this page in the other language. Built with the page (its path is known when the page
 * is exported), so it works without JavaScript; with it, the query and the "#" part follow too, so
 * a quiz result or a search opens the same in the other language. A plain <a>: the other language
 * has its own root layout (<html lang>), so the switch is a full page load.
 */
export function LanguageSwitch({
  locale,
  label,
  name,
  hrefLang,
}: {
  /** The language the link goes to. */
  locale: Locale;
  /** What the link says to a screen reader, in the language it goes to. */
  label: string;
  /** The language's own name, shown from the sm breakpoint up. */
  name: string;
  hrefLang: string;
}) {
  const pathname = usePathname();
  // Next's own "page not found" route has an address a reader never asked for: offer the home page.
  const twin = pathname.startsWith('/_')
    ? pageTwin('/', locale)
    : pageTwin(pathname.endsWith('/') ? pathname : `${pathname}/`, locale);
  const [rest, setRest] = useState('');

  useEffect(() => {
    const update = () => setRest(`${window.location.search}${window.location.hash}`);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  return (
    <a
      href={`${twin}${rest}`}
      hrefLang={hrefLang}
      lang={hrefLang}
      aria-label={label}
      data-language-switch=""
      className="rounded-md border border-slate-300 px-2 py-1.5 text-sm font-medium text-slate-800 no-underline hover:bg-slate-100 sm:px-3 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      {/* On a phone the row has room for the code only; the label says the rest. */}
      <span className="sm:hidden">{locale.toUpperCase()}</span>
      <span className="hidden sm:inline">{name}</span>
    </a>
  );
}
