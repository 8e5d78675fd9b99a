import { describeReviewControl } from '../../test/describe-review-control';
import control from './email-forwarding-rules-reviewed';

describeReviewControl(control, { cadence: 'weekly', points: 3 });
