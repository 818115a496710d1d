// A job title's page (/jobs/<slug>/) and the page that compares two titles (/jobs/compare/), with the
// sentences their view models build (pay, how the occupation was chosen, what a broken link lacks).
import { LEVEL_PAY_POSITIONS, OCCUPATION_MATCH_LABELS } from '@/lib/finder/labels';
import { defineMessages } from '../define';

export const jobsMessages = defineMessages({
  en: {
    title: {
      inEnglish: 'In English, as job ads name it: <en>{title}</en>',
      facts: { family: 'Family', level: 'Level', prevalence: 'How common' },
      prevalence: {
        high: 'a common title in job ads',
        medium: 'seen regularly in job ads',
        low: 'a less common title',
      },
      linkDetail: '{level}, {family}',
      sections: {
        work: 'What the work is',
        beginners: 'Starting out',
        certifications: 'Certifications',
        nextSteps: 'Next steps',
        related: 'Related titles',
        compare: 'Compare with another title',
        pay: 'Pay',
        openings: 'Search openings',
        onet: 'O*NET occupation',
      },
      alsoCalled: 'Also called:',
      firstJob: 'More on getting a first job: <link>your first coding or billing job</link>.',
      certificationsIntro: 'Employers hiring for this title often ask for one of these:',
      noCertification:
        'No certification from the bodies this site profiles is typical for this title.',
      otherCredentials: 'Other credentials seen for this title: {credentials}.',
      nextStepsIntro: 'Where this title often leads:',
      noneListed: 'None listed yet.',
      payIntro:
        'The government publishes pay for job groups (occupations), not for job titles. We put this title in the group <strong>{occupation}</strong> ({code}).',
      matchLabels: OCCUPATION_MATCH_LABELS,
      onetMatch: 'O*NET lists “{onetTitle}” under this job group.',
      spreadIntro: 'How pay spreads in this occupation, {period}:',
      noSpread: 'The spread of pay (10th to 90th percentile) for {period} is not published here.',
      payPositions: LEVEL_PAY_POSITIONS,
      noPay: {
        misleads:
          'No pay figure fits this title. The pay of the nearest job group would mislead you.',
        noFigure: 'This site has no median pay figure for {occupation} yet.',
      },
      blsLink: '<bls>BLS pay data for {occupation}</bls>, with figures for each state.',
      openingsInState: 'Search openings in a state or remote',
      onetAbout:
        'O*NET is the US Department of Labor’s job database. It describes the group <onet>{occupation} ({code})</onet>.',
      onetLists: 'It lists “{onetTitle}” under it.',
      onetNearest: 'It is the nearest one to this title, as O*NET does not list the title there.',
      compareWith: '{name} and {other}',
      compareWithChosen: '{name} and a title you choose',
    },
    compare: {
      title: 'Compare two job titles',
      description:
        'Two coding, billing or health information job titles side by side: what the work is, level, certifications, pay, remote work and next steps.',
      intro:
        'Pick two titles to see what the work is, the level, certifications, pay, remote work and where each leads, side by side. The link keeps both titles, so you can send it.',
      noScript:
        'Comparing needs JavaScript, which is off or blocked in this browser. Every title’s own page works without it: find them in the <list>list of job titles</list>.',
      sides: { a: 'First job title', b: 'Second job title' },
      chooseTitle: 'Choose a title',
      chooseTwo: 'Choose two job titles to see them side by side.',
      loading: 'Loading the two titles…',
      failed: 'These titles could not be loaded. Check the connection, then choose a title again.',
      copyLink: 'Copy link',
      print: 'Print',
      copied: 'Link copied. Paste it into a message to share this comparison.',
      copyBlocked: 'Copying was blocked. Copy the address from the address bar instead.',
      rows: {
        levelAndFamily: 'Level and family',
        certifications: 'Certifications',
        pay: 'Pay',
        remote: 'Remote work',
        nextSteps: 'Next steps',
      },
      levelAndFamily: '{level}. {family}.',
      alsoSeen: 'Also seen: {credentials}.',
      payFor:
        'For the occupation {occupation}, not the title alone. {position} Earlier figures and the spread of pay are on the <link>title’s page</link>.',
      remoteUnknown: 'This site’s description of the title does not say whether it can be remote.',
      remoteSays: 'What this site’s description says:',
      aboutPay: 'About the pay:',
      thisComparison: 'This comparison',
      printSources: 'Sources of this printout',
      sources: 'Sources',
      payNotes: {
        neither: 'Neither title has a pay figure that fits, so pay cannot be compared here.',
        onlyOne: 'Only {name} has a pay figure that fits, so pay cannot be compared here.',
        unlike:
          'Not like with like: {a} shows {measureA} for {periodA}, {b} shows {measureB} for {periodB}. Compare them with care.',
        sameOccupation:
          'Both titles sit in the same occupation, {occupation}, so the site shows the same pay for both. The figure does not tell them apart; the level says where in the range each usually sits.',
        like: 'Both figures are {measure} for {period}, so they compare like with like.',
      },
      problems: {
        sides: { a: 'first', b: 'second' },
        onlyOne:
          'This link names only one job title. Choose the {side} title below to compare them.',
        nowChoose: 'Now choose the {side} title.',
        neitherKnown:
          'Neither job title in this link is one this site knows. The link may be cut short or mistyped. Choose two titles below.',
        oneUnknown:
          'The {side} job title in this link is not one this site knows. The link may be cut short or mistyped. Choose the {side} title again below.',
        sameInLink:
          'This link names the same job title twice. Choose a different second title below.',
        sameInPickers: 'Both pickers show the same title. Choose a different second title.',
      },
    },
  },
  es: {
    title: {
      inEnglish: 'En inglés, como lo dicen los anuncios de empleo: <en>{title}</en>',
      facts: { family: 'Grupo', level: 'Nivel', prevalence: 'Qué tan común es' },
      prevalence: {
        high: 'un nombre común en los anuncios de empleo',
        medium: 'se ve seguido en los anuncios de empleo',
        low: 'un nombre menos común',
      },
      linkDetail: '{level}, {family}',
      sections: {
        work: 'En qué consiste el trabajo',
        beginners: 'Para empezar',
        certifications: 'Certificaciones',
        nextSteps: 'Próximos pasos',
        related: 'Puestos relacionados',
        compare: 'Comparar con otro puesto',
        pay: 'Salario',
        openings: 'Buscar vacantes',
        onet: 'Ocupación de O*NET',
      },
      alsoCalled: 'En inglés también se llama:',
      firstJob:
        'Más sobre cómo conseguir un primer empleo: <link>su primer empleo de codificación o facturación</link>.',
      certificationsIntro:
        'Los empleadores que contratan para este puesto muchas veces piden una de estas:',
      noCertification:
        'Para este puesto no es común una certificación de las organizaciones que describe este sitio.',
      otherCredentials: 'Otras credenciales que se ven para este puesto: {credentials}.',
      nextStepsIntro: 'A dónde lleva muchas veces este puesto:',
      noneListed: 'Todavía no hay ninguno en la lista.',
      payIntro:
        'El gobierno publica el salario por grupos de trabajo (ocupaciones), no por puestos. Pusimos este puesto en el grupo <strong>{occupation}</strong> ({code}).',
      matchLabels: {
        onet: 'Coincide con O*NET',
        nearest: 'Ocupación más cercana, elegida por este sitio',
      },
      onetMatch: 'O*NET pone “{onetTitle}” en este grupo de trabajo.',
      spreadIntro: 'Cómo se reparte el salario en esta ocupación, {period}:',
      noSpread: 'El reparto del salario (del percentil 10 al 90) para {period} no se publica aquí.',
      payPositions: {
        entry:
          'Un primer empleo como este casi siempre paga cerca de la parte baja del rango de su grupo.',
        mid: 'Un puesto de nivel medio como este casi siempre paga cerca de la mitad del rango de su grupo.',
        senior:
          'Un puesto sénior como este casi siempre paga en la parte alta del rango de su grupo.',
        lead: 'Un puesto de líder o gerente como este casi siempre paga cerca de la parte más alta del rango de su grupo.',
      },
      noPay: {
        misleads:
          'Ninguna cifra de salario sirve para este puesto. El salario del grupo de trabajo más cercano lo confundiría.',
        noFigure: 'Este sitio todavía no tiene una cifra de salario mediano para {occupation}.',
      },
      blsLink:
        '<bls>Datos de salario de la BLS para {occupation}</bls>, con cifras de cada estado.',
      openingsInState: 'Buscar vacantes en un estado o remotas',
      onetAbout:
        'O*NET es la base de datos de empleos del Departamento de Trabajo de EE. UU. Describe el grupo <onet>{occupation} ({code})</onet>.',
      onetLists: 'Pone “{onetTitle}” en ese grupo.',
      onetNearest: 'Es el grupo más cercano a este puesto, porque O*NET no pone el puesto ahí.',
      compareWith: '{name} y {other}',
      compareWithChosen: '{name} y un puesto que usted elija',
    },
    compare: {
      title: 'Comparar dos puestos',
      description:
        'Dos puestos de codificación, facturación o información de salud, lado a lado: en qué consiste el trabajo, nivel, certificaciones, salario, trabajo remoto y próximos pasos.',
      intro:
        'Elija dos puestos para ver, lado a lado, en qué consiste el trabajo, el nivel, las certificaciones, el salario, el trabajo remoto y a dónde lleva cada uno. El enlace guarda los dos puestos, así que puede enviarlo.',
      noScript:
        'Para comparar se necesita JavaScript, que está apagado o bloqueado en este navegador. La página de cada puesto funciona sin él: búsquelas en la <list>lista de puestos</list>.',
      sides: { a: 'Primer puesto', b: 'Segundo puesto' },
      chooseTitle: 'Elija un puesto',
      chooseTwo: 'Elija dos puestos para verlos lado a lado.',
      loading: 'Cargando los dos puestos…',
      failed:
        'No se pudieron cargar estos puestos. Revise la conexión y vuelva a elegir un puesto.',
      copyLink: 'Copiar el enlace',
      print: 'Imprimir',
      copied: 'Se copió el enlace. Péguelo en un mensaje para compartir esta comparación.',
      copyBlocked: 'No se pudo copiar. Copie la dirección de la barra de direcciones.',
      rows: {
        levelAndFamily: 'Nivel y grupo',
        certifications: 'Certificaciones',
        pay: 'Salario',
        remote: 'Trabajo remoto',
        nextSteps: 'Próximos pasos',
      },
      levelAndFamily: '{level}. {family}.',
      alsoSeen: 'También se ven: {credentials}.',
      payFor:
        'Es de la ocupación {occupation}, no solo del puesto. {position} Las cifras anteriores y el reparto del salario están en la <link>página del puesto</link>.',
      remoteUnknown: 'La descripción del puesto en este sitio no dice si puede ser remoto.',
      remoteSays: 'Lo que dice la descripción de este sitio:',
      aboutPay: 'Sobre el salario:',
      thisComparison: 'Esta comparación',
      printSources: 'Fuentes de esta hoja impresa',
      sources: 'Fuentes',
      payNotes: {
        neither:
          'Ningún puesto tiene una cifra de salario que sirva, así que aquí no se puede comparar el salario.',
        onlyOne:
          'Solo {name} tiene una cifra de salario que sirve, así que aquí no se puede comparar el salario.',
        unlike:
          'No se comparan cosas iguales: {a} muestra {measureA} de {periodA} y {b} muestra {measureB} de {periodB}. Compárelos con cuidado.',
        sameOccupation:
          'Los dos puestos están en la misma ocupación, {occupation}, así que el sitio muestra el mismo salario para los dos. La cifra no los distingue; el nivel dice en qué parte del rango suele estar cada uno.',
        like: 'Las dos cifras son {measure} de {period}, así que se comparan cosas iguales.',
      },
      problems: {
        sides: { a: 'primer', b: 'segundo' },
        onlyOne:
          'Este enlace nombra solo un puesto. Elija abajo el {side} puesto para compararlos.',
        nowChoose: 'Ahora elija el {side} puesto.',
        neitherKnown:
          'Este sitio no conoce ninguno de los puestos de este enlace. Puede que el enlace esté cortado o mal escrito. Elija dos puestos abajo.',
        oneUnknown:
          'Este sitio no conoce el {side} puesto de este enlace. Puede que el enlace esté cortado o mal escrito. Vuelva a elegir abajo el {side} puesto.',
        sameInLink:
          'Este enlace nombra el mismo puesto dos veces. Elija abajo otro segundo puesto.',
        sameInPickers: 'Las dos listas muestran el mismo puesto. Elija otro segundo puesto.',
      },
    },
  },
});
