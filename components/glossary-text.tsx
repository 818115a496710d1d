// Kept for components/finder/job-title-profile.tsx, outside the glossary feature, which passes plain
// text: its view model should carry linkGlossaryTerms(text) and render
// '@/components/glossary/glossary-text'. To delete once no caller is left.
import { GlossaryText as LinkedGlossaryText } from '@/components/glossary/glossary-text';
import { linkGlossaryTerms } from '@/lib/glossary';

export function GlossaryText({ text }: { text: string }) {
  return <LinkedGlossaryText text={linkGlossaryTerms(text)} />;
}
