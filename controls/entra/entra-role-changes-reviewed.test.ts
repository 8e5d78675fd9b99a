import { describeReviewControl } from '../../test/describe-review-control';
import control from './entra-role-changes-reviewed';

describeReviewControl(control, { cadence: 'weekly', points: 3 });
