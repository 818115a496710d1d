import { glossaryMetadata, GlossaryPage } from '@/app/_pages/glossary';

export const metadata = glossaryMetadata('en');

export default function Page() {
  return <GlossaryPage locale="en" />;
}
