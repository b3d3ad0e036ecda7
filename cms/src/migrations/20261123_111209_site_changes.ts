import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"reason" varchar,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_changes_id" integer;
  CREATE INDEX "site_changes_collection_idx" ON "site_changes" USING btree ("collection");
  CREATE INDEX "site_changes_updated_at_idx" ON "site_changes" USING btree ("updated_at");
  CREATE INDEX "site_changes_created_at_idx" ON "site_changes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_changes_fk" FOREIGN KEY ("site_changes_id") REFERENCES "public"."site_changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("site_changes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_changes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_changes_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_changes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_changes_id";`)
}
