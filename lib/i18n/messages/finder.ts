// The job-title finder (/jobs/): its page, the search box, the results, the place panel and the
// sentences lib/finder builds (what Enter understood, the live region's summary, places in words).
import {
  ENTRY_FRIENDLY_LABEL,
  FAMILY_DESCRIPTIONS,
  FAMILY_LABELS,
  LEVEL_LABELS,
} from '@/lib/finder/labels';
import { defineMessages } from '../define';

export const finderMessages = defineMessages({
  en: {
    page: {
      title: 'Job-title finder',
      description:
        'Type a job title, a credential such as CPC, or a typo, and find the coding, billing or health information job it names, with what it takes and where to search openings.',
      heading: 'Find your job title',
      intro:
        'Job ads use many names for the same work. Type a title, a credential such as CPC, or a few words about the job.',
      noScript:
        '<strong>The search needs JavaScript</strong>, which is off in this browser, so it cannot look up what you typed. Every job title is listed below by family: <list>go to the list</list>, or use your browser’s “Find in page” to look for a word.',
      loadFailed: 'The search could not load. Browse the job titles by family below.',
    },
    box: {
      formLabel: 'Job titles',
      whatLabel: 'What is your dream job?',
      whatPlaceholder: 'e.g. coding auditor, CPC, AR caller',
      whatHint: 'A job title, a credential (CPC, RHIT) or a few words about the work.',
      whereLabel: 'Where?',
      wherePlaceholder: 'City, state or remote',
      whereHint: 'A city, state or ZIP code, or “remote”. Leave it empty for the whole US.',
      nationwideOption: 'Nationwide',
      remoteOption: 'Remote',
      search: 'Search',
      loading: 'Loading the job titles…',
      tryExamples: 'Try {examples}.',
      examples: {
        credential: 'CPC',
        credentialQuery: 'cpc',
        slang: 'AR caller',
        slangQuery: 'ar caller',
        inState: 'coding auditor in Ohio',
        inStateQuery: 'coding auditor',
        remote: 'remote medical biller',
        remoteQuery: 'medical biller',
      },
    },
    filters: {
      legend: 'Narrow the list',
      family: 'Family',
      allFamilies: 'All families',
      level: 'Level',
      anyLevel: 'Any level',
      entryFriendly: ENTRY_FRIENDLY_LABEL,
      oftenRemote: 'Often remote once experienced',
    },
    // The English labels are lib/finder's own (the certification pages use them too).
    families: FAMILY_LABELS,
    familyDescriptions: FAMILY_DESCRIPTIONS,
    levels: LEVEL_LABELS,
    catalog: {
      heading: 'All job titles by family',
      count: '({count} titles)',
    },
    results: {
      listLabel: 'Matching job titles',
      alsoCalled: 'Also called <name></name>',
      inEnglish: 'In English: <en>{title}</en>',
      onetListed: 'O*NET lists it under {occupation}.',
      noPage: 'No page on this site: the link opens O*NET.',
      oftenRemote: 'Often remote',
      hiresBeginners: 'Hires beginners',
    },
    status: {
      noneFitFilters: 'No job titles fit these filters',
      noneMatchWithFilters: 'No job titles match “{query}” with these filters',
      tryAnotherChoice: 'Try another choice, or clear the filters to see every match.',
      oftenRemoteNote:
        '“Often remote” marks only the titles whose description here says the work is often remote.',
      clearFilters: 'Clear the filters',
      fitCount: {
        one: '{count} job title fits these filters.',
        other: '{count} job titles fit these filters.',
      },
      showingResultsFor: 'Showing results for <strong>{query}</strong>.',
      searchInsteadFor: 'Search instead for “{query}”',
      leftOut: {
        one: 'Left out, as no job title uses it: {words}.',
        other: 'Left out, as no job title uses them: {words}.',
      },
      quotedWord: '“{word}”',
      noMatch: 'No job titles match “{query}”',
      noMatchHint:
        'Try a job title such as medical coder, a credential such as CPC, or a few words about the work.',
      closestSimilar: 'The closest titles:',
      closestCommon: 'Common titles to start from:',
      browseFamilies: 'Or browse the titles by family:',
      allTitles: 'All titles',
    },
    announce: {
      theseFilters: 'these filters',
      quotedQuery: '“{query}”',
      noneMatch: 'No job titles match {what}.',
      showingBest: 'Showing the best {count} job titles for {what}.',
      found: {
        one: '{count} job title found for {what}.',
        other: '{count} job titles found for {what}.',
      },
      corrected: 'Showing results for {query}.',
      arrows: 'Use the up and down arrows to choose one.',
    },
    understood: {
      jobs: 'Jobs',
      jobsFor: 'Jobs for “{words}”',
      titleJobs: '{words} jobs',
      remoteJobs: 'Remote jobs',
      remote: '{subject}, remote',
      inPlace: '{subject} in {place}',
      movedToWhere: '“{text}” moved to Where.',
    },
    places: {
      remote: 'remote jobs',
      nationwide: 'nationwide',
    },
    boards: {
      inPlace: '{title} jobs in {place}',
      remote: '{title} jobs, remote',
      nationwide: '{title} jobs nationwide',
      on: '{search} on',
    },
    panel: {
      heading: '{title}: {place}',
      unknownPlace:
        '“{input}” is not a US state this site knows. Try a state name, a two-letter code such as OH, or “remote”. Showing nationwide.',
      occupation:
        'Pay is published for occupations, not job titles. This title belongs to the occupation <strong>{occupation}</strong>.',
      payMisleads:
        'No pay figure fits this title. The pay of its nearest job group would mislead you.',
      why: 'Why, on the {title} page',
      unitedStates: 'United States:',
      unitedStatesNewest: 'United States, newest:',
      noNationalPay: 'Pay for this occupation is not published here yet.',
      stateAndUs: '{state} and the United States, {period}:',
      stateLine: '{state}:',
      noNationalForPeriod: 'The site holds no national figure of this measure for {period}.',
      newerNational: 'Newer national figure, not comparable with the state figure above.',
      newerNationalWhy: 'The state figure above is the newest one the site holds for {state}.',
      loadingState: 'Loading pay for {state}…',
      stateFailed: 'The state pay figures could not load, so here is the national figure.',
      noStateFigure: 'There is no state pay figure for {state} on this site yet.',
      blsStatePage: 'The BLS publishes state figures on its <bls>pay page for {occupation}</bls>.',
      searchOpenings: 'Search openings',
    },
    openings: {
      intro:
        'Real job searches for <strong>{title}</strong> ({place}) on major job boards. The links open the boards’ own sites; this site fetches nothing from them.',
    },
  },
  es: {
    page: {
      title: 'Buscador de puestos',
      description:
        'Escriba el nombre de un puesto, una credencial como CPC o una palabra mal escrita. Encuentre el puesto de codificación, facturación o información de salud, lo que pide y dónde buscar vacantes.',
      heading: 'Encuentre el nombre de su puesto',
      intro:
        'Los anuncios de empleo usan muchos nombres para el mismo trabajo. Escriba un puesto, una credencial como CPC o unas palabras sobre el trabajo. Puede escribir en español o en inglés.',
      noScript:
        '<strong>La búsqueda necesita JavaScript</strong>, que está apagado en este navegador, así que no puede buscar lo que usted escribió. Todos los puestos están abajo, por grupo: <list>vaya a la lista</list>, o use la opción “Buscar en la página” de su navegador para buscar una palabra.',
      loadFailed: 'La búsqueda no se pudo cargar. Vea los puestos por grupo más abajo.',
    },
    box: {
      formLabel: 'Puestos',
      whatLabel: '¿Cuál es el trabajo de sus sueños?',
      whatPlaceholder: 'p. ej. codificador médico, CPC, cobranza',
      whatHint: 'Un puesto, una credencial (CPC, RHIT) o unas palabras sobre el trabajo.',
      whereLabel: '¿Dónde?',
      wherePlaceholder: 'Ciudad, estado o remoto',
      whereHint:
        'Una ciudad, un estado o un código postal (ZIP), o “remoto”. Déjelo vacío para todo el país.',
      nationwideOption: 'Todo el país',
      remoteOption: 'Remoto',
      search: 'Buscar',
      loading: 'Cargando los puestos…',
      tryExamples: 'Pruebe {examples}.',
      examples: {
        credential: 'CPC',
        credentialQuery: 'cpc',
        slang: 'cobranza',
        slangQuery: 'cobranza',
        inState: 'auditor de codificación en Ohio',
        inStateQuery: 'auditor de codificación',
        remote: 'facturador médico remoto',
        remoteQuery: 'facturador médico',
      },
    },
    filters: {
      legend: 'Acortar la lista',
      family: 'Grupo',
      allFamilies: 'Todos los grupos',
      level: 'Nivel',
      anyLevel: 'Cualquier nivel',
      entryFriendly: 'Para principiantes',
      oftenRemote: 'Muchas veces remoto, con experiencia',
    },
    families: {
      coding: 'Codificación',
      billing: 'Facturación',
      both: 'Codificación y facturación',
      adjacent: 'Caminos relacionados',
    },
    familyDescriptions: {
      coding: 'Convertir lo que escribió el médico en códigos, y revisar ese trabajo.',
      billing:
        'Enviar reclamaciones (claims), registrar pagos y dar seguimiento hasta que se pague la factura.',
      both: 'Puestos que combinan codificación y facturación, hasta dirigir todo el camino de la consulta al pago.',
      adjacent:
        'Expedientes de salud, registro de pacientes, revisión de los papeles de los médicos y otros trabajos cercanos.',
    },
    levels: {
      entry: 'Nivel inicial',
      mid: 'Nivel medio',
      senior: 'Sénior',
      lead: 'Líder o gerente',
    },
    catalog: {
      heading: 'Todos los puestos, por grupo',
      count: '({count} puestos)',
    },
    results: {
      listLabel: 'Puestos que coinciden',
      alsoCalled: 'Coincide con <name></name>',
      inEnglish: 'En inglés: <en>{title}</en>',
      onetListed: 'O*NET lo pone en {occupation}.',
      noPage: 'No tiene página en este sitio: el enlace abre O*NET.',
      oftenRemote: 'Muchas veces remoto',
      hiresBeginners: 'Contrata a principiantes',
    },
    status: {
      noneFitFilters: 'Ningún puesto cumple estos filtros',
      noneMatchWithFilters: 'Ningún puesto coincide con “{query}” con estos filtros',
      tryAnotherChoice: 'Pruebe otra opción, o quite los filtros para ver todo lo que coincide.',
      oftenRemoteNote:
        '“Muchas veces remoto” marca solo los puestos cuya descripción aquí dice que el trabajo muchas veces es remoto.',
      clearFilters: 'Quitar los filtros',
      fitCount: {
        one: '{count} puesto cumple estos filtros.',
        other: '{count} puestos cumplen estos filtros.',
      },
      showingResultsFor: 'Resultados para <strong>{query}</strong>.',
      searchInsteadFor: 'Buscar tal como lo escribió: “{query}”',
      leftOut: {
        one: 'Se dejó fuera, porque ningún puesto la usa: {words}.',
        other: 'Se dejaron fuera, porque ningún puesto las usa: {words}.',
      },
      quotedWord: '“{word}”',
      noMatch: 'Ningún puesto coincide con “{query}”',
      noMatchHint:
        'Pruebe un puesto como codificador médico, una credencial como CPC o unas palabras sobre el trabajo.',
      closestSimilar: 'Los puestos más parecidos:',
      closestCommon: 'Puestos comunes para empezar:',
      browseFamilies: 'O vea los puestos por grupo:',
      allTitles: 'Todos los puestos',
    },
    announce: {
      theseFilters: 'estos filtros',
      quotedQuery: '“{query}”',
      noneMatch: 'Ningún puesto coincide con {what}.',
      showingBest: 'Se muestran los {count} mejores puestos para {what}.',
      found: {
        one: 'Se encontró {count} puesto para {what}.',
        other: 'Se encontraron {count} puestos para {what}.',
      },
      corrected: 'Resultados para {query}.',
      arrows: 'Use las flechas hacia arriba y hacia abajo para elegir uno.',
    },
    understood: {
      jobs: 'Empleos',
      jobsFor: 'Empleos para “{words}”',
      titleJobs: 'Empleos de {words}',
      remoteJobs: 'Empleos remotos',
      remote: '{subject}, remotos',
      inPlace: '{subject} en {place}',
      movedToWhere: '“{text}” pasó al campo “¿Dónde?”.',
    },
    places: {
      remote: 'empleos remotos',
      nationwide: 'todo el país',
    },
    boards: {
      inPlace: 'Empleos de {title} en {place}',
      remote: 'Empleos de {title}, remotos',
      nationwide: 'Empleos de {title} en todo el país',
      on: '{search} en',
    },
    panel: {
      heading: '{title}: {place}',
      unknownPlace:
        '“{input}” no es un estado de EE. UU. que este sitio conozca. Pruebe el nombre de un estado, un código de dos letras como OH, o “remoto”. Se muestra todo el país.',
      occupation:
        'El salario se publica por ocupación, no por puesto. Este puesto está en la ocupación <strong>{occupation}</strong>.',
      payMisleads:
        'Ninguna cifra de salario sirve para este puesto. El salario del grupo de trabajo más cercano lo confundiría.',
      why: 'Por qué, en la página de {title}',
      unitedStates: 'Estados Unidos:',
      unitedStatesNewest: 'Estados Unidos, la más nueva:',
      noNationalPay: 'El salario de esta ocupación todavía no se publica aquí.',
      stateAndUs: '{state} y Estados Unidos, {period}:',
      stateLine: '{state}:',
      noNationalForPeriod: 'El sitio no tiene una cifra nacional de esta medida para {period}.',
      newerNational: 'Cifra nacional más nueva, que no se puede comparar con la cifra del estado.',
      newerNationalWhy:
        'La cifra del estado de arriba es la más nueva que el sitio tiene para {state}.',
      loadingState: 'Cargando el salario de {state}…',
      stateFailed:
        'Las cifras de salario del estado no se pudieron cargar. Esta es la cifra nacional.',
      noStateFigure: 'Este sitio todavía no tiene una cifra de salario para {state}.',
      blsStatePage:
        'La BLS publica cifras por estado en su <bls>página de salarios de {occupation}</bls>.',
      searchOpenings: 'Buscar vacantes',
    },
    openings: {
      intro:
        'Búsquedas reales de <strong>{title}</strong> ({place}) en sitios de empleos grandes. Se busca el nombre en inglés, porque esos sitios lo usan. Los enlaces abren los sitios mismos; este sitio no les pide nada.',
    },
  },
});
