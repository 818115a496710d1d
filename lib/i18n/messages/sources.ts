// The /sources/ page: its own words. Publishers and titles are citations, shown as published.
import { defineMessages } from '../define';

export const sourcesMessages = defineMessages({
  en: {
    metaTitle: 'Sources',
    metaDescription:
      'Every source this site cites: publisher, title, address, edition and the date it was recorded, and whether it is the publisher itself or a site reporting it.',
    title: 'Sources',
    standing:
      'Every figure on this site links here. <strong>Primary</strong> sources are the publisher’s own pages (BLS, O*NET, AAPC, AHIMA and others). <strong>Secondary</strong> sources are other sites reporting a publisher’s figures; the site labels figures from them as reported, and shows the primary figure beside them where it has one.',
    recordedNote:
      '“Recorded” is the date the fact was recorded for this site. Some pages were older editions at the time; the edition says which.',
    languageNote: 'Publishers and titles are given as published.',
    primary: 'Primary sources',
    secondary: 'Secondary sources',
    edition: 'Edition',
    recorded: 'Recorded',
    reports: 'Reports',
    note: 'Note',
  },
  es: {
    metaTitle: 'Fuentes',
    metaDescription:
      'Cada fuente que cita este sitio: quién la publica, su título, su dirección, su edición y la fecha en que se registró, y si es quien publica el dato o un sitio que lo reporta.',
    title: 'Fuentes',
    standing:
      'Cada dato de este sitio tiene un enlace a esta página. Las fuentes <strong>primarias</strong> son las páginas de quien publica el dato (BLS, O*NET, AAPC, AHIMA y otros). Las fuentes <strong>secundarias</strong> son otros sitios que reportan los datos de quien los publica. El sitio marca sus datos como reportados y, si tiene el dato de la fuente primaria, lo muestra al lado.',
    recordedNote:
      '“Registrada” es la fecha en que se registró el dato para este sitio. En esa fecha, algunas páginas ya eran ediciones antiguas. La edición dice cuáles.',
    languageNote:
      'Los nombres de quienes publican y los títulos aparecen en inglés, como se publicaron.',
    primary: 'Fuentes primarias',
    secondary: 'Fuentes secundarias',
    edition: 'Edición',
    recorded: 'Registrada',
    reports: 'Reporta datos de',
    note: 'Nota',
  },
});
