// THE create-wizard schema: one zod object per step, joined into the whole form. The form validates a step
// on Next with it; the server action re-checks the same schema, then the regions against the provider's list.
import { z } from 'zod';
import { STORAGE_ACCOUNT_TYPES } from '@/lib/arm-facts/storage-account-types';
import { descriptionSchema } from './description';
import { registryNameSchema, resourceGroupNameSchema } from './names';
import { tagRowsSchema } from './tags';
import { REGION_NAME_PATTERN } from '@/lib/arm-facts/regions';

/** Most additional regions one registry may be created with (the wizard's limit). */
export const MAX_ADDITIONAL_REGIONS = 20;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A canonical region name ("eastus"): lowercase letters and digits, as ARM wants in bodies (ARM contract §5). */
export const regionNameSchema = z
  .string({ error: 'Choose a region from the list.' })
  .regex(REGION_NAME_PATTERN, { error: 'Choose a region from the list (a region name such as "eastus").' });

/** One region's storage account settings (Advanced). */
export const storageSettingSchema = z.strictObject({
  type: z.enum(STORAGE_ACCOUNT_TYPES, { error: `Choose one of: ${STORAGE_ACCOUNT_TYPES.join(', ')}.` }),
  hns: z.boolean({ error: 'Hierarchical namespace is either on or off.' }),
});

const resourceGroupChoiceSchema = z
  .strictObject({
    mode: z.enum(['existing', 'new'], { error: 'Choose an existing resource group or create a new one.' }),
    name: resourceGroupNameSchema,
    // Only a new group needs a location; kept optional so switching modes in the form never leaves a stray key.
    location: z.string({ error: 'Choose a region for the new resource group.' }).optional(),
  })
  .superRefine((rg, ctx) => {
    if (rg.mode !== 'new') return;
    const parsed = regionNameSchema.safeParse(rg.location ?? '');
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'Choose a region for the new resource group.' });
    }
  });

const basicsShape = {
  subscriptionId: z.string({ error: 'Choose a subscription.' }).regex(GUID, { error: 'Choose a subscription.' }),
  resourceGroup: resourceGroupChoiceSchema,
  name: registryNameSchema,
  description: descriptionSchema.optional(),
};

const regionsShape = {
  primaryRegion: regionNameSchema,
  additionalRegions: z
    .array(regionNameSchema, { error: 'Additional regions must be a list of region names.' })
    .max(MAX_ADDITIONAL_REGIONS, { error: `Choose at most ${MAX_ADDITIONAL_REGIONS} additional regions.` }),
  advanced: z.strictObject({
    storage: z.record(regionNameSchema, storageSettingSchema, { error: 'Storage settings are keyed by region.' }),
    publicNetworkAccess: z.enum(['Enabled', 'Disabled'], { error: 'Public network access is Enabled or Disabled.' }),
  }),
};

type RegionsValues = z.infer<z.ZodObject<typeof regionsShape>>;

// Cross-field rules of the Regions step. Refinements also run after field failures, hence the type guards.
function refineRegions(values: RegionsValues, ctx: z.RefinementCtx): void {
  const primary = typeof values.primaryRegion === 'string' ? values.primaryRegion : '';
  const additional = Array.isArray(values.additionalRegions) ? values.additionalRegions : [];
  const seen = new Set<string>();
  additional.forEach((region, index) => {
    if (region === primary) {
      ctx.addIssue({
        code: 'custom',
        path: ['additionalRegions', index],
        message: `${region} is already the primary region; remove it from the additional regions.`,
      });
    } else if (seen.has(region)) {
      ctx.addIssue({ code: 'custom', path: ['additionalRegions', index], message: `${region} is listed twice.` });
    }
    seen.add(region);
  });
  const storage = values.advanced?.storage;
  if (storage && typeof storage === 'object') {
    for (const region of Object.keys(storage)) {
      if (region !== primary && !seen.has(region)) {
        ctx.addIssue({
          code: 'custom',
          path: ['advanced', 'storage', region],
          message: `${region} is not one of the chosen regions; remove its storage settings.`,
        });
      }
    }
  }
}

/** Step 1, Basics: subscription, resource group (existing or new), registry name, description. */
export const basicsSchema = z.strictObject(basicsShape);

/** Step 2, Regions: primary, additional regions, and Advanced (storage per region, public network access). */
export const regionsSchema = z.strictObject(regionsShape).superRefine(refineRegions);

/** Step 3, Tags. */
export const tagsStepSchema = z.strictObject({ tags: tagRowsSchema });

/** The whole wizard, as the form holds it and the create action receives it. Unknown keys are refused. */
export const createRegistrySchema = z
  .strictObject({ ...basicsShape, ...regionsShape, tags: tagRowsSchema })
  .superRefine(refineRegions);

/** The wizard's values after validation. */
export type CreateRegistryForm = z.infer<typeof createRegistrySchema>;
/** The wizard's values as the form edits them (react-hook-form's field values). */
export type CreateRegistryFormInput = z.input<typeof createRegistrySchema>;
/** One region's storage settings. */
export type StorageSetting = z.infer<typeof storageSettingSchema>;
/** The Advanced part of the Regions step. */
export type RegionsAdvanced = CreateRegistryForm['advanced'];

/** Storage settings a region gets when Advanced is left alone: Standard_LRS, no hierarchical namespace. */
export const DEFAULT_STORAGE_SETTING: StorageSetting = { type: 'Standard_LRS', hns: false };

/** A region's storage settings, or the defaults when the form holds none for it. */
export function storageSettingFor(advanced: Pick<RegionsAdvanced, 'storage'>, region: string): StorageSetting {
  return Object.hasOwn(advanced.storage, region) ? advanced.storage[region] : DEFAULT_STORAGE_SETTING;
}

/** Fresh wizard values: nothing chosen, public network access Enabled, no tags. */
export function emptyCreateRegistryForm(): CreateRegistryForm {
  return {
    subscriptionId: '',
    resourceGroup: { mode: 'existing', name: '' },
    name: '',
    description: '',
    primaryRegion: '',
    additionalRegions: [],
    advanced: { storage: {}, publicNetworkAccess: 'Enabled' },
    tags: [],
  };
}
