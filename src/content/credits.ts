import { msg, str } from '@lit/localize';
import type { ContentUnit } from './types.js';

// The words of the credits footer every widget ends with: one credit per origin of what the
// widget shows (the fact sheet's Provenance table), the partner's own sign-off, and the short
// care-team line of a popup. Where a credit names something that becomes a link (a reference,
// Ofcom, GOV.UK), the name is a placeholder, so a translation may put it anywhere.

/** The bodies other than Cancer Research UK that facts come from (H02, H03). */
export const OFCOM = {
  name: 'Ofcom',
  url: 'https://www.ofcom.org.uk/',
} as const;

export const GOV_UK_BANK_HOLIDAYS = {
  name: 'GOV.UK',
  url: 'https://www.gov.uk/bank-holidays',
} as const;

export const registryCredit: ContentUnit<[string]> = {
  id: 'credits.registry',
  facts: [],
  text: (month) =>
    msg(str`Trial details from the trial registries, checked ${month}.`, {
      id: 'credits.registry',
      desc: 'Credit under a widget that shows trial details (names, statuses, phases, sponsors). They come from public trial registries such as ClinicalTrials.gov, not from Cancer Research UK. ${month} is a month and year such as "Mar 2025". Links to each trial record may follow.',
    }),
};

export const referencesCredit: ContentUnit<[string]> = {
  id: 'credits.references',
  facts: [],
  text: (names) =>
    msg(str`Word explanations: ${names}`, {
      id: 'credits.references',
      desc: 'Credit under the glossary: where the explanations of drug and medical words were checked. ${names} is a list of linked reference names such as "NCI Drug Dictionary and NHS website" (kept in English).',
    }),
};

export const referencesUnnamed: ContentUnit = {
  id: 'credits.references-unnamed',
  facts: [],
  text: () =>
    msg('Word explanations: public medical references.', {
      id: 'credits.references-unnamed',
      desc: 'Credit for word explanations when no named reference has been recorded yet.',
    }),
};

export const referenceNote: ContentUnit<[string, string]> = {
  id: 'credits.reference-note',
  facts: [],
  text: (name, month) =>
    msg(str`Checked against ${name}, ${month}`, {
      id: 'credits.reference-note',
      desc: 'One short line in a word’s pop-up saying which public reference its explanation was checked against and when. ${name} is the reference’s name (a link, in English), e.g. "NCI Drug Dictionary"; ${month} a month and year such as "Nov 2026".',
    }),
};

export const ofcomCredit: ContentUnit<[string]> = {
  id: 'credits.ofcom',
  facts: [],
  text: (name) =>
    msg(str`Freephone rules: ${name}, the UK phone regulator.`, {
      id: 'credits.ofcom',
      desc: 'Credit for the note that UK Freephone numbers may not work from abroad. ${name} is "Ofcom" (a link, keep it in English).',
    }),
};

export const govUkCredit: ContentUnit<[string]> = {
  id: 'credits.gov-uk',
  facts: [],
  text: (name) =>
    msg(str`Bank holiday dates: ${name}.`, {
      id: 'credits.gov-uk',
      desc: 'Credit for the UK bank holiday dates the helpline banner uses. ${name} is "GOV.UK" (a link, keep it in English).',
    }),
};

export const partnerCheck: ContentUnit<[string, string]> = {
  id: 'credits.partner-check',
  facts: [],
  text: (org, date) =>
    msg(str`Checked by ${org} on ${date}.`, {
      id: 'credits.partner-check',
      desc: 'The website owner’s own clinical check of this information. ${org} is their organisation’s name (as they wrote it); ${date} a date such as "12 Oct 2026".',
    }),
};

export const partnerCheckDue: ContentUnit<[string, string, string]> = {
  id: 'credits.partner-check-due',
  facts: [],
  text: (org, date, due) =>
    msg(str`Checked by ${org} on ${date}; next check due ${due}.`, {
      id: 'credits.partner-check-due',
      desc: 'The website owner’s own clinical check and when they will check again. ${org} is their organisation’s name; ${date} and ${due} are dates such as "12 Oct 2026".',
    }),
};

export const overdueButChecked: ContentUnit<[string, string]> = {
  id: 'credits.overdue-partner-checked',
  facts: [],
  text: (org, date) =>
    msg(
      str`The Cancer Research UK page is overdue for review. ${org} checked this information on ${date}.`,
      {
        id: 'credits.overdue-partner-checked',
        desc: 'Calm notice once the source page’s review date has passed, when the website owner has checked the information themselves. ${org} is their organisation’s name; ${date} a date such as "12 Oct 2026".',
      },
    ),
};

export const overdueCheckLapsed: ContentUnit<[string, string]> = {
  id: 'credits.overdue-partner-lapsed',
  facts: [],
  text: (org, date) =>
    msg(
      str`The Cancer Research UK page is overdue for review. ${org} checked this information on ${date}, and their next check is due too.`,
      {
        id: 'credits.overdue-partner-lapsed',
        desc: 'Like the notice above, once the website owner’s own next check date has also passed. ${org} is their organisation’s name; ${date} a date such as "12 Oct 2026".',
      },
    ),
};

export const popupCareTeam: ContentUnit = {
  id: 'credits.care-team-short',
  facts: [],
  text: () =>
    msg('It does not replace your child’s care team.', {
      id: 'credits.care-team-short',
      desc: 'Very short line in a word’s pop-up: the explanation is general, and does not replace advice from the doctors and nurses looking after the child.',
    }),
};
