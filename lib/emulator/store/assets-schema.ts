// Migration 4: registry assets (issue 12). Containers and versions of models, environments, components,
// data and codes under a registry, and the asynchronous operations their PUT/DELETE start. Asset names
// and versions are case-sensitive in the ML resource provider (mfe.json: "This is case-sensitive."), so
// they are stored as sent. Progress (Creating → Succeeded, Deleting → gone, replication per region) is
// derived from stored times, like registry provisioning.

/** The SQL of the asset tables, appended to MIGRATIONS. */
export const ASSET_TABLES = `
  CREATE TABLE asset_containers (
    registry_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    tags_json TEXT NOT NULL DEFAULT '{}',
    properties_json TEXT NOT NULL DEFAULT '{}',
    is_archived INTEGER NOT NULL DEFAULT 0,
    system_data_json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    ready_at INTEGER NOT NULL,
    delete_at INTEGER,
    PRIMARY KEY (registry_key, kind, name)
  );

  CREATE TABLE asset_versions (
    registry_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    seq INTEGER NOT NULL,
    properties_json TEXT NOT NULL,
    is_archived INTEGER NOT NULL DEFAULT 0,
    system_data_json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    ready_at INTEGER NOT NULL,
    delete_at INTEGER,
    PRIMARY KEY (registry_key, kind, name, version)
  );
  CREATE INDEX asset_versions_created ON asset_versions (registry_key, kind, name, created_at);
  -- Every asset request finishes due deletions first: find them without scanning every row.
  CREATE INDEX asset_versions_deleting ON asset_versions (delete_at) WHERE delete_at IS NOT NULL;
  CREATE INDEX asset_containers_deleting ON asset_containers (delete_at) WHERE delete_at IS NOT NULL;

  CREATE TABLE asset_operations (
    id TEXT PRIMARY KEY,
    subscription_id TEXT NOT NULL,
    location TEXT NOT NULL,
    kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL
  );

  -- A deleted registry takes its assets with it (a registry recreated under the same name starts empty).
  CREATE TRIGGER registries_delete_assets AFTER DELETE ON registries BEGIN
    DELETE FROM asset_versions WHERE registry_key = OLD.id_key;
    DELETE FROM asset_containers WHERE registry_key = OLD.id_key;
  END;
`;
