import { describeReviewControl } from '../../test/describe-review-control';
import control from './entra-app-consents-reviewed';

describeReviewControl(control, { cadence: 'monthly', points: 2 });
