import * as v from 'valibot';

/**
 * The charity-hosted trial feed (`<nb-trial-list src="…">`), as valibot schemas. The published
 * JSON Schema (`schema/trials-feed.schema.json`, copied to `dist/`) is generated from these and
 * a pipeline check keeps the two in step; docs/trials-feed.md describes the format for people.
 */

/** Text with at least one visible character, at most `max` long. */
const text = (max: number) => v.pipe(v.string(), v.regex(/\S/), v.maxLength(max));

export const REGISTRIES = ['ClinicalTrials.gov', 'ISRCTN', 'EudraCT', 'CTIS', 'IRAS'] as const;

export const FeedRegistryIdSchema = v.object({
  registry: v.pipe(v.picklist(REGISTRIES), v.description('Which registry the ID belongs to.')),
  id: v.pipe(text(64), v.description('The trial’s ID in that registry, e.g. NCT03165292.')),
  url: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(2048),
      v.description(
        'Link to the registry record. Only https: links to clinicaltrials.gov, www.isrctn.com, the EU registries or the feed’s own site become links; anything else is shown as text.',
      ),
    ),
  ),
});

export const FeedTrialSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9._-]{1,64}$/),
    v.description('A stable ID for the entry, unique in the feed, e.g. T03.'),
  ),
  name: v.pipe(text(200), v.description('Short name of the trial, e.g. BEACON2.')),
  summary: v.pipe(text(2000), v.description('One or two plain sentences (shown as text).')),
  registryIds: v.pipe(
    v.array(FeedRegistryIdSchema),
    v.maxLength(10),
    v.description('The trial’s IDs in public registries.'),
  ),
  sponsor: v.pipe(text(300), v.description('The organisation responsible for the trial.')),
  phase: v.optional(
    v.pipe(v.string(), v.regex(/^[0-4](\/[0-4])?$/), v.description('Trial phase, e.g. 2 or 1/2.')),
  ),
  registryStatus: v.pipe(
    text(120),
    v.description(
      'The registry’s own status word, e.g. RECRUITING, COMPLETED, "closed to accrual". Words the widget does not know are shown as "check the registry for the current status", never as recruiting.',
    ),
  ),
  statusChecked: v.pipe(
    v.string(),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/),
    v.description('When the status was checked: YYYY-MM or YYYY-MM-DD.'),
  ),
  treatments: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(64))),
    v.maxLength(20),
    v.description('Glossary keys of the treatments tested, e.g. topotecan, dinutuximab-beta.'),
  ),
  newerThanSource: v.optional(
    v.pipe(
      v.boolean(),
      v.description('True for a trial newer than the Cancer Research UK source page.'),
    ),
  ),
});

/** The top level: an object with a `trials` array. Entries are validated one by one. */
export const FeedSchema = v.object({
  trials: v.pipe(v.array(v.unknown()), v.maxLength(200)),
});

export type FeedTrial = v.InferOutput<typeof FeedTrialSchema>;
export type FeedRegistryId = v.InferOutput<typeof FeedRegistryIdSchema>;

/** The whole feed with every entry checked: what the JSON Schema publishes. */
export const FeedDocumentSchema = v.object({
  trials: v.pipe(v.array(FeedTrialSchema), v.maxLength(200)),
});
