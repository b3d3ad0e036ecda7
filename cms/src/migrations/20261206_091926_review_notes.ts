import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_notes_target_collection" AS ENUM('stories', 'galleries', 'honor-rolls');
  CREATE TABLE "review_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" "enum_review_notes_target_collection" NOT NULL,
  	"target_id" numeric NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"author_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_notes_id" integer;
  ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_notes_target_collection_idx" ON "review_notes" USING btree ("target_collection");
  CREATE INDEX "review_notes_target_id_idx" ON "review_notes" USING btree ("target_id");
  CREATE INDEX "review_notes_author_idx" ON "review_notes" USING btree ("author_id");
  CREATE INDEX "review_notes_updated_at_idx" ON "review_notes" USING btree ("updated_at");
  CREATE INDEX "review_notes_created_at_idx" ON "review_notes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_notes_fk" FOREIGN KEY ("review_notes_id") REFERENCES "public"."review_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("review_notes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_notes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_notes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_notes_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_notes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_notes_id";
  DROP TYPE "public"."enum_review_notes_target_collection";`)
}
