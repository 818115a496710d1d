// Kept for components/finder/job-title-profile.tsx, outside the glossary feature: import GlossaryText
// from '@/components/glossary/glossary-text' instead. To delete once no caller is left.
export { GlossaryText } from './glossary/glossary-text';
