import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PrintFooter } from '@/components/layout/print-footer';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getOnetRelease, getSiteInfo } from '@/lib/content';
import { SITE_URL } from '@/lib/site';
import { socialImages } from '@/lib/metadata';
import { THEME_BOOT_SCRIPT } from '@/lib/theme';
import './globals.css';

const site = getSiteInfo();

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { canonical: '/' },
  openGraph: {
    type: 'website',
    siteName: site.name,
    locale: 'en_US',
    ...socialImages('home').openGraph,
  },
  twitter: socialImages('home').twitter,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 dark:focus:bg-slate-900"
        >
          Skip to main content
        </a>
        <SiteHeader siteName={site.name} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 pt-4 pb-8 focus:outline-none sm:pt-8"
        >
          {children}
        </main>
        <PrintFooter
          siteName={site.name}
          siteUrl={SITE_URL}
          contentReviewed={site.contentReviewed}
        />
        <SiteFooter
          siteName={site.name}
          contentReviewed={site.contentReviewed}
          onetRelease={getOnetRelease()}
        />
      </body>
    </html>
  );
}
