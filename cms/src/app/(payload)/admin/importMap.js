import { ReturnedBanner as ReturnedBanner_b89431f7a1f299fd1484ca28a0b19d96 } from '@/admin/ReturnedBanner'
import { ProofreadPanel as ProofreadPanel_68266afdadc553eca5a37cc3e972d674 } from '@/admin/ProofreadPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewNotes as ReviewNotes_a34ceb260f766cf7d17f81743e52560b } from '@/admin/ReviewNotes'
import { AuthorField as AuthorField_cc62ea533a6d95da83022a8f3cb532d2 } from '@/admin/AuthorField'
import { ReviewLogRow as ReviewLogRow_cdec975e88d0eba86b8839e3d02b7b0a } from '@/admin/ReviewLogRow'
import { ReviewCompareLink as ReviewCompareLink_365a0c89bf5e1df615abb231b0f987b0 } from '@/admin/ReviewCompareLink'
import { ImportArticles as ImportArticles_0b6916e2a8f11239baa67b4c273c249d } from '@/collections/Stories/admin/ImportArticles'
import { ViewOnSite as ViewOnSite_1c2ae5eba1c6d3bcda9375e34e5e5d6e } from '@/admin/ViewOnSite'
import { ReviewPublishButton as ReviewPublishButton_dbda2b17d32610d0cc7e890db2c3f92c } from '@/admin/ReviewPublishButton'
import { NomineeRow as NomineeRow_2a25454122a9e2c189b8b1c827bedfe7 } from '@/collections/Notices/admin/NomineeRow'
import { NoticeLastDayCell as NoticeLastDayCell_a0acf3f72f03a6096085b052b005f450 } from '@/collections/Notices/admin/NoticePeriod'
import { NoticePeriodDescription as NoticePeriodDescription_a0acf3f72f03a6096085b052b005f450 } from '@/collections/Notices/admin/NoticePeriod'
import { NomineeCell as NomineeCell_8e0738415718b4cf4e15299414a4c183 } from '@/collections/NoticeComments/admin/NomineeCell'
import { ModerationSummary as ModerationSummary_63578927ec8f3cd19838dea142d6d3b8 } from '@/collections/NoticeComments/admin/ModerationSummary'
import { BulkModeration as BulkModeration_ef7d4567596bb08fc9aadc169f2c875e } from '@/collections/NoticeComments/admin/BulkModeration'
import { CurrentPasswordField as CurrentPasswordField_b3c29843d032b19d8d62a98642d35f02 } from '@/collections/Users/admin/CurrentPasswordField'
import { ExportCsvButton as ExportCsvButton_78696b68a8c3c70b97cb668b5b1172ed } from '@/collections/AuditLog/admin/ExportCsvButton'
import { Icon as Icon_3c31fdf4820328a29c17991ad8f3f536 } from '@/admin/Graphics'
import { Logo as Logo_3c31fdf4820328a29c17991ad8f3f536 } from '@/admin/Graphics'
import { LoginProof as LoginProof_fc8ee2fc4d37502e5eaa1fe1c03ddea8 } from '@/admin/LoginProof'
import { DeskOverview as DeskOverview_a08cc3c7cfc8f3777a26ea97ecfa391b } from '@/admin/DeskOverview'
import { ObjectionDeadlines as ObjectionDeadlines_dada671d908bc9355aacb4812494040f } from '@/collections/NoticeComments/admin/ObjectionDeadlines'
import { ChineseUiStrings as ChineseUiStrings_1e655ad336d177c4a0c0a84c45f4d28e } from '@/admin/ChineseUiStrings'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/ReturnedBanner#ReturnedBanner": ReturnedBanner_b89431f7a1f299fd1484ca28a0b19d96,
  "@/admin/ProofreadPanel#ProofreadPanel": ProofreadPanel_68266afdadc553eca5a37cc3e972d674,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/admin/ReviewNotes#ReviewNotes": ReviewNotes_a34ceb260f766cf7d17f81743e52560b,
  "@/admin/AuthorField#AuthorField": AuthorField_cc62ea533a6d95da83022a8f3cb532d2,
  "@/admin/ReviewLogRow#ReviewLogRow": ReviewLogRow_cdec975e88d0eba86b8839e3d02b7b0a,
  "@/admin/ReviewCompareLink#ReviewCompareLink": ReviewCompareLink_365a0c89bf5e1df615abb231b0f987b0,
  "@/collections/Stories/admin/ImportArticles#ImportArticles": ImportArticles_0b6916e2a8f11239baa67b4c273c249d,
  "@/admin/ViewOnSite#ViewOnSite": ViewOnSite_1c2ae5eba1c6d3bcda9375e34e5e5d6e,
  "@/admin/ReviewPublishButton#ReviewPublishButton": ReviewPublishButton_dbda2b17d32610d0cc7e890db2c3f92c,
  "@/collections/Notices/admin/NomineeRow#NomineeRow": NomineeRow_2a25454122a9e2c189b8b1c827bedfe7,
  "@/collections/Notices/admin/NoticePeriod#NoticeLastDayCell": NoticeLastDayCell_a0acf3f72f03a6096085b052b005f450,
  "@/collections/Notices/admin/NoticePeriod#NoticePeriodDescription": NoticePeriodDescription_a0acf3f72f03a6096085b052b005f450,
  "@/collections/NoticeComments/admin/NomineeCell#NomineeCell": NomineeCell_8e0738415718b4cf4e15299414a4c183,
  "@/collections/NoticeComments/admin/ModerationSummary#ModerationSummary": ModerationSummary_63578927ec8f3cd19838dea142d6d3b8,
  "@/collections/NoticeComments/admin/BulkModeration#BulkModeration": BulkModeration_ef7d4567596bb08fc9aadc169f2c875e,
  "@/collections/Users/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_b3c29843d032b19d8d62a98642d35f02,
  "@/collections/AuditLog/admin/ExportCsvButton#ExportCsvButton": ExportCsvButton_78696b68a8c3c70b97cb668b5b1172ed,
  "@/admin/Graphics#Icon": Icon_3c31fdf4820328a29c17991ad8f3f536,
  "@/admin/Graphics#Logo": Logo_3c31fdf4820328a29c17991ad8f3f536,
  "@/admin/LoginProof#LoginProof": LoginProof_fc8ee2fc4d37502e5eaa1fe1c03ddea8,
  "@/admin/DeskOverview#DeskOverview": DeskOverview_a08cc3c7cfc8f3777a26ea97ecfa391b,
  "@/collections/NoticeComments/admin/ObjectionDeadlines#ObjectionDeadlines": ObjectionDeadlines_dada671d908bc9355aacb4812494040f,
  "@/admin/ChineseUiStrings#ChineseUiStrings": ChineseUiStrings_1e655ad336d177c4a0c0a84c45f4d28e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
