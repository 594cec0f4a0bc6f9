// For tests: the Fluent icon component each plain icon (plain-icons.tsx) stands in for.
import type { ComponentType } from 'react';
import {
  AddRegular,
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  ArrowDownRegular,
  ArrowSortRegular,
  ArrowSyncCircleRegular,
  ArrowUpRegular,
  CheckmarkCircleRegular,
  ChevronDownRegular,
  ColumnTripleEditRegular,
  DeleteRegular,
  DismissRegular,
  ErrorCircleRegular,
  QuestionCircleRegular,
  SearchRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import type { PlainIconName } from './plain-icons';

/** The Fluent icon whose markup each plain icon renders. */
export const FLUENT_ICON_OF_PLAIN: Record<PlainIconName, ComponentType> = {
  arrowSort: ArrowSortRegular,
  arrowUp: ArrowUpRegular,
  arrowDown: ArrowDownRegular,
  checkmarkCircle: CheckmarkCircleRegular,
  errorCircle: ErrorCircleRegular,
  sparkle: SparkleRegular,
  arrowSyncCircle: ArrowSyncCircleRegular,
  delete: DeleteRegular,
  questionCircle: QuestionCircleRegular,
  add: AddRegular,
  arrowClockwise: ArrowClockwiseRegular,
  arrowDownload: ArrowDownloadRegular,
  chevronDown: ChevronDownRegular,
  columnTripleEdit: ColumnTripleEditRegular,
  dismiss: DismissRegular,
  search: SearchRegular,
};
