import { describeReviewControl } from '../../test/describe-review-control';
import control from './entra-signin-logs-reviewed';

describeReviewControl(control, { cadence: 'weekly', points: 3 });
