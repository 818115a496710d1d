// The "page not found" page. A static host serves one 404 page for every missing address, in either
// language, so it speaks both: English first, then Spanish, each marked with its language.
import type { Metadata } from 'next';
import { MissingTitleSearch } from '@/components/finder/missing-title-search';
import { Link } from '@/components/ui/link';
import { LOCALES, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { notFoundLinks } from '@/lib/navigation';

export const notFoundMetadata: Metadata = {
  title: LOCALES.map((locale) => getMessages(locale).layout.notFoundTitle).join(' / '),
  description: LOCALES.map((locale) => getMessages(locale).layout.notFoundLead).join(' '),
};

function NotFoundPart({ locale, first }: { locale: Locale; first: boolean }) {
  const messages = getMessages(locale).layout;
  const Heading = first ? 'h1' : 'h2';
  return (
    <section
      lang={locale}
      className={first ? '' : 'mt-10 border-t border-slate-200 pt-6 dark:border-slate-800'}
    >
      <Heading className="text-2xl font-bold tracking-tight sm:text-3xl">
        {messages.notFoundTitle}
      </Heading>
      <p className="mt-3 max-w-3xl text-lg">{messages.notFoundLead}</p>
      <h2 className="mt-4 text-lg font-semibold">{messages.notFoundNext}</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {notFoundLinks(locale).map((link) => (
          <li key={link.id}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NotFoundPage() {
  const searchFor = {
    en: getMessages('en').layout.notFoundSearch,
    es: getMessages('es').layout.notFoundSearch,
  };
  return (
    <>
      <NotFoundPart locale="en" first />
      <div data-js-only="">
        <MissingTitleSearch searchFor={searchFor} />
      </div>
      <NotFoundPart locale="es" first={false} />
    </>
  );
}
