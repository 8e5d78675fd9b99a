/** Colour bands, like a credit score's: the same cut-offs on the ring, the category bars, the toolbar badge and the overlay. Pure, so the background and components share it. */
export interface Band {
  readonly id: 'poor' | 'fair' | 'good' | 'strong';
  readonly label: string;
  readonly color: string;
}

export function bandOf(percent: number): Band {
  if (percent >= 80) return { id: 'strong', label: 'Strong', color: '#137333' };
  if (percent >= 60) return { id: 'good', label: 'Good', color: '#1a73e8' };
  if (percent >= 40) return { id: 'fair', label: 'Fair', color: '#b06000' };
  return { id: 'poor', label: 'Poor', color: '#c5221f' };
}
