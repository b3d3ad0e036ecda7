import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_proofread_lists_sensitive_severity" AS ENUM('error', 'warning');
  CREATE TABLE "site_settings_proofread_lists_confusions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"right" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_proofread_lists_official_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_proofread_lists_sensitive" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"suggestion" varchar,
  	"severity" "enum_site_settings_proofread_lists_sensitive_severity" DEFAULT 'error' NOT NULL
  );
  
  ALTER TABLE "site_settings_proofread_lists_confusions" ADD CONSTRAINT "site_settings_proofread_lists_confusions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_proofread_lists_official_names" ADD CONSTRAINT "site_settings_proofread_lists_official_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_proofread_lists_sensitive" ADD CONSTRAINT "site_settings_proofread_lists_sensitive_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_proofread_lists_confusions_order_idx" ON "site_settings_proofread_lists_confusions" USING btree ("_order");
  CREATE INDEX "site_settings_proofread_lists_confusions_parent_id_idx" ON "site_settings_proofread_lists_confusions" USING btree ("_parent_id");
  CREATE INDEX "site_settings_proofread_lists_official_names_order_idx" ON "site_settings_proofread_lists_official_names" USING btree ("_order");
  CREATE INDEX "site_settings_proofread_lists_official_names_parent_id_idx" ON "site_settings_proofread_lists_official_names" USING btree ("_parent_id");
  CREATE INDEX "site_settings_proofread_lists_sensitive_order_idx" ON "site_settings_proofread_lists_sensitive" USING btree ("_order");
  CREATE INDEX "site_settings_proofread_lists_sensitive_parent_id_idx" ON "site_settings_proofread_lists_sensitive" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_settings_proofread_lists_confusions" CASCADE;
  DROP TABLE "site_settings_proofread_lists_official_names" CASCADE;
  DROP TABLE "site_settings_proofread_lists_sensitive" CASCADE;
  DROP TYPE "public"."enum_site_settings_proofread_lists_sensitive_severity";`)
}
