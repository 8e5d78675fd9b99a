import { describeReviewControl } from '../../test/describe-review-control';
import control from './entra-guest-users-reviewed';

describeReviewControl(control, { cadence: 'weekly', points: 2 });
