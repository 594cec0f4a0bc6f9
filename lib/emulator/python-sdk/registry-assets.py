"""Drives Azure's own Python client, azure-ai-ml (Debian's python3-azure, 1.4.0), unchanged, against the emulator.

MODE=publish (default): MLClient(credential, subscription_id, resource_group, registry_name=...) creates, gets and
lists an environment, creates a model from a local file (uploaded through the SAS the registry hands out) and a
command component running in that environment (COMPONENT_NAME), and lists the components.
MODE=read-only: lists the environments, then tries to create one and reports the refusal.
The credential is azure-identity's ManagedIdentityCredential for the identity CLIENT_ID (default: the emulator's).
Prints one JSON object with what the client returned; lib/emulator/python-sdk/ml-client.test.ts asserts on it and
on what the emulator stored.

Inputs (environment): EMULATOR_HTTPS_URL, REGISTRY_NAME, SUBSCRIPTION_ID, RESOURCE_GROUP, ENVIRONMENT_NAME,
MODEL_NAME, MODEL_FILE, COMPONENT_NAME, MODE, CLIENT_ID; MSI_ENDPOINT (the emulator's managed-identity endpoint) and
REQUESTS_CA_BUNDLE (its CA).
"""

import json
import os
import sys

from azure.ai.ml import MLClient
from azure.ai.ml.entities import CommandComponent, Environment, Model
from azure.core.exceptions import HttpResponseError
from azure.core.pipeline.policies import SansIOHTTPPolicy
from azure.identity import ManagedIdentityCredential

# azure-ai-ml 1.4.0 reads the registry discovery host from a table compiled into it (AzureCloud:
# https://eastus.api.azureml.ms/) with no setting to change it (later releases read REGISTRY_DISCOVERY_ENDPOINT_URL).
# So the one request to that host is sent to the emulator instead, by a pipeline policy handed to MLClient through
# azure-core's public `per_call_policies` option, the way Azure SDK's own test proxy redirects requests. Everything
# after discovery goes where the emulator's discovery answer says (primaryRegionResourceProviderUri), unchanged.
DISCOVERY_HOST = "https://eastus.api.azureml.ms/"


class DiscoveryToEmulator(SansIOHTTPPolicy):
    def __init__(self, emulator_url):
        super().__init__()
        self.emulator_url = emulator_url.rstrip("/") + "/"
        self.redirected = []

    def on_request(self, request):
        url = request.http_request.url
        if url.startswith(DISCOVERY_HOST):
            request.http_request.url = self.emulator_url + url[len(DISCOVERY_HOST):]
            self.redirected.append(request.http_request.url)


def report(result):
    # Written to the real stdout and flushed now: at interpreter exit only the current sys.stdout is flushed.
    json.dump(result, REPORT)
    REPORT.flush()


def ml_client_for(env, redirect, credential):
    return MLClient(
        credential,
        subscription_id=env["SUBSCRIPTION_ID"],
        resource_group_name=env["RESOURCE_GROUP"],
        registry_name=env["REGISTRY_NAME"],
        per_call_policies=[redirect],
        show_progress=False,
    )


def new_environment(env):
    return Environment(
        name=env["ENVIRONMENT_NAME"],
        version="1",
        image="mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest",
        description="created by azure-ai-ml",
        tags={"from": "python-sdk"},
    )


def read_only(env):
    redirect = DiscoveryToEmulator(env["EMULATOR_HTTPS_URL"])
    ml_client = ml_client_for(env, redirect, ManagedIdentityCredential(client_id=env["CLIENT_ID"]))
    listed = [e.name for e in ml_client.environments.list()]
    try:
        ml_client.environments.create_or_update(new_environment(env))
        refused = None
    except HttpResponseError as e:
        refused = {"status": e.status_code, "code": e.error.code if e.error else None, "message": e.message}
    report({"listedEnvironments": listed, "refused": refused})


def publish(env):
    redirect = DiscoveryToEmulator(env["EMULATOR_HTTPS_URL"])
    ml_client = ml_client_for(env, redirect, ManagedIdentityCredential(client_id=env.get("CLIENT_ID")))

    created_env = ml_client.environments.create_or_update(new_environment(env))
    got_env = ml_client.environments.get(env["ENVIRONMENT_NAME"], version="1")
    listed = [e.name for e in ml_client.environments.list()]
    versions = [e.version for e in ml_client.environments.list(name=env["ENVIRONMENT_NAME"])]

    created_model = ml_client.models.create_or_update(
        Model(name=env["MODEL_NAME"], version="1", path=env["MODEL_FILE"], type="custom_model", description="uploaded by azure-ai-ml")
    )
    got_model = ml_client.models.get(env["MODEL_NAME"], version="1")

    environment_id = f"azureml://registries/{env['REGISTRY_NAME']}/environments/{env['ENVIRONMENT_NAME']}/versions/1"
    created_component = ml_client.components.create_or_update(
        CommandComponent(name=env["COMPONENT_NAME"], version="1", command="python train.py --epochs 3", environment=environment_id, description="trains with azure-ai-ml")
    )
    components = [c.name for c in ml_client.components.list()]

    report(
        {
            "discovery": redirect.redirected,
            "environment": {"id": created_env.id, "name": created_env.name, "version": created_env.version, "image": created_env.image, "description": created_env.description, "tags": created_env.tags},
            "gotEnvironment": {"name": got_env.name, "version": got_env.version, "image": got_env.image},
            "listedEnvironments": listed,
            "environmentVersions": versions,
            "model": {"id": created_model.id, "name": created_model.name, "version": created_model.version, "path": str(created_model.path), "type": created_model.type},
            "gotModel": {"name": got_model.name, "version": got_model.version, "path": str(got_model.path), "description": got_model.description},
            "component": {"id": created_component.id, "name": created_component.name, "version": created_component.version, "command": created_component.command},
            "listedComponents": components,
        }
    )


if __name__ == "__main__":
    # The client prints progress ("Creating/updating registry component … Done") on stdout: the report alone goes there.
    REPORT, sys.stdout = sys.stdout, sys.stderr
    (read_only if os.environ.get("MODE") == "read-only" else publish)(os.environ)
