// The few words around a source and a figure (components/ui/source-citation.tsx,
// measured-figure.tsx). Those components also run inside client islands, so they import this one
// small namespace by itself, never the whole set of catalogs.
import { defineMessages } from '../define';

export const citationMessages = defineMessages({
  en: {
    asReportedBy: 'as reported by',
    earlierFigures: 'Earlier figures and other sources',
  },
  es: {
    asReportedBy: 'según',
    earlierFigures: 'Cifras anteriores y otras fuentes',
  },
});
