// The words around every page: header, footer, skip link, theme and language switches, the print
// footer, and the "page not found" page.
import { defineMessages } from '../define';

export const layoutMessages = defineMessages({
  en: {
    skipLink: 'Skip to main content',
    mainNav: 'Main',
    moreNav: 'More',
    menu: 'Menu',
    darkTheme: 'Dark theme',
    languageSwitch: 'Language',
    /** The link to the same page in the other language, in that language. */
    otherLanguage: 'Español',
    otherLanguageLabel: 'Esta página en español',
    reviewed:
      'Content last reviewed against its sources on {date}. Every figure names its source and date; see <sources>all sources</sources>.',
    cities:
      'City names in the job-title finder come from <geonames>GeoNames</geonames>, used under <licence>CC BY 4.0</licence>.',
    independent:
      '{site} is an independent guide. It sends nothing anywhere: no tracking, no accounts, no third-party requests.',
    printedFrom: 'Printed from {site}:',
    printedReviewed:
      'Content last reviewed against its sources on {date}. Every figure names its source and date; all sources, with links: {address}',
    notFoundTitle: 'Page not found',
    notFoundLead:
      'There is no page at this address. It may have moved, or the link may have a typo.',
    notFoundNext: 'Where to go next',
    notFoundSearch: 'Search job titles for “{words}”',
  },
  es: {
    skipLink: 'Saltar al contenido principal',
    mainNav: 'Principal',
    moreNav: 'Más',
    menu: 'Menú',
    darkTheme: 'Oscuro',
    languageSwitch: 'Idioma',
    otherLanguage: 'English',
    otherLanguageLabel: 'This page in English',
    reviewed:
      'Revisamos el contenido con sus fuentes por última vez el {date}. Cada cifra dice su fuente y su fecha; vea <sources>todas las fuentes</sources>.',
    cities:
      'Los nombres de ciudades del buscador de puestos vienen de <geonames>GeoNames</geonames>, con la licencia <licence>CC BY 4.0</licence>.',
    independent:
      '{site} es una guía independiente. No envía nada a ningún lugar: no rastrea, no pide cuentas y no hace pedidos a otros sitios.',
    printedFrom: 'Impreso de {site}:',
    printedReviewed:
      'Revisamos el contenido con sus fuentes por última vez el {date}. Cada cifra dice su fuente y su fecha; todas las fuentes, con enlaces: {address}',
    notFoundTitle: 'No encontramos la página',
    notFoundLead: 'No hay ninguna página en esta dirección. Tal vez se movió o el enlace está mal.',
    notFoundNext: 'Adónde ir ahora',
    notFoundSearch: 'Buscar puestos con “{words}”',
  },
});
