'use client';
// "Subscription": the principal's enabled subscriptions by display name. Choosing another one clears the
// resource group, which belongs to a single subscription.
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';

/** The subscription picker of the Basics step. */
export function SubscriptionField({ subscriptions }: { subscriptions: ActionResult<SubscriptionOption[]> }) {
  const { control, setValue } = useFormContext<CreateRegistryForm>();
  const options = subscriptions.ok ? subscriptions.data : [];
  const loadError = subscriptions.ok
    ? options.length === 0 ? 'You have no enabled subscriptions to create a registry in.' : undefined
    : `Subscriptions could not be read: ${subscriptions.message}`;
  return (
    <Controller
      name="subscriptionId"
      control={control}
      render={({ field, fieldState }) => {
        const selected = options.find((s) => s.subscriptionId === field.value);
        const message = fieldState.error?.message ?? loadError;
        return (
          <Field label="Subscription" required validationMessage={message} validationState={message ? 'error' : 'none'}>
            <Dropdown
              ref={field.ref}
              placeholder="Choose a subscription"
              value={selected?.displayName ?? ''}
              selectedOptions={field.value ? [field.value] : []}
              onOptionSelect={(_, data) => {
                if (data.optionValue === field.value) return;
                field.onChange(data.optionValue ?? '');
                setValue('resourceGroup', { mode: 'existing', name: '' });
              }}
              onBlur={field.onBlur}
            >
              {options.map((s) => (
                <Option key={s.subscriptionId} value={s.subscriptionId} text={s.displayName}>
                  {s.displayName}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      }}
    />
  );
}
