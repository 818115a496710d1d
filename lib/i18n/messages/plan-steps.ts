// The sentences lib/planner builds for a plan, in each language: times and costs in words, the
// totals, each step, the advice around them, why a choice was made, and this week's to-dos. Numbers
// come in as placeholders, formatted for the language by lib/format.
import { defineMessages } from '../define';

export const planStepMessages = defineMessages({
  en: {
    noTime: 'No time of its own',
    notKnown: 'Not known',
    noCost: 'No cost counted',
    listAnd: '{items} and {last}',
    monthsTotal: 'About {months} of steps before you apply for jobs.',
    monthsNotCountedOne: 'Not counted: the step {steps}, as no source says how long it takes.',
    monthsNotCountedMany: 'Not counted: the steps {steps}, as no source says how long they take.',
    costTotal: 'About {dollars} in your first year.',
    costNotCountedOne: 'Not counted: the step {steps}, as we found no price for it.',
    costNotCountedMany: 'Not counted: the steps {steps}, as we found no price for them.',
    renewal: 'To keep the {acronym} you need {renewal}. The cost of CEUs is not known.',
    renewalWithDues:
      'To keep the {acronym} you need {renewal} and the yearly dues, counted above. The cost of CEUs is not known.',
    noRenewal: 'We found no renewal rule for the {acronym}. Ask {issuer}.',
    renewalRule: '{ceus} every {years}',

    quizStepTitle: 'Take the role-fit quiz',
    quizStepShows: 'The quiz shows if coding or billing fits you better.',
    quizStepUntil:
      'Until then, this plan takes the billing road. Its first exam covers some coding too.',
    diplomaTitle: 'Finish high school or a GED',
    diplomaAsked: 'The CCA and CBCS exams ask for a high school diploma or a GED.',
    diplomaUnknown:
      'We do not know how long this takes for you. An American Job Center can tell you where to start.',
    freeTrainingTitle: 'Ask about free training',
    freeTrainingCall: 'Call or visit an American Job Center.',
    freeTrainingCallIn: 'Call or visit an American Job Center in {state}.',
    freeTrainingAsk: 'Ask if WIOA can pay for your training before you pay for it.',
    pacedTime: 'The time here is for the hours a week you said you can study.',
    membershipTitle: 'Join {issuer} for a year',
    membershipNeeded: 'You need to be a member of {issuer} to take the {acronym} exam.',
    membershipDues: 'You pay the dues each year to keep the credential.',
    booksTitle: 'Get this year’s code books',
    booksUse: 'You may use the code books in the {acronym} exam, and you study with them.',
    booksPrice: 'We found no trusted price for them, so they are not in the total.',
    examTitle: 'Take the {acronym} exam',
    examWhen: 'Book it for the end of your training, while it is fresh.',
    firstJobTitle: 'Apply for first jobs',
    firstJobStart:
      'Start with the job titles in this plan. Apply even if a post asks for a little experience.',
    firstJobUnknown:
      'We found no source on how long a first job search takes, so it is not in the months.',
    remoteStepTitle: 'Work from home later',
    remoteStepUnknown: 'We found no source that says how soon a beginner can work from home.',
    remoteStepOnSite: 'Many remote jobs ask for experience, so plan on a first job on site.',

    removeATitle: 'Remove the "A" from your CPC-A',
    removeAStatus:
      'If you pass the CPC without 2 years of coding work, you are a CPC-A, an apprentice.',
    removeAApply:
      'Many posts ask for experience. Apply anyway, and take a job near coding if you must.',
    removeARule:
      'AAPC removes the "A" after 2 years of coding work. With an 80-hour course or Practicode, 1 year is enough.',
    removeASkip: 'If you have coded for 2 years, send AAPC proof of it and you skip the "A".',
    ccaTitle: 'Build your first year of experience',
    ccaNoStatus: 'The CCA has no apprentice status, but most posts still ask for experience.',
    ccaNearCoding: 'A job near coding, such as medical records, counts for your next step.',
    ccaNext: 'After a year or two of coding work, you can aim for the CCS.',
    billingTitle: 'Grow from your first job',
    billingNoStatus:
      'Billing has no apprentice status. Your first job teaches you the payer rules.',
    billingBridge:
      'A front desk or payment posting job can lead to billing if no billing job hires you yet.',
    remoteSoon:
      'You said you need to work from home soon. Plan on a first job on site, and look for hybrid work.',
    remoteMostHaveYears:
      'Many coders and billers work from home, but most of them have years of experience.',
    remoteNoSource:
      'We found no source that says how soon employers let a beginner work from home.',
    weekQuiz: 'Take the role-fit quiz. It takes a few minutes.',
    weekWioa: 'Call an American Job Center and ask about WIOA.',
    weekWioaIn: 'Call an American Job Center in {state} and ask about WIOA.',
    weekCollege:
      'Look up the program at your nearest community college. Ask when the next class starts.',
    weekCourses: 'Compare two coding courses. Check that each one is at least 80 hours long.',
    weekExamPage: 'Read the {acronym} exam page, so you know what it asks.',
    weekSearch: 'Search for "{title}" jobs near you and read what they ask for.',

    whyCodesAlready: 'You code already, so you can go straight to the exam.',
    whyCourse:
      'You learn fast or know health care words already, so a course at your own pace fits.',
    whyCollege:
      'You are new to health care. A college program teaches the body, medical words and the code books, with a teacher.',
    whyBillsAlready: 'You do billing work already, so you can go straight to the exam.',
    whyBillingProgram:
      'A short billing program teaches claims, insurance rules and the codes billers use.',
    whyCbcsUnsure:
      'You are not sure yet. The CBCS covers both billing and coding, and its fee is low.',
    whyCca: 'Money is tight. The CCA fee is lower than the CPC fee, and you need no AAPC dues.',
    whyCpc: 'It is the AAPC coding credential for doctor offices and clinics.',
    whyCpb:
      'It shows you know claims, denials and appeals. It is the billing credential from AAPC.',
    whyCbcs: 'Its fee is low, and it covers billing and some coding, as many first jobs do.',
  },
  es: {
    noTime: 'No toma tiempo propio',
    notKnown: 'No se sabe',
    noCost: 'Sin costo contado',
    listAnd: '{items} y {last}',
    monthsTotal: 'Alrededor de {months} de pasos antes de solicitar empleos.',
    monthsNotCountedOne:
      'No se cuenta: el paso {steps}, porque ninguna fuente dice cuánto tiempo toma.',
    monthsNotCountedMany:
      'No se cuentan: los pasos {steps}, porque ninguna fuente dice cuánto tiempo toman.',
    costTotal: 'Alrededor de {dollars} en su primer año.',
    costNotCountedOne: 'No se cuenta: el paso {steps}, porque no encontramos su precio.',
    costNotCountedMany: 'No se cuentan: los pasos {steps}, porque no encontramos su precio.',
    renewal: 'Para mantener el {acronym} necesita {renewal}. No se sabe cuánto cuestan las CEU.',
    renewalWithDues:
      'Para mantener el {acronym} necesita {renewal} y la cuota anual, que ya se contó arriba. No se sabe cuánto cuestan las CEU.',
    noRenewal: 'No encontramos una regla de renovación para el {acronym}. Pregunte a {issuer}.',
    renewalRule: '{ceus} cada {years}',

    quizStepTitle: 'Haga el cuestionario',
    quizStepShows: 'El cuestionario muestra si le va mejor la codificación o la facturación.',
    quizStepUntil:
      'Hasta entonces, este plan sigue el camino de la facturación. Su primer examen también cubre algo de codificación.',
    diplomaTitle: 'Termine la escuela secundaria o el GED',
    diplomaAsked: 'Los exámenes CCA y CBCS piden un diploma de escuela secundaria o un GED.',
    diplomaUnknown:
      'No sabemos cuánto tiempo le tomará. Un American Job Center (centro de empleo) le puede decir por dónde empezar.',
    freeTrainingTitle: 'Pregunte por capacitación gratis',
    freeTrainingCall: 'Llame o visite un American Job Center (centro de empleo).',
    freeTrainingCallIn: 'Llame o visite un American Job Center (centro de empleo) en {state}.',
    freeTrainingAsk: 'Pregunte si WIOA puede pagar su capacitación antes de pagarla usted.',
    pacedTime: 'El tiempo aquí es para las horas a la semana que usted dijo que puede estudiar.',
    membershipTitle: 'Hágase miembro de {issuer} por un año',
    membershipNeeded: 'Necesita ser miembro de {issuer} para tomar el examen {acronym}.',
    membershipDues: 'Paga la cuota cada año para mantener la credencial.',
    booksTitle: 'Consiga los libros de códigos de este año',
    booksUse: 'Puede usar los libros de códigos en el examen {acronym}, y estudia con ellos.',
    booksPrice: 'No encontramos un precio confiable para ellos, así que no están en el total.',
    examTitle: 'Tome el examen {acronym}',
    examWhen: 'Resérvelo para el final de su capacitación, cuando todavía lo recuerde bien.',
    firstJobTitle: 'Solicite sus primeros empleos',
    firstJobStart:
      'Empiece con los puestos de este plan. Solicite el empleo aunque el anuncio pida un poco de experiencia.',
    firstJobUnknown:
      'No encontramos ninguna fuente sobre cuánto tarda buscar un primer empleo, así que no está en los meses.',
    remoteStepTitle: 'Trabaje desde casa más adelante',
    remoteStepUnknown:
      'No encontramos ninguna fuente que diga qué tan pronto puede trabajar desde casa un principiante.',
    remoteStepOnSite:
      'Muchos empleos remotos piden experiencia, así que cuente con un primer empleo en persona.',

    removeATitle: 'Quite la "A" de su CPC-A',
    removeAStatus:
      'Si aprueba el CPC sin 2 años de trabajo en codificación, usted es CPC-A, un aprendiz.',
    removeAApply:
      'Muchos anuncios piden experiencia. Solicite el empleo de todos modos. Si hace falta, tome un empleo cercano a la codificación.',
    removeARule:
      'AAPC quita la "A" después de 2 años de trabajo en codificación. Con un curso de 80 horas o Practicode, basta con 1 año.',
    removeASkip: 'Si ha codificado por 2 años, mande pruebas a AAPC y se salta la "A".',
    ccaTitle: 'Consiga su primer año de experiencia',
    ccaNoStatus:
      'El CCA no tiene estatus de aprendiz, pero la mayoría de los anuncios aún piden experiencia.',
    ccaNearCoding:
      'Un empleo cercano a la codificación, como en expedientes médicos, cuenta para su siguiente paso.',
    ccaNext: 'Después de uno o dos años de trabajo en codificación, puede aspirar al CCS.',
    billingTitle: 'Crezca desde su primer empleo',
    billingNoStatus:
      'La facturación no tiene estatus de aprendiz. Su primer empleo le enseña las reglas de las aseguradoras.',
    billingBridge:
      'Un empleo en recepción o en registro de pagos puede llevarlo a la facturación, si todavía no lo contratan para facturar.',
    remoteSoon:
      'Usted dijo que necesita trabajar desde casa pronto. Cuente con un primer empleo en persona, y busque trabajo híbrido.',
    remoteMostHaveYears:
      'Muchos codificadores y facturadores trabajan desde casa, pero la mayoría tiene años de experiencia.',
    remoteNoSource:
      'No encontramos ninguna fuente que diga qué tan pronto los empleadores dejan trabajar desde casa a un principiante.',
    weekQuiz: 'Haga el cuestionario. Toma unos minutos.',
    weekWioa: 'Llame a un American Job Center (centro de empleo) y pregunte por WIOA.',
    weekWioaIn: 'Llame a un American Job Center (centro de empleo) en {state} y pregunte por WIOA.',
    weekCollege:
      'Busque el programa en el colegio comunitario más cercano. Pregunte cuándo empieza la próxima clase.',
    weekCourses: 'Compare dos cursos de codificación. Revise que cada uno dure al menos 80 horas.',
    weekExamPage: 'Lea la página del examen {acronym} para saber qué pide.',
    weekSearch: 'Busque empleos de "{title}" cerca de usted y lea lo que piden.',

    whyCodesAlready: 'Usted ya codifica, así que puede ir directo al examen.',
    whyCourse:
      'Aprende rápido o ya conoce las palabras de la salud, así que le sirve un curso a su propio ritmo.',
    whyCollege:
      'Usted es nuevo en el cuidado de la salud. Un programa de colegio le enseña el cuerpo, las palabras médicas y los libros de códigos, con un maestro.',
    whyBillsAlready: 'Usted ya hace trabajo de facturación, así que puede ir directo al examen.',
    whyBillingProgram:
      'Un programa corto de facturación enseña las reclamaciones (claims), las reglas de los seguros y los códigos que usan los facturadores.',
    whyCbcsUnsure:
      'Todavía no está seguro. El CBCS cubre la facturación y la codificación, y su cuota es baja.',
    whyCca:
      'Tiene poco dinero. La cuota del CCA es más baja que la del CPC, y no necesita pagar cuotas de AAPC.',
    whyCpc: 'Es la credencial de codificación de AAPC para consultorios médicos y clínicas.',
    whyCpb:
      'Muestra que usted conoce las reclamaciones, las denegaciones y las apelaciones. Es la credencial de facturación de AAPC.',
    whyCbcs:
      'Su cuota es baja, y cubre la facturación y algo de codificación, como muchos primeros empleos.',
  },
});
