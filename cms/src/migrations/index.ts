import * as migration_20261122_111137_initial from './20261122_111137_initial';
import * as migration_20261122_113120_media_sizes from './20261122_113120_media_sizes';
import * as migration_20261122_113935_rate_limits from './20261122_113935_rate_limits';
import * as migration_20261122_122919_notice_comments from './20261122_122919_notice_comments';
import * as migration_20261122_142550_comment_retention from './20261122_142550_comment_retention';
import * as migration_20261123_064257_login_throttle_and_sweep from './20261123_064257_login_throttle_and_sweep';
import * as migration_20261123_111209_site_changes from './20261123_111209_site_changes';
import * as migration_20261123_144819_review_step from './20261123_144819_review_step';
import * as migration_20261123_165057_site_settings from './20261123_165057_site_settings';
import * as migration_20261123_184009_media_object_key from './20261123_184009_media_object_key';
import * as migration_20261123_202446_mail_jobs from './20261123_202446_mail_jobs';
import * as migration_20261123_220001_mail_retry from './20261123_220001_mail_retry';
import * as migration_20261205_100610_review_state_changes from './20261205_100610_review_state_changes';
import * as migration_20261205_131103_reviewer_desk_author from './20261205_131103_reviewer_desk_author';
import * as migration_20261205_131412_notice_contact_defaults from './20261205_131412_notice_contact_defaults';
import * as migration_20261205_132437_drafts_without_autosave from './20261205_132437_drafts_without_autosave';
import * as migration_20261206_055633_review_chain from './20261206_055633_review_chain';
import * as migration_20261206_091930_operations_log from './20261206_091930_operations_log';
import * as migration_20261206_101744_review_notes_lists_progress from './20261206_101744_review_notes_lists_progress';
import * as migration_20261206_122657_notice_review_chain from './20261206_122657_notice_review_chain';
import * as migration_20261206_122814_objection_answer_deadlines from './20261206_122814_objection_answer_deadlines';
import * as migration_20261206_132943_notice_outcome from './20261206_132943_notice_outcome';
import * as migration_20261206_153644_homepage_blocks from './20261206_153644_homepage_blocks';
import * as migration_20261206_153655_topics_announcements from './20261206_153655_topics_announcements';
import * as migration_20261206_153712_footer_marks_site_corrections from './20261206_153712_footer_marks_site_corrections';
import * as migration_20261206_165038_home_topic_blocks from './20261206_165038_home_topic_blocks';
import * as migration_20261206_171735_attachments_storage_keys from './20261206_171735_attachments_storage_keys';
import * as migration_20261206_182708_correction_retention from './20261206_182708_correction_retention';
import * as migration_20261206_183001_homepage_drafts from './20261206_183001_homepage_drafts';

export const migrations = [
  {
    up: migration_20261122_111137_initial.up,
    down: migration_20261122_111137_initial.down,
    name: '20261122_111137_initial',
  },
  {
    up: migration_20261122_113120_media_sizes.up,
    down: migration_20261122_113120_media_sizes.down,
    name: '20261122_113120_media_sizes',
  },
  {
    up: migration_20261122_113935_rate_limits.up,
    down: migration_20261122_113935_rate_limits.down,
    name: '20261122_113935_rate_limits',
  },
  {
    up: migration_20261122_122919_notice_comments.up,
    down: migration_20261122_122919_notice_comments.down,
    name: '20261122_122919_notice_comments',
  },
  {
    up: migration_20261122_142550_comment_retention.up,
    down: migration_20261122_142550_comment_retention.down,
    name: '20261122_142550_comment_retention',
  },
  {
    up: migration_20261123_064257_login_throttle_and_sweep.up,
    down: migration_20261123_064257_login_throttle_and_sweep.down,
    name: '20261123_064257_login_throttle_and_sweep',
  },
  {
    up: migration_20261123_111209_site_changes.up,
    down: migration_20261123_111209_site_changes.down,
    name: '20261123_111209_site_changes',
  },
  {
    up: migration_20261123_144819_review_step.up,
    down: migration_20261123_144819_review_step.down,
    name: '20261123_144819_review_step',
  },
  {
    up: migration_20261123_165057_site_settings.up,
    down: migration_20261123_165057_site_settings.down,
    name: '20261123_165057_site_settings',
  },
  {
    up: migration_20261123_184009_media_object_key.up,
    down: migration_20261123_184009_media_object_key.down,
    name: '20261123_184009_media_object_key',
  },
  {
    up: migration_20261123_202446_mail_jobs.up,
    down: migration_20261123_202446_mail_jobs.down,
    name: '20261123_202446_mail_jobs',
  },
  {
    up: migration_20261123_220001_mail_retry.up,
    down: migration_20261123_220001_mail_retry.down,
    name: '20261123_220001_mail_retry',
  },
  {
    up: migration_20261205_100610_review_state_changes.up,
    down: migration_20261205_100610_review_state_changes.down,
    name: '20261205_100610_review_state_changes',
  },
  {
    up: migration_20261205_131103_reviewer_desk_author.up,
    down: migration_20261205_131103_reviewer_desk_author.down,
    name: '20261205_131103_reviewer_desk_author',
  },
  {
    up: migration_20261205_131412_notice_contact_defaults.up,
    down: migration_20261205_131412_notice_contact_defaults.down,
    name: '20261205_131412_notice_contact_defaults',
  },
  {
    up: migration_20261205_132437_drafts_without_autosave.up,
    down: migration_20261205_132437_drafts_without_autosave.down,
    name: '20261205_132437_drafts_without_autosave',
  },
  {
    up: migration_20261206_055633_review_chain.up,
    down: migration_20261206_055633_review_chain.down,
    name: '20261206_055633_review_chain',
  },
  {
    up: migration_20261206_091930_operations_log.up,
    down: migration_20261206_091930_operations_log.down,
    name: '20261206_091930_operations_log',
  },
  {
    up: migration_20261206_101744_review_notes_lists_progress.up,
    down: migration_20261206_101744_review_notes_lists_progress.down,
    name: '20261206_101744_review_notes_lists_progress',
  },
  {
    up: migration_20261206_122657_notice_review_chain.up,
    down: migration_20261206_122657_notice_review_chain.down,
    name: '20261206_122657_notice_review_chain',
  },
  {
    up: migration_20261206_122814_objection_answer_deadlines.up,
    down: migration_20261206_122814_objection_answer_deadlines.down,
    name: '20261206_122814_objection_answer_deadlines',
  },
  {
    up: migration_20261206_132943_notice_outcome.up,
    down: migration_20261206_132943_notice_outcome.down,
    name: '20261206_132943_notice_outcome',
  },
  {
    up: migration_20261206_153644_homepage_blocks.up,
    down: migration_20261206_153644_homepage_blocks.down,
    name: '20261206_153644_homepage_blocks',
  },
  {
    up: migration_20261206_153655_topics_announcements.up,
    down: migration_20261206_153655_topics_announcements.down,
    name: '20261206_153655_topics_announcements',
  },
  {
    up: migration_20261206_153712_footer_marks_site_corrections.up,
    down: migration_20261206_153712_footer_marks_site_corrections.down,
    name: '20261206_153712_footer_marks_site_corrections',
  },
  {
    up: migration_20261206_165038_home_topic_blocks.up,
    down: migration_20261206_165038_home_topic_blocks.down,
    name: '20261206_165038_home_topic_blocks',
  },
  {
    up: migration_20261206_171735_attachments_storage_keys.up,
    down: migration_20261206_171735_attachments_storage_keys.down,
    name: '20261206_171735_attachments_storage_keys',
  },
  {
    up: migration_20261206_182708_correction_retention.up,
    down: migration_20261206_182708_correction_retention.down,
    name: '20261206_182708_correction_retention'
  },
  {
    up: migration_20261206_183001_homepage_drafts.up,
    down: migration_20261206_183001_homepage_drafts.down,
    name: '20261206_183001_homepage_drafts'
  },
];
