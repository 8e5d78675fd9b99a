/** Marks a control new to the tenant that the admin hasn't seen yet (issue 15 §5): a word, not a colour. */
export function NewTag({ isNew }: { isNew: boolean | undefined }) {
  if (!isNew) return null;
  // The space keeps "New" a word of its own in the heading's accessible name, not "…enabledNew".
  return (
    <>
      {' '}
      <span class="tag new-tag" title="New to this tenant since you last looked">
        New
      </span>
    </>
  );
}
