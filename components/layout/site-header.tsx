import { Link } from '@/components/ui/link';
import { LOCALE_NAMES, otherLocale, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { navPages } from '@/lib/navigation';
import { routesFor } from '@/lib/routes';
import { LanguageSwitch } from './language-switch';
import { MenuDisclosure } from './menu-disclosure';
import { ThemeToggle } from './theme-toggle';

const NAV_LINK =
  'block py-1.5 font-medium text-slate-800 no-underline hover:underline dark:text-slate-100';

function NavLinks({ className, locale }: { className: string; locale: Locale }) {
  return (
    <ul className={className}>
      {navPages('main', locale).map((item) => (
        <li key={item.id}>
          <Link href={item.href} className={NAV_LINK}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * One row on a phone, down to 360px: the site's name, the menu, and the language and theme
 * switches. Below the lg breakpoint the pages sit behind a Menu button (a disclosure that works
 * without JavaScript); from lg up they are listed in a row of their own under the site's name and
 * the switches, as the names in Spanish are too long to share one row with them.
 */
export function SiteHeader({ siteName, locale }: { siteName: string; locale: Locale }) {
  const messages = getMessages(locale).layout;
  const other = otherLocale(locale);
  return (
    <header className="relative border-b border-slate-200 dark:border-slate-800 print:hidden">
      <div className="mx-auto flex max-w-5xl items-center gap-x-1.5 px-4 py-2.5 whitespace-nowrap sm:gap-x-3 lg:flex-wrap lg:gap-x-6">
        <Link
          href={routesFor(locale).home()}
          className="shrink-0 text-base font-bold text-slate-900 no-underline sm:text-lg dark:text-white"
        >
          {siteName}
        </Link>
        <nav
          aria-label={messages.mainNav}
          className="ml-auto lg:order-last lg:ml-0 lg:w-full lg:pt-1"
        >
          <MenuDisclosure label={messages.menu} className="lg:hidden">
            <NavLinks
              locale={locale}
              className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-4 py-2 shadow-md dark:border-slate-800 dark:bg-slate-950"
            />
          </MenuDisclosure>
          <NavLinks locale={locale} className="hidden flex-wrap gap-x-4 lg:flex" />
        </nav>
        <div className="flex shrink-0 gap-x-1.5 sm:gap-x-2 lg:ml-auto">
          <LanguageSwitch
            locale={other}
            name={LOCALE_NAMES[other]}
            label={messages.otherLanguageLabel}
            hrefLang={other}
          />
          <ThemeToggle label={messages.darkTheme} />
        </div>
      </div>
    </header>
  );
}
