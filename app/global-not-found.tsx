// Every address that matches no page, in either language: a static host serves this one 404 page
// for all of them. The site has a root layout per language, so this page brings its own (English
// first, as the default language); its text speaks both languages.
import { NotFoundPage, notFoundMetadata } from '@/app/_pages/not-found';
import { RootLayout } from '@/app/_pages/root-layout';

export const metadata = notFoundMetadata;

export default function GlobalNotFound() {
  return (
    <RootLayout locale="en">
      <NotFoundPage />
    </RootLayout>
  );
}
