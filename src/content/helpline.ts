import { msg, str } from '@lit/localize';
import type { ContentUnit, FactId } from './types.js';

/** The default helpline: Cancer Research UK nurses (S19), hours in UK time (H01). */
export const defaultHelpline = {
  number: '0808 800 4040',
  hours: 'Mo-Fr 09:00-17:00',
  timeZone: 'Europe/London',
  facts: ['S19', 'H01'] as readonly FactId[],
} as const;

export const helplineOrg: ContentUnit = {
  id: 'helpline.org',
  // Who the default helpline is (H01); the number itself (S19) is in helpline.summary.
  facts: ['H01'],
  text: () =>
    msg('Cancer Research UK nurses', {
      id: 'helpline.org',
      desc: 'Who answers the default helpline. "Cancer Research UK" is a charity name: keep it in English.',
    }),
};

export const helplineSummary: ContentUnit<[string]> = {
  id: 'helpline.summary',
  facts: ['S19', 'H01'],
  text: (number) =>
    msg(
      str`The Cancer Research UK nurses take calls on ${number}, a Freephone number. The lines are open from Monday to Friday, 9am to 5pm UK time.`,
      {
        id: 'helpline.summary',
        desc: 'One-sentence summary of the default helpline, used in the card and as the fallback text. ${number} is the phone number, e.g. "0808 800 4040": the code keeps it in left-to-right order.',
      },
    ),
};

export const helplineLabel: ContentUnit = {
  id: 'helpline.label',
  facts: [],
  text: () =>
    msg('Helpline', {
      id: 'helpline.label',
      desc: 'Accessible name of the helpline banner region, read by screen readers.',
    }),
};

export const callNumber: ContentUnit<[string]> = {
  id: 'helpline.call',
  facts: [],
  text: (number) =>
    msg(str`Call ${number}`, {
      id: 'helpline.call',
      desc: 'Text of the phone link. ${number} is the phone number, e.g. "0808 800 4040".',
    }),
};

export const freephone: ContentUnit = {
  id: 'helpline.freephone',
  facts: ['H02'],
  text: () =>
    msg('Freephone', {
      id: 'helpline.freephone',
      desc: 'Label next to a UK number that is free to call from UK phones.',
    }),
};

export const openUntil: ContentUnit<[string]> = {
  id: 'helpline.open-until',
  facts: ['H01'],
  text: (time) =>
    msg(str`Usually open now, until ${time}`, {
      id: 'helpline.open-until',
      desc: 'Status when the helpline is within its opening hours. "Usually" matters: nobody can promise an answer. ${time} is a closing time such as "5 pm UK time".',
    }),
};

export const openAllDay: ContentUnit = {
  id: 'helpline.open-all-day',
  facts: ['H01'],
  text: () =>
    msg('Usually open now, day and night', {
      id: 'helpline.open-all-day',
      desc: 'Status when the helpline is open now and open all day and night for at least a week. "Usually" matters: nobody can promise an answer.',
    }),
};

export const opensToday: ContentUnit<[string]> = {
  id: 'helpline.opens-today',
  facts: ['H01'],
  text: (time) =>
    msg(str`Closed now. Usually opens today at ${time}`, {
      id: 'helpline.opens-today',
      desc: 'Status before opening time on an opening day. ${time} is an opening time such as "9 am UK time".',
    }),
};

export const opensTomorrow: ContentUnit<[string]> = {
  id: 'helpline.opens-tomorrow',
  facts: ['H01'],
  text: (time) =>
    msg(str`Closed now. Usually opens tomorrow at ${time}`, {
      id: 'helpline.opens-tomorrow',
      desc: 'Status when the helpline next opens tomorrow. ${time} is an opening time such as "9 am UK time".',
    }),
};

export const opensOn: ContentUnit<[string, string]> = {
  id: 'helpline.opens-on',
  facts: ['H01'],
  text: (day, time) =>
    msg(str`Closed now. Usually opens on ${day} at ${time}`, {
      id: 'helpline.opens-on',
      desc: 'Status when the helpline next opens on a later day. ${day} is a weekday name (e.g. "Monday"), ${time} an opening time such as "9 am UK time".',
    }),
};

export const closedNoHours: ContentUnit = {
  id: 'helpline.closed-unknown',
  facts: ['H01'],
  text: () =>
    msg('Closed now.', {
      id: 'helpline.closed-unknown',
      desc: 'Status when no opening time is known for the coming year.',
    }),
};

export const ukTime: ContentUnit<[string]> = {
  id: 'helpline.uk-time',
  facts: ['H01'],
  text: (time) =>
    msg(str`${time} UK time`, {
      id: 'helpline.uk-time',
      desc: 'A clock time in the UK time zone, e.g. "5 pm UK time".',
    }),
};

export const bothTimes: ContentUnit<[string, string]> = {
  id: 'helpline.uk-and-local-time',
  facts: ['H01'],
  text: (uk, local) =>
    msg(str`${uk} UK time (${local} your time)`, {
      id: 'helpline.uk-and-local-time',
      desc: 'A time in UK time followed by the same moment in the reader’s own time zone, e.g. "5 pm UK time (12 pm your time)".',
    }),
};

export const range: ContentUnit<[string, string]> = {
  id: 'helpline.range',
  facts: [],
  text: (from, to) =>
    msg(str`${from} to ${to}`, {
      id: 'helpline.range',
      desc: 'A range of days ("Monday to Friday") or of times ("9 am to 5 pm").',
    }),
};

export const allDay: ContentUnit = {
  id: 'helpline.all-day',
  facts: [],
  text: () =>
    msg('24 hours', {
      id: 'helpline.all-day',
      desc: 'Opening times of a day the helpline is open from midnight to midnight, used as ${times} in "Monday to Sunday, 24 hours (UK time)".',
    }),
};

export const hoursLine: ContentUnit<[string, string]> = {
  id: 'helpline.hours-line',
  facts: ['H01'],
  text: (days, times) =>
    msg(str`${days}, ${times} (UK time)`, {
      id: 'helpline.hours-line',
      desc: 'One line of opening hours: ${days} such as "Monday to Friday", ${times} such as "9 am to 5 pm".',
    }),
};

export const abroadNote: ContentUnit = {
  id: 'helpline.abroad',
  facts: ['H02'],
  text: () =>
    msg(
      'Numbers that start with 080 are free to call from UK landlines and mobiles. From outside the UK they may not connect, or may not be free.',
      {
        id: 'helpline.abroad',
        desc: 'Shown to readers whose time zone is outside the UK when the number is a UK Freephone (080) number.',
      },
    ),
};

export const dismissLabel: ContentUnit = {
  id: 'helpline.dismiss',
  facts: [],
  text: () =>
    msg('Hide helpline information', {
      id: 'helpline.dismiss',
      desc: 'Accessible name of the button that hides the helpline banner.',
    }),
};

export const bankHolidayToday: ContentUnit = {
  id: 'helpline.bank-holiday-today',
  facts: ['H01', 'H03'],
  text: () =>
    msg('The line may be closed today because it is a bank holiday.', {
      id: 'helpline.bank-holiday-today',
      desc: 'Status on a UK bank holiday. The source gives no bank-holiday hours, so it must not say the line is open or closed for sure: keep "may be".',
    }),
};

export const opensAgainTomorrow: ContentUnit<[string]> = {
  id: 'helpline.opens-again-tomorrow',
  facts: ['H01'],
  text: (time) =>
    msg(str`It usually opens again tomorrow at ${time}.`, {
      id: 'helpline.opens-again-tomorrow',
      desc: 'Follows "The line may be closed today because it is a bank holiday." ${time} is an opening time such as "9 am UK time".',
    }),
};

export const opensAgainOn: ContentUnit<[string, string]> = {
  id: 'helpline.opens-again-on',
  facts: ['H01'],
  text: (date, time) =>
    msg(str`It usually opens again on ${date} at ${time}.`, {
      id: 'helpline.opens-again-on',
      desc: 'Follows "The line may be closed today because it is a bank holiday." ${date} is a weekday and date such as "Tuesday 29 December", ${time} an opening time such as "9 am UK time".',
    }),
};

export const bankHolidayNote: ContentUnit = {
  id: 'helpline.bank-holiday-note',
  facts: ['H01', 'H03'],
  text: () =>
    msg('The line may be closed on bank holidays.', {
      id: 'helpline.bank-holiday-note',
      desc: 'Shown under the opening hours. The source gives no bank-holiday hours: keep "may be".',
    }),
};

export const bankHolidayCredit: ContentUnit = {
  id: 'helpline.bank-holiday-credit',
  facts: ['H03'],
  text: () =>
    msg('Bank holidays: GOV.UK', {
      id: 'helpline.bank-holiday-credit',
      desc: 'Link text crediting the list of UK bank holidays to GOV.UK, the UK government website. Keep "GOV.UK" as written.',
    }),
};
