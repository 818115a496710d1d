// The /compare page and the comparison table (also on the home page and the counselors' handout).
import { defineMessages } from '../define';

export const compareMessages = defineMessages({
  en: {
    title: 'Medical coder vs medical biller',
    metaTitle: 'Medical coder vs medical biller: side by side',
    metaDescription:
      'Duties, skills, code sets, education, certifications, pay and job outlook of medical coders and medical billers, each figure with its source and date.',
    intro:
      'The two jobs sit side by side in the same office and often share a job title, but the work is different. Coders read medical records and assign codes; billers turn those codes into claims and make sure they are paid. Every figure below names its source and date.',
    ownPages:
      'Each job has its own page: <coder>medical coder</coder> and <biller>medical biller</biller>.',
    caption:
      'Medical coder and medical biller compared on {count} points. Pay and outlook are the government figures for the occupation each job falls under.',
    notSure: 'Not sure yet? <quiz>Take the role-fit quiz</quiz>.',
    table: {
      rows: {
        focus: 'Focus',
        duties: 'Daily duties',
        skills: 'Core skills',
        tools: 'Tools and code sets',
        settings: 'Where they work',
        remote: 'Remote work',
        education: 'Typical education',
        firstCertification: 'First certification',
        otherCertifications: 'Other certifications',
        pay: 'Median pay',
        outlook: 'Job outlook',
        advancement: 'Where it leads',
      },
      periodNote: 'These figures are not from the same period: {periods}.',
      periodJoin: ' and ',
      dimension: 'Dimension',
      governmentProfile: 'Government profile:',
      notPublished: 'Not published here yet.',
    },
  },
  es: {
    title: 'Codificador médico o facturador médico',
    metaTitle: 'Codificador médico o facturador médico: lado a lado',
    metaDescription:
      'Tareas, habilidades, sistemas de códigos, educación, certificaciones, salario y perspectivas de empleo de codificadores y facturadores médicos, cada cifra con su fuente y su fecha.',
    intro:
      'Los dos trabajos están en la misma oficina y a menudo tienen el mismo nombre de puesto, pero el trabajo es distinto. Los codificadores leen el expediente médico y ponen códigos. Los facturadores usan esos códigos para hacer reclamaciones a la aseguradora y se aseguran de que se paguen. Cada cifra dice su fuente y su fecha.',
    ownPages:
      'Cada trabajo tiene su propia página: <coder>codificador médico</coder> y <biller>facturador médico</biller>.',
    caption:
      'El codificador médico y el facturador médico comparados en {count} puntos. El salario y las perspectivas son las cifras del gobierno para la ocupación de cada trabajo.',
    notSure: '¿Todavía no sabe? <quiz>Haga el cuestionario</quiz>.',
    table: {
      rows: {
        focus: 'En qué se centra',
        duties: 'Tareas diarias',
        skills: 'Habilidades clave',
        tools: 'Herramientas y sistemas de códigos',
        settings: 'Dónde trabajan',
        remote: 'Trabajo remoto',
        education: 'Educación habitual',
        firstCertification: 'Primera certificación',
        otherCertifications: 'Otras certificaciones',
        pay: 'Salario mediano',
        outlook: 'Perspectivas de empleo',
        advancement: 'Adónde lleva',
      },
      periodNote: 'Estas cifras no son del mismo período: {periods}.',
      periodJoin: ' y ',
      dimension: 'Aspecto',
      governmentProfile: 'Perfil del gobierno:',
      notPublished: 'Todavía no se publica aquí.',
    },
  },
});
