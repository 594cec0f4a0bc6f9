// A deployment that ARM does not know (DeploymentNotFound), or an address that cannot name one.
import { DeploymentNotFound } from '@/components/deployment-progress/deployment-not-found';

/** 404 of a deployment's page. */
export default function DeploymentNotFoundPage() {
  return <DeploymentNotFound />;
}
