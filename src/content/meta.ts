import { msg, str } from '@lit/localize';
import type { ContentUnit } from './types.js';

/**
 * The project's own content metadata (PIF TICK: who checked what, when). Shown honestly: there
 * is no medical reviewer yet, and the card says so.
 */
export const contentMeta = {
  /** Bumped whenever a medical statement changes. */
  version: '1.0.0',
  /** When the project last checked its content against the source page and facts.md. */
  checkedAgainstSource: '2026-11-29',
  /** Name of the medical reviewer who signed the English content off; null = nobody yet. */
  medicalReviewer: null as string | null,
} as const;

export const contentVersion: ContentUnit<[string]> = {
  id: 'meta.version',
  facts: [],
  text: (version) =>
    msg(str`Content version ${version}`, {
      id: 'meta.version',
      desc: 'Version of the widget’s medical content. ${version} is a number such as "1.0.0".',
    }),
};

export const contentChecked: ContentUnit<[string]> = {
  id: 'meta.checked',
  facts: [],
  text: (date) =>
    msg(str`We last checked this content against the Cancer Research UK page on ${date}.`, {
      id: 'meta.checked',
      desc: 'When the widget makers compared their text with the source page. ${date} is a formatted date such as "29 Nov 2026".',
    }),
};

export const noMedicalReviewer: ContentUnit = {
  id: 'meta.no-reviewer',
  facts: [],
  text: () =>
    msg('No medical reviewer has checked this content yet.', {
      id: 'meta.no-reviewer',
      desc: 'Honest note that no doctor or nurse has signed off the widget’s own wording yet.',
    }),
};

export const medicalReviewer: ContentUnit<[string]> = {
  id: 'meta.reviewer',
  facts: [],
  text: (name) =>
    msg(str`Checked by medical reviewer ${name}.`, {
      id: 'meta.reviewer',
      desc: 'Names the medical reviewer who signed the content off. ${name} is a person’s name and role.',
    }),
};

/** The reviewer line to show: the reviewer's name, or the honest "not yet". */
export function reviewerLine(): string {
  return contentMeta.medicalReviewer
    ? medicalReviewer.text(contentMeta.medicalReviewer)
    : noMedicalReviewer.text();
}
