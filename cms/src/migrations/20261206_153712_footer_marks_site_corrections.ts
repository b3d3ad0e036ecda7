import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_corrections_status" AS ENUM('pending', 'in-progress', 'done');
  CREATE TABLE "site_corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt" varchar NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"status" "enum_site_corrections_status" DEFAULT 'pending' NOT NULL,
  	"page" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"contact" varchar,
  	"reply" varchar,
  	"ip_hash" varchar,
  	"user_agent" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_qr_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"alt" varchar NOT NULL,
  	"image_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_corrections_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "site_code" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "party_mark_image_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "party_mark_href" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "about" jsonb;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility" jsonb;
  ALTER TABLE "site_settings_qr_codes" ADD CONSTRAINT "site_settings_qr_codes_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_qr_codes" ADD CONSTRAINT "site_settings_qr_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "site_corrections_receipt_idx" ON "site_corrections" USING btree ("receipt");
  CREATE UNIQUE INDEX "site_corrections_idempotency_key_idx" ON "site_corrections" USING btree ("idempotency_key");
  CREATE INDEX "site_corrections_status_idx" ON "site_corrections" USING btree ("status");
  CREATE INDEX "site_corrections_updated_at_idx" ON "site_corrections" USING btree ("updated_at");
  CREATE INDEX "site_corrections_created_at_idx" ON "site_corrections" USING btree ("created_at");
  CREATE INDEX "site_settings_qr_codes_order_idx" ON "site_settings_qr_codes" USING btree ("_order");
  CREATE INDEX "site_settings_qr_codes_parent_id_idx" ON "site_settings_qr_codes" USING btree ("_parent_id");
  CREATE INDEX "site_settings_qr_codes_image_idx" ON "site_settings_qr_codes" USING btree ("image_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_corrections_fk" FOREIGN KEY ("site_corrections_id") REFERENCES "public"."site_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_party_mark_image_id_media_id_fk" FOREIGN KEY ("party_mark_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("site_corrections_id");
  CREATE INDEX "site_settings_party_mark_party_mark_image_idx" ON "site_settings" USING btree ("party_mark_image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_qr_codes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_corrections" CASCADE;
  DROP TABLE "site_settings_qr_codes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_corrections_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_party_mark_image_id_media_id_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_corrections_id_idx";
  DROP INDEX "site_settings_party_mark_party_mark_image_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_corrections_id";
  ALTER TABLE "site_settings" DROP COLUMN "site_code";
  ALTER TABLE "site_settings" DROP COLUMN "party_mark_image_id";
  ALTER TABLE "site_settings" DROP COLUMN "party_mark_href";
  ALTER TABLE "site_settings" DROP COLUMN "about";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility";
  DROP TYPE "public"."enum_site_corrections_status";`)
}
