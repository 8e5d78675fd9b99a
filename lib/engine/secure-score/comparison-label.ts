/** Microsoft's averageComparativeScores basis, as people say it. */
export function comparisonLabel(basis: string): string {
  switch (basis.toLowerCase()) {
    case 'alltenants':
      return 'all organisations';
    case 'totalseats':
      return 'organisations of similar size';
    case 'industrytypes':
      return 'organisations in the same industry';
    default:
      return basis;
  }
}

/** The comparison people care about most: similar size when Microsoft gives it, else all organisations. */
export function similarOrganisations<T extends { readonly basis: string }>(comparisons: readonly T[]): T | undefined {
  const by = (b: string): T | undefined => comparisons.find((c) => c.basis.toLowerCase() === b);
  return by('totalseats') ?? by('alltenants') ?? comparisons[0];
}
