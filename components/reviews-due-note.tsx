/** The popup's line for review controls whose cadence has passed: they earn nothing until reviewed again. */
export function ReviewsDueNote({ count: n }: { count: number }) {
  if (n === 0) return null;
  return (
    <p class="review-due-note">
      {n === 1 ? '1 review is' : `${n} reviews are`} due (attested reviews, not measurements): they earn no points until
      marked Reviewed in the dashboard.
    </p>
  );
}
