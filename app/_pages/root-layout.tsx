// The root layout of each language's tree (app/(en)/layout.tsx, app/(es)/es/layout.tsx): the two
// differ only in their language, which sets <html lang> and every word around the page.
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PrintFooter } from '@/components/layout/print-footer';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getOnetRelease, getSiteInfo } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { formatMessage, openGraphLocale, splitAtPlaceholder, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { socialImages } from '@/lib/metadata';
import { routesFor } from '@/lib/routes';
import { absoluteUrl, SITE_URL } from '@/lib/site';
import { THEME_BOOT_SCRIPT } from '@/lib/theme';
import '../globals.css';

export function rootMetadata(locale: Locale): Metadata {
  const site = getSiteInfo(locale);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { canonical: routesFor(locale).home() },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: openGraphLocale(locale),
      ...socialImages('home').openGraph,
    },
    twitter: socialImages('home').twitter,
  };
}

export const rootViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

/** A message around a {date}, split so the date can sit in a <time> element. */
function reviewedParts(message: string, date: string, isoDay: string) {
  const [before, after] = splitAtPlaceholder(message, 'date');
  return { before, date, isoDay, after };
}

export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  const site = getSiteInfo(locale);
  const messages = getMessages(locale).layout;
  const reviewed = formatDate(site.contentReviewed, locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 dark:focus:bg-slate-900"
        >
          {messages.skipLink}
        </a>
        <SiteHeader siteName={site.name} locale={locale} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 pt-4 pb-8 focus:outline-none sm:pt-8"
        >
          {children}
        </main>
        <PrintFooter
          siteUrl={SITE_URL}
          printedFrom={formatMessage(messages.printedFrom, { site: site.name })}
          reviewed={reviewedParts(
            formatMessage(messages.printedReviewed, {
              date: '{date}',
              address: absoluteUrl(routesFor(locale).sources()),
            }),
            reviewed,
            site.contentReviewed.slice(0, 10),
          )}
        />
        <SiteFooter
          siteName={site.name}
          contentReviewed={site.contentReviewed}
          onetRelease={getOnetRelease()}
          locale={locale}
        />
      </body>
    </html>
  );
}
