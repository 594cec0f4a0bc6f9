// Seeded registry assets, so the console is alive on first start: models with many versions (one model
// archived, one version archived, MLflow flavors), environments from an image and from a Docker build
// context, command components, data assets of each type (uri_file, uri_folder, mltable) and code, with
// tags and descriptions. Files listed under `files` are written to the registry's storage as real blobs;
// `{uri}` in properties becomes the blob URI of the version's folder (or `{uri}/<file>`).
import type { AssetKind } from '../store/assets';

/** One seeded version: properties (with `{uri}` placeholders), its files, and how long ago it was created. */
export interface SeedAssetVersion {
  version: string;
  daysAgo: number;
  properties: Record<string, unknown>;
  files?: Record<string, string>;
}

/** One seeded asset container. */
export interface SeedAsset {
  registry: string;
  kind: AssetKind;
  name: string;
  description: string;
  tags: Record<string, string>;
  archived?: boolean;
  versions: SeedAssetVersion[];
}

const mlmodel = (flavor: string, version: string) =>
  `artifact_path: model\nflavors:\n  python_function:\n    env: conda.yaml\n    loader_module: mlflow.${flavor}\n    python_version: 3.10.14\n  ${flavor}:\n    ${flavor}_version: ${version}\n    serialization_format: cloudpickle\nmlflow_version: 2.14.1\n`;
const conda = (deps: string[]) => `name: env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - pip\n  - pip:\n${deps.map((d) => `      - ${d}`).join('\n')}\n`;
const weights = (seed: string, kb: number) => `${seed}:`.padEnd(kb * 1024, seed.slice(0, 1));

const creditRisk: SeedAssetVersion[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  version: String(n),
  daysAgo: 60 - n * 8,
  properties: {
    description: `Gradient-boosted credit risk classifier, training run ${n}.`,
    tags: { framework: 'scikit-learn', task: 'classification', auc: (0.81 + n * 0.01).toFixed(2) },
    properties: { 'azureml.datasetVersion': String(n) },
    modelType: 'mlflow_model',
    modelUri: '{uri}',
    jobName: `credit-risk-train-${1000 + n}`,
    flavors: { python_function: { data: { loader_module: 'mlflow.sklearn', python_version: '3.10.14' } }, sklearn: { data: { sklearn_version: '1.5.1', serialization_format: 'cloudpickle' } } },
    isArchived: n === 2,
    stage: n === 6 ? 'Production' : n === 5 ? 'Staging' : 'Development',
  },
  files: { MLmodel: mlmodel('sklearn', '1.5.1'), 'conda.yaml': conda(['mlflow==2.14.1', 'scikit-learn==1.5.1']), 'model.pkl': weights(`credit-risk-${n}`, 48) },
}));

/** Every seeded asset, by registry. */
export const SEED_ASSETS: readonly SeedAsset[] = [
  { registry: 'contoso-prod-registry', kind: 'models', name: 'credit-risk-classifier', description: 'Scores loan applications for default risk (MLflow, scikit-learn).', tags: { team: 'risk', domain: 'lending' }, versions: creditRisk },
  {
    registry: 'contoso-prod-registry',
    kind: 'models',
    name: 'fraud-detector',
    description: 'Card transaction fraud detector (custom PyTorch model).',
    tags: { team: 'payments', framework: 'pytorch' },
    versions: ['1', '2', '3', '4'].map((v, i) => ({
      version: v,
      daysAgo: 40 - i * 9,
      properties: { description: `Fraud detector v${v}`, tags: { threshold: (0.5 + i * 0.05).toFixed(2) }, modelType: 'custom_model', modelUri: '{uri}' },
      files: { 'model.pt': weights(`fraud-${v}`, 64), 'score.py': 'import torch\n\ndef init():\n    global model\n    model = torch.jit.load("model.pt")\n\ndef run(raw):\n    return model(raw).tolist()\n' },
    })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'models',
    name: 'legacy-churn-model',
    description: 'Customer churn model replaced by the 2025 retention model; kept for audits.',
    tags: { team: 'crm', status: 'retired' },
    archived: true,
    versions: ['1', '2'].map((v, i) => ({ version: v, daysAgo: 400 - i * 30, properties: { modelType: 'custom_model', modelUri: '{uri}', isArchived: true }, files: { 'churn.onnx': weights(`churn-${v}`, 16) } })),
  },
  {
    registry: 'contoso-vision-models',
    kind: 'models',
    name: 'resnet50-defects',
    description: 'ResNet-50 fine-tuned to find surface defects on assembly-line photos (Triton).',
    tags: { task: 'image-classification', framework: 'onnx' },
    versions: ['1', '2', '3'].map((v, i) => ({ version: v, daysAgo: 30 - i * 7, properties: { modelType: 'triton_model', modelUri: '{uri}' }, files: { 'config.pbtxt': 'name: "resnet50"\nplatform: "onnxruntime_onnx"\nmax_batch_size: 16\n', '1/model.onnx': weights(`resnet-${v}`, 96) } })),
  },
  {
    registry: 'nlp-experiments',
    kind: 'models',
    name: 'bert-sentiment',
    description: 'DistilBERT sentiment classifier for support tickets.',
    tags: { task: 'text-classification', language: 'en' },
    versions: ['1', '2', '3', '4', '5'].map((v, i) => ({ version: v, daysAgo: 25 - i * 4, properties: { modelType: 'mlflow_model', modelUri: '{uri}', flavors: { python_function: { data: { loader_module: 'mlflow.transformers' } } } }, files: { MLmodel: mlmodel('transformers', '4.44.0'), 'config.json': '{"model_type": "distilbert", "num_labels": 3}\n' } })),
  },
  {
    registry: 'contoso-dev-registry',
    kind: 'models',
    name: 'demand-forecaster',
    description: 'Weekly demand forecast per store (LightGBM).',
    tags: { task: 'forecasting' },
    versions: ['1', '2', '3'].map((v, i) => ({ version: v, daysAgo: 12 - i * 4, properties: { modelType: 'custom_model', modelUri: '{uri}' }, files: { 'model.txt': weights(`lgbm-${v}`, 8) } })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'environments',
    name: 'sklearn-1-5',
    description: 'scikit-learn 1.5 on the Azure ML OpenMPI Ubuntu 22.04 image.',
    tags: { os: 'ubuntu22.04', python: '3.10' },
    versions: ['1', '2', '3'].map((v, i) => ({
      version: v,
      daysAgo: 90 - i * 30,
      properties: { image: `mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:2024050${i + 1}.v1`, condaFile: conda(['scikit-learn==1.5.1', 'mlflow==2.14.1', 'azureml-inference-server-http']), osType: 'Linux' },
    })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'environments',
    name: 'pytorch-2-3-cuda',
    description: 'PyTorch 2.3 with CUDA 12.1, built from a Docker build context.',
    tags: { gpu: 'true', framework: 'pytorch' },
    versions: ['1', '2'].map((v, i) => ({
      version: v,
      daysAgo: 50 - i * 20,
      properties: { build: { contextUri: '{uri}', dockerfilePath: 'Dockerfile' }, osType: 'Linux' },
      files: { Dockerfile: 'FROM mcr.microsoft.com/azureml/openmpi4.1.0-cuda12.1-cudnn8-ubuntu22.04:latest\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n', 'requirements.txt': 'torch==2.3.1\ntorchvision==0.18.1\nmlflow==2.14.1\n' },
    })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'environments',
    name: 'lightgbm-inference',
    description: 'Inference image for LightGBM models with custom routes.',
    tags: { purpose: 'inference' },
    versions: [{ version: '1', daysAgo: 20, properties: { image: 'contosoml.azurecr.io/lightgbm-inference:4.3', inferenceConfig: { livenessRoute: { path: '/health', port: 5001 }, readinessRoute: { path: '/ready', port: 5001 }, scoringRoute: { path: '/score', port: 5001 } } } }],
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'components',
    name: 'train-credit-model',
    description: 'Trains the credit risk classifier on a prepared dataset.',
    tags: { team: 'risk' },
    versions: ['1', '2'].map((v, i) => ({
      version: v,
      daysAgo: 45 - i * 15,
      properties: {
        componentSpec: {
          $schema: 'https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json',
          name: 'train_credit_model',
          version: v,
          display_name: 'Train credit model',
          type: 'command',
          inputs: { training_data: { type: 'uri_folder' }, learning_rate: { type: 'number', default: 0.1 }, max_depth: { type: 'integer', default: 6 } },
          outputs: { model_output: { type: 'mlflow_model' } },
          code: './src',
          environment: 'azureml://registries/contoso-prod-registry/environments/sklearn-1-5/versions/3',
          command: 'python train.py --data ${{inputs.training_data}} --lr ${{inputs.learning_rate}} --max-depth ${{inputs.max_depth}} --out ${{outputs.model_output}}',
        },
      },
    })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'components',
    name: 'prep-data',
    description: 'Cleans raw applications and splits them into train and test sets.',
    tags: { team: 'risk' },
    versions: [
      {
        version: '1',
        daysAgo: 50,
        properties: {
          componentSpec: {
            $schema: 'https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json',
            name: 'prep_data',
            version: '1',
            type: 'command',
            inputs: { raw_data: { type: 'uri_file' }, test_ratio: { type: 'number', default: 0.2 } },
            outputs: { train: { type: 'uri_folder' }, test: { type: 'uri_folder' } },
            environment: 'azureml://registries/contoso-prod-registry/environments/sklearn-1-5/versions/3',
            command: 'python prep.py --raw ${{inputs.raw_data}} --ratio ${{inputs.test_ratio}} --train ${{outputs.train}} --test ${{outputs.test}}',
          },
        },
      },
    ],
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'data',
    name: 'credit-applications',
    description: 'Anonymised loan applications, one CSV per monthly extract.',
    tags: { pii: 'removed', format: 'csv' },
    versions: ['1', '2', '3'].map((v, i) => ({
      version: v,
      daysAgo: 70 - i * 20,
      properties: { dataType: 'uri_file', dataUri: '{uri}/applications.csv' },
      files: { 'applications.csv': `id,income,loan_amount,term,defaulted\n${Array.from({ length: 40 }, (_, r) => `${r + 1},${40000 + r * 950},${5000 + ((r * 37) % 20) * 1000},36,${r % 7 === 0 ? 1 : 0}`).join('\n')}\n` },
    })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'data',
    name: 'transactions-2024',
    description: 'Card transactions of 2024, partitioned by month (Parquet).',
    tags: { format: 'parquet', year: '2024' },
    versions: ['1', '2'].map((v, i) => ({ version: v, daysAgo: 35 - i * 10, properties: { dataType: 'uri_folder', dataUri: '{uri}' }, files: { 'month=01/part-0000.parquet': weights(`tx-01-${v}`, 24), 'month=02/part-0000.parquet': weights(`tx-02-${v}`, 24) } })),
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'data',
    name: 'iris-mltable',
    description: 'The iris dataset as an MLTable.',
    tags: { format: 'mltable' },
    versions: [
      {
        version: '1',
        daysAgo: 15,
        properties: { dataType: 'mltable', dataUri: '{uri}', referencedUris: ['{uri}/iris.csv'] },
        files: { MLTable: 'paths:\n  - file: ./iris.csv\ntransformations:\n  - read_delimited:\n      delimiter: ","\n      header: all_files_same_headers\n', 'iris.csv': 'sepal_length,sepal_width,petal_length,petal_width,species\n5.1,3.5,1.4,0.2,setosa\n7.0,3.2,4.7,1.4,versicolor\n6.3,3.3,6.0,2.5,virginica\n' },
      },
    ],
  },
  {
    registry: 'contoso-prod-registry',
    kind: 'codes',
    name: 'credit-risk-src',
    description: 'Training code of the credit risk classifier.',
    tags: { repo: 'contoso/credit-risk' },
    versions: [{ version: '1', daysAgo: 45, properties: { codeUri: '{uri}' }, files: { 'train.py': 'import argparse\nimport mlflow\n\nif __name__ == "__main__":\n    parser = argparse.ArgumentParser()\n    parser.add_argument("--data")\n    print(parser.parse_args())\n' } }],
  },
];
