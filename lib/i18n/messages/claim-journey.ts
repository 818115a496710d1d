// The /claim-journey/ page: its headings and sentences, and the names of who does each step.
import { defineMessages } from '../define';

export const claimJourneyMessages = defineMessages({
  en: {
    metaTitle: 'The life of a medical claim: who does what, coder or biller',
    metaDescription:
      'From registration to the patient statement: each step of a medical claim, who does it (front office, provider, coder, biller, payer), and how a denied claim loops back.',
    title: 'The life of a claim',
    legendHeading: 'Who does what',
    legendText:
      'Each step is marked with who does it. The coder’s steps have a square and a thick border in teal, the biller’s a circle and a thick border in violet.',
    stepsHeading: 'Step by step',
    nextHeading: 'Which part suits you?',
    nextText:
      'If the coding step appeals to you, read about the <coder>medical coder</coder>; if the steps after it do, read about the <biller>medical biller</biller>. Or see the two <compare>side by side</compare>.',
    doneBy: 'Done by:',
    terms: 'Terms:',
    /** A link to a step: "step 4, coding" (the step's name in lower case). */
    stepLink: 'step {number}, {name}',
    loopTitle: 'The loop back.',
    /** <steps> stands for the links to the steps, joined by `stepsJoin`. */
    loopText:
      'A denied claim does not end here. It goes back to <steps>those steps</steps>, and comes round again: {resolution}.',
    stepsJoin: ' or ',
    returnsHere: 'A denied claim can come back here from <from>that step</from>.',
    owners: {
      'front-office': 'Front office',
      provider: 'Provider',
      coder: 'Coder',
      biller: 'Biller',
      payer: 'Payer',
      patient: 'Patient',
    },
    ownerDescriptions: {
      'front-office': 'the staff who sign patients in and book visits',
      provider: 'the doctor, nurse or other person who gives the care',
      coder: 'the medical coder',
      biller: 'the medical biller',
      payer: 'the insurer, a company or a government plan such as Medicare',
      patient: 'the person who had the visit',
    },
  },
  es: {
    metaTitle: 'La vida de una reclamación médica: quién hace qué, codificador o facturador',
    metaDescription:
      'Desde el registro hasta el estado de cuenta del paciente: cada paso de una reclamación médica, quién lo hace (recepción, proveedor de salud, codificador, facturador, aseguradora) y cómo vuelve atrás una reclamación denegada.',
    title: 'La vida de una reclamación',
    legendHeading: 'Quién hace qué',
    legendText:
      'Cada paso dice quién lo hace. Los pasos del codificador tienen un cuadrado y un borde grueso verde azulado. Los del facturador tienen un círculo y un borde grueso violeta.',
    stepsHeading: 'Paso a paso',
    nextHeading: '¿Qué parte va con usted?',
    nextText:
      'Si le atrae el paso de codificación, lea sobre el <coder>codificador médico</coder>. Si le atraen los pasos que siguen, lea sobre el <biller>facturador médico</biller>. O vea los dos <compare>lado a lado</compare>.',
    doneBy: 'Lo hace:',
    terms: 'Términos:',
    stepLink: 'paso {number}, {name}',
    loopTitle: 'La vuelta atrás.',
    loopText:
      'Una reclamación denegada no termina aquí. Vuelve al <steps>esos pasos</steps> y da la vuelta otra vez: {resolution}.',
    stepsJoin: ' o al ',
    returnsHere: 'Una reclamación denegada puede volver aquí desde el <from>ese paso</from>.',
    owners: {
      'front-office': 'Recepción',
      provider: 'Proveedor de salud',
      coder: 'Codificador',
      biller: 'Facturador',
      payer: 'Aseguradora',
      patient: 'Paciente',
    },
    ownerDescriptions: {
      'front-office': 'el personal que registra a los pacientes y hace las citas',
      provider: 'el médico, la enfermera u otra persona que da la atención',
      coder: 'el codificador médico',
      biller: 'el facturador médico',
      payer: 'la compañía de seguro o un plan del gobierno, como Medicare',
      patient: 'la persona que tuvo la visita',
    },
  },
});
