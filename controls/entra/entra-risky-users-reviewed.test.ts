import { describeReviewControl } from '../../test/describe-review-control';
import control from './entra-risky-users-reviewed';

describeReviewControl(control, { cadence: 'weekly', points: 3 });
