import type { Field } from 'payload'

/**
 * 校对 at the top of the sidebar of the edit form: the proofreader's findings in the saved draft,
 * each shown in place on a click (admin/ProofreadPanel.tsx). A UI field: nothing is stored.
 */
export const proofreadPanelField = (): Field => ({
  name: 'proofreadPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/admin/ProofreadPanel#ProofreadPanel' } },
})
