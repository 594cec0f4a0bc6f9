// Shown while the deployment is read from ARM.
import { DeploymentProgressSkeleton } from '@/components/deployment-progress/deployment-progress-skeleton';

/** Loading state of a deployment's page. */
export default function DeploymentLoading() {
  return <DeploymentProgressSkeleton />;
}
