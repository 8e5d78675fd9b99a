/** Each control's guidance as the detail shows it (why, how to fix, where), from the catalogue. */
import type { ControlGuide } from '../../components/control-detail';
import { catalogue } from '../../controls';

export const guides = new Map<string, ControlGuide>(
  catalogue.map((c) => [
    c.id,
    {
      rationale: c.rationale,
      remediation: c.remediation,
      threats: c.threats,
      userImpact: c.userImpact,
      implementationCost: c.implementationCost,
      fixAt: { title: c.fixAt.title, url: c.fixAt.url },
      ...(c.setTo ? { setTo: c.setTo } : {}),
    },
  ]),
);
