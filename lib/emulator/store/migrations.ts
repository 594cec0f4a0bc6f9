// Schema migrations, applied in order and tracked with SQLite's `user_version`. Append new entries
// (never edit a shipped one) so existing emulator databases upgrade in place.
import { ASSET_TABLES } from './assets-schema';

/** Ordered SQL migrations; index + 1 is the schema version after it runs. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE principals (
    id TEXT PRIMARY KEY,
    upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    principal_type TEXT NOT NULL DEFAULT 'User'
  );

  CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    state TEXT NOT NULL,
    quota_id TEXT NOT NULL,
    spending_limit TEXT NOT NULL,
    tags_json TEXT NOT NULL DEFAULT '{}'
  );

  -- Registration is computed from timestamps: Registering until settles_at, then the target state.
  CREATE TABLE provider_registrations (
    subscription_id TEXT NOT NULL,
    namespace TEXT NOT NULL COLLATE NOCASE,
    state TEXT NOT NULL,
    settles_at INTEGER,
    settled_state TEXT,
    PRIMARY KEY (subscription_id, namespace)
  );

  CREATE TABLE role_definitions (
    id TEXT PRIMARY KEY,
    role_name TEXT NOT NULL,
    role_type TEXT NOT NULL,
    description TEXT NOT NULL,
    permissions_json TEXT NOT NULL,
    assignable_scopes_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE role_assignments (
    id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    principal_id TEXT NOT NULL,
    principal_type TEXT NOT NULL DEFAULT 'User',
    role_definition_id TEXT NOT NULL,
    description TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT
  );
  CREATE INDEX role_assignments_principal ON role_assignments (principal_id);

  CREATE TABLE resource_groups (
    subscription_id TEXT NOT NULL,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    location TEXT NOT NULL,
    tags_json TEXT NOT NULL DEFAULT '{}',
    managed_by TEXT,
    state TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, name_key)
  );

  -- name_key is UNIQUE: registry names are unique across the whole tenant, case-insensitively.
  CREATE TABLE registries (
    id_key TEXT PRIMARY KEY,
    name_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    resource_group_key TEXT NOT NULL,
    resource_group TEXT NOT NULL,
    location TEXT NOT NULL,
    spec_json TEXT NOT NULL,
    managed_rg_name TEXT NOT NULL,
    identity_principal_id TEXT NOT NULL,
    system_data_json TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX registries_scope ON registries (subscription_id, resource_group_key);

  -- Generic tracked resources the resource providers create (storage accounts, container registries,
  -- replications). Transitions are stored as (due_at, next_state) and applied lazily by provisioning/settle.
  CREATE TABLE resources (
    id_key TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    resource_group_key TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    location TEXT NOT NULL,
    kind TEXT,
    sku_json TEXT,
    tags_json TEXT NOT NULL DEFAULT '{}',
    properties_json TEXT NOT NULL,
    provisioning_state TEXT NOT NULL,
    due_at INTEGER,
    next_state TEXT,
    error_json TEXT,
    owner_key TEXT,
    region TEXT,
    role TEXT,
    operation_id TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX resources_group ON resources (subscription_id, resource_group_key);
  CREATE INDEX resources_owner ON resources (owner_key);
  CREATE INDEX resources_due ON resources (due_at);

  -- Long-running operations (registry create/update/delete/removeRegions, resource group delete).
  -- end_at + planned_status/planned_error are decided when the operation starts; settle applies them.
  CREATE TABLE operations (
    id TEXT PRIMARY KEY,
    resource_key TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    location TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    ended_at INTEGER,
    planned_status TEXT NOT NULL,
    planned_error_json TEXT,
    error_json TEXT,
    created_by TEXT
  );
  CREATE INDEX operations_resource ON operations (resource_key, started_at);
  CREATE INDEX operations_running ON operations (status, end_at);
  `,
  // Template deployments (one row per deployment name; a re-PUT starts a new run) with their resource
  // operations, and fault-injection rules (kept until cleared, so they survive a restart).
  `
  CREATE TABLE deployments (
    id_key TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    resource_group_key TEXT NOT NULL,
    resource_group TEXT NOT NULL,
    run_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    state TEXT NOT NULL,
    mode TEXT NOT NULL,
    template_hash TEXT NOT NULL,
    parameters_json TEXT NOT NULL,
    outputs_json TEXT NOT NULL,
    tags_json TEXT NOT NULL DEFAULT '{}',
    caller_json TEXT NOT NULL,
    base_url TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    error_json TEXT
  );
  CREATE INDEX deployments_group ON deployments (subscription_id, resource_group_key, started_at);
  CREATE INDEX deployments_state ON deployments (state);

  CREATE TABLE deployment_operations (
    operation_id TEXT PRIMARY KEY,
    deployment_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    resource_id TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL,
    api_version TEXT NOT NULL,
    body_json TEXT NOT NULL,
    depends_on_json TEXT NOT NULL,
    state TEXT NOT NULL,
    started_at INTEGER,
    ended_at INTEGER,
    status_code TEXT,
    error_json TEXT,
    async_operation_url TEXT,
    tracking_id TEXT NOT NULL,
    service_request_id TEXT
  );
  CREATE INDEX deployment_operations_deployment ON deployment_operations (deployment_key, seq);

  CREATE TABLE fault_rules (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    rule_json TEXT NOT NULL,
    remaining INTEGER,
    hits INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  `,
  // 3: the template a deployment ran, for POST …/exportTemplate (a redeploy resubmits it).
  `
  ALTER TABLE deployments ADD COLUMN template_json TEXT;
  `,
  ASSET_TABLES,
  // 5: when a managed resource last changed, for `$expand=changedTime` on the generic resource lists.
  `
  ALTER TABLE resources ADD COLUMN changed_at INTEGER;
  `,
  // 6: what every Resource Graph page of registries (the list's first screen) reads, from indexes: the rows
  // in name order (ARG's `order by name`, so a page stops scanning early), and a registry's owned resources
  // in creation order with what its ARM JSON says of them (store/resources.ts listOwnedResourceRefs). The
  // latter leads with owner_key, so it replaces resources_owner.
  `
  CREATE INDEX registries_name ON registries (name);
  CREATE INDEX resources_owned ON resources (owner_key, created_at, id_key, id, name, provisioning_state, region, role);
  DROP INDEX resources_owner;
  `,
];
