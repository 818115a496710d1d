import { glossaryMetadata, GlossaryPage } from '@/app/_pages/glossary';

export const metadata = glossaryMetadata('es');

export default function Page() {
  return <GlossaryPage locale="es" />;
}
