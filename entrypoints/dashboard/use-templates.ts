/**
 * The Tenants view's templates (issue 16 §3): the saved list and the panel's callbacks, each answered
 * by the background. Applying one answers the overview as it then is, which the view shows.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TemplatesPanelProps } from '../../components/templates-panel';
import type { ApplyTemplateResult, Template, TenantsOverview } from '../../lib/messaging/partner-protocol';
import { send } from '../../lib/messaging/send';

type Callbacks = Pick<TemplatesPanelProps, 'templates' | 'onSave' | 'onDelete' | 'onApply' | 'onImport'>;

export function useTemplates(onOverview: (o: TenantsOverview) => void, onError: (e: unknown) => void): Callbacks {
  const [templates, setTemplates] = useState<readonly Template[]>([]);
  useEffect(() => {
    send('pages', 'getTemplates', null).then((v) => setTemplates(v.templates), onError);
  }, []);
  return {
    templates,
    onSave: async (template) => setTemplates((await send('pages', 'saveTemplate', { template })).templates),
    onDelete: async (templateId) => setTemplates((await send('pages', 'deleteTemplate', { templateId })).templates),
    onApply: async (templateId, tenantIds): Promise<ApplyTemplateResult> => {
      const result = await send('pages', 'applyTemplate', { templateId, tenantIds });
      onOverview(result.overview);
      return result;
    },
    onImport: async (json) => {
      const r = await send('pages', 'importTemplates', { json });
      setTemplates(r.templates);
      return { imported: r.imported, error: r.error };
    },
  };
}
