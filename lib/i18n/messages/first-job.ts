// The words of /first-job/ and of the entry-friendly titles' "Starting out" lines (the guide, the job
// pages, the finder): the evidence tags, the beginner ratings, the paths and the lists' names.
import { defineMessages, type Translation } from '../define';

export const firstJobMessages = defineMessages({
  en: {
    onThisPage: 'On this page',
    bridgeJobsLabel: 'Bridge jobs, from the front desk on',
    entryTitlesLabel: 'Job titles that hire beginners',
    evidenceRule: 'The rule',
    evidenceOfficial: 'Official source',
    evidenceSurvey: 'Survey',
    evidencePractitioner: 'What coders and trainers say',
    evidenceProvider: 'A program about itself',
    evidenceAdvice: 'Our advice',
    evidenceUnknown: 'Not known',
    beginnersOften: 'Often hires beginners',
    beginnersSometimes: 'Sometimes hires beginners',
    pathCoding: 'coding',
    pathBilling: 'billing',
    pathsOr: '{first} or {second}',
    pathsLabel: 'A first step into {paths}',
    whatFirst: 'What to do first:',
  },
  es: {
    onThisPage: 'En esta página',
    bridgeJobsLabel: 'Empleos puente, desde la recepción en adelante',
    entryTitlesLabel: 'Nombres de puestos que contratan a principiantes',
    evidenceRule: 'La regla',
    evidenceOfficial: 'Fuente oficial',
    evidenceSurvey: 'Encuesta',
    evidencePractitioner: 'Lo que dicen codificadores e instructores',
    evidenceProvider: 'Un programa sobre sí mismo',
    evidenceAdvice: 'Nuestro consejo',
    evidenceUnknown: 'No se sabe',
    beginnersOften: 'Contrata principiantes con frecuencia',
    beginnersSometimes: 'A veces contrata principiantes',
    pathCoding: 'la codificación',
    pathBilling: 'la facturación',
    pathsOr: '{first} o {second}',
    pathsLabel: 'Un primer paso hacia {paths}',
    whatFirst: 'Qué hacer primero:',
  },
});

export type FirstJobMessages = Translation<(typeof firstJobMessages)['en']>;
