// The /outlook page: its sections, charts, tables and the sentences around the content's figures.
import { defineMessages } from '../define';

export const outlookMessages = defineMessages({
  en: {
    metaTitle: 'Pay and job outlook for medical coders and billers',
    metaDescription:
      'Median pay and projected job growth for medical coders, billers and the roles they grow into, in charts and tables, each figure with its source and date.',
    title: 'Pay and job outlook',
    summary: 'The short version',
    payTitle: 'Median pay',
    payIntro:
      'Half the workers in an occupation earn more than the median, half earn less. Your own pay depends on your state, your employer, your credentials and your experience.',
    payChart: 'Median annual pay by occupation',
    payChartPeriod: 'Median annual pay by occupation, {period}',
    payCaption:
      'Median annual pay: the newest figure of each occupation, with its source and date. Earlier figures and other sources are behind each one.',
    payHeading: 'Median pay, with source and date',
    growthTitle: 'Projected job growth',
    growthIntro:
      'How much the number of jobs is expected to change over each projection’s period, shown with its figure. A bar to the left of the zero line means fewer jobs at the end of the period than at the start.',
    growthChart: 'Projected change in the number of jobs, by occupation',
    growthChartPeriod: 'Projected change in the number of jobs, by occupation, {period}',
    growthCaption:
      'Projected change in jobs: the newest projection of each occupation, with its source and period. Earlier projections and other sources are behind each one.',
    growthHeading: 'Projected change, with source and period',
    openingsTitle: 'Openings each year',
    openingsIntro:
      'Openings count new jobs and jobs left by people who retire or change careers. That is why an occupation that is not growing can still have many openings.',
    openingsCaption: 'Projected openings each year, with source and period.',
    openingsHeading: 'Openings a year, with source and period',
    statesTitle: 'Coder pay by state',
    aboutTitle: 'About these figures',
    aboutSources:
      'Every source, with its address and the date it was read, is on the <sources>sources page</sources>.',
    next: 'Next: <paths>career paths from entry to lead</paths>, or <compare>coder and biller side by side</compare>.',
    questions: 'Questions people ask',
    chartNone: 'No figure is published here yet.',
    chartNote:
      'Every bar is a {period} figure, so the bars compare like with like. A job whose newest figure is from another time is not in the chart. The table below lists it, with its source and date.',
    secondaryDetail: ' · secondary source',
    noProjection: 'No projection is published here yet.',
    occupationNote: '{title}, {note}.',
    typicalEducation: 'Typical education:',
    occupation: 'Occupation',
    notPublished: 'Not published here yet. See the <bls>BLS page</bls>.',
    blsPageFor: ' for {title}',
    notInChart: 'Not in the chart, which shows {period} figures only.',
    noStates:
      'No state figures are held here yet. The <bls>BLS wage page for {title}</bls> has a map and a table for every state.',
    stateIntroOne:
      '{measure} of {title} in {count} place, {asOf}, beside the national figure of the same period. States not listed are not held here; the <bls>BLS wage page for {title}</bls> has every state.',
    stateIntroMany:
      '{measure} of {title} in {count} places, {asOf}, beside the national figure of the same period. States not listed are not held here; the <bls>BLS wage page for {title}</bls> has every state.',
    stateCaption:
      '{measure} of {title} ({code}) by state, {asOf}, with the national figure of the same period.',
    moreStates: 'More state figures: other measures and years',
    place: 'Place',
    stateColumn: '{measure}, {asOf}, with source',
    unitedStates: 'United States',
    noNational: 'No national figure of the same period is held here.',
  },
  es: {
    metaTitle: 'Salario y perspectivas de empleo de codificadores y facturadores médicos',
    metaDescription:
      'El salario mediano y el crecimiento previsto de los empleos de codificadores médicos, facturadores y los puestos a los que llegan, en gráficas y tablas. Cada cifra con su fuente y su fecha.',
    title: 'Salario y perspectivas de empleo',
    summary: 'En pocas palabras',
    payTitle: 'Salario mediano',
    payIntro:
      'En una ocupación, la mitad de los trabajadores gana más que el salario mediano y la mitad gana menos. Su propio salario depende de su estado, su empleador, sus credenciales y su experiencia.',
    payChart: 'Salario mediano al año por ocupación',
    payChartPeriod: 'Salario mediano al año por ocupación, {period}',
    payCaption:
      'Salario mediano al año: la cifra más nueva de cada ocupación, con su fuente y su fecha. Las cifras anteriores y otras fuentes están detrás de cada una.',
    payHeading: 'Salario mediano, con fuente y fecha',
    growthTitle: 'Crecimiento previsto de los empleos',
    growthIntro:
      'Cuánto se espera que cambie el número de empleos durante el periodo de cada previsión, con su cifra. Una barra a la izquierda de la línea del cero quiere decir que hay menos empleos al final del periodo que al principio.',
    growthChart: 'Cambio previsto en el número de empleos, por ocupación',
    growthChartPeriod: 'Cambio previsto en el número de empleos, por ocupación, {period}',
    growthCaption:
      'Cambio previsto en los empleos: la previsión más nueva de cada ocupación, con su fuente y su periodo. Las previsiones anteriores y otras fuentes están detrás de cada una.',
    growthHeading: 'Cambio previsto, con fuente y periodo',
    openingsTitle: 'Vacantes cada año',
    openingsIntro:
      'Las vacantes cuentan los empleos nuevos y los que dejan las personas que se jubilan o cambian de carrera. Por eso una ocupación que no crece puede tener muchas vacantes.',
    openingsCaption: 'Vacantes previstas cada año, con fuente y periodo.',
    openingsHeading: 'Vacantes al año, con fuente y periodo',
    statesTitle: 'Salario de los codificadores por estado',
    aboutTitle: 'Sobre estas cifras',
    aboutSources:
      'Cada fuente, con su dirección y la fecha en que se leyó, está en la <sources>página de fuentes</sources>.',
    next: 'Siga con: <paths>los caminos de carrera, del inicio a la dirección</paths>, o <compare>el codificador y el facturador lado a lado</compare>.',
    questions: 'Preguntas que hace la gente',
    chartNone: 'Todavía no se publica aquí ninguna cifra.',
    chartNote:
      'Cada barra es una cifra de {period}, así que las barras comparan cosas iguales. Un empleo cuya cifra más nueva es de otra fecha no está en la gráfica. La tabla de abajo lo muestra, con su fuente y su fecha.',
    secondaryDetail: ' · fuente secundaria',
    noProjection: 'Todavía no se publica aquí ninguna previsión.',
    occupationNote: '{title}, {note}.',
    typicalEducation: 'Estudios típicos:',
    occupation: 'Ocupación',
    notPublished: 'Todavía no se publica aquí. Vea la <bls>página de la BLS</bls>.',
    blsPageFor: ' sobre {title}',
    notInChart: 'No está en la gráfica, que solo muestra cifras de {period}.',
    noStates:
      'Todavía no hay cifras por estado aquí. La <bls>página de salarios de la BLS sobre {title}</bls> tiene un mapa y una tabla de cada estado.',
    stateIntroOne:
      '{measure} de {title} en {count} lugar, {asOf}, junto a la cifra nacional del mismo periodo. Los estados que no aparecen no están aquí; la <bls>página de salarios de la BLS sobre {title}</bls> tiene todos los estados.',
    stateIntroMany:
      '{measure} de {title} en {count} lugares, {asOf}, junto a la cifra nacional del mismo periodo. Los estados que no aparecen no están aquí; la <bls>página de salarios de la BLS sobre {title}</bls> tiene todos los estados.',
    stateCaption:
      '{measure} de {title} ({code}) por estado, {asOf}, con la cifra nacional del mismo periodo.',
    moreStates: 'Más cifras por estado: otras medidas y otros años',
    place: 'Lugar',
    stateColumn: '{measure}, {asOf}, con fuente',
    unitedStates: 'Estados Unidos',
    noNational: 'No hay aquí una cifra nacional del mismo periodo.',
  },
});
