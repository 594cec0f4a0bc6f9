import { describe, expect, it } from 'vitest';
import { fieldOfArmError, mapValidationError } from './validation-mapping';

const context = {
  primaryRegion: 'eastus',
  additionalRegions: ['westeurope', 'southeastasia'],
  resourceGroup: { mode: 'existing' as const, name: 'rg-ml' },
};

describe('mapValidationError', () => {
  it('maps the details of InvalidTemplateDeployment onto fields', () => {
    const result = mapValidationError(
      {
        code: 'InvalidTemplateDeployment',
        message: "The template deployment 'd' is not valid according to the validation procedure.",
        details: [
          { code: 'Conflict', message: "Registry name 'contoso' is already in use", target: 'contoso' },
          {
            code: 'LocationNotAvailableForResourceType',
            message: "The provided location 'southeastasia' is not available for resource type 'Microsoft.MachineLearningServices/registries'.",
          },
        ],
      },
      context,
    );
    expect(result.fieldErrors.name).toMatch(/already in use \(Conflict\)/);
    expect(result.fieldErrors['additionalRegions.1']).toMatch(/southeastasia/);
    expect(result.formErrors).toEqual([]);
  });

  it('keeps an error with no field as a form error, with its code', () => {
    const result = mapValidationError({ code: 'InternalServerError', message: 'Something broke.' }, context);
    expect(result.fieldErrors).toEqual({});
    expect(result.formErrors).toEqual(['Something broke. (InternalServerError)']);
  });
});

describe('fieldOfArmError', () => {
  it.each([
    ['InvalidResourceName', 'bad', 'name'],
    ['MissingSubscriptionRegistration', 'not registered', 'subscriptionId'],
    ['ResourceGroupNotFound', "Resource group 'x' could not be found.", 'resourceGroup.name'],
    ['AuthorizationFailed', 'no', 'resourceGroup.name'],
    ['LocationNotAvailableForResourceType', "The provided location 'eastus' is not available", 'primaryRegion'],
    ['InvalidResourceLocation', "already exists in location 'westus'", 'primaryRegion'],
    ['Conflict', 'Another operation is in progress', null],
  ])('%s → %s', (code, message, field) => {
    expect(fieldOfArmError({ code, message }, context)).toBe(field);
  });
});
