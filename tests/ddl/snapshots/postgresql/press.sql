CREATE TABLE "press_genre" ("id" smallserial NOT NULL PRIMARY KEY, "name" varchar(30) NOT NULL UNIQUE)
CREATE TABLE "press_publisher" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(100) NOT NULL UNIQUE, "slug" varchar(50) NOT NULL, "website" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "country" varchar(2) NOT NULL, "founded" integer NULL, "flagship_id" varchar(13) NULL, CONSTRAINT "publisher_founded_after_press" CHECK ("founded" >= 1450))
CREATE TABLE "press_imprint" ("publisher_ptr_id" integer NOT NULL PRIMARY KEY, "label" varchar(40) NOT NULL)
CREATE TABLE "press_author" ("id" bigserial NOT NULL PRIMARY KEY, "first_name" varchar(60) NOT NULL, "last_name" varchar(60) NOT NULL, "born" smallint NULL, "bio" text NOT NULL, "rating" double precision NOT NULL, "ip" inet NULL, "uid" uuid NOT NULL UNIQUE)
CREATE TABLE "press_author_friends" ("id" serial NOT NULL PRIMARY KEY, "from_author_id" bigint NOT NULL, "to_author_id" bigint NOT NULL)
CREATE TABLE "press_contract" ("id" serial NOT NULL PRIMARY KEY, "signed" date NOT NULL, "royalty" numeric(5, 3) NOT NULL, "author_id" bigint NOT NULL UNIQUE, CONSTRAINT "contract_once_a_day" UNIQUE ("author_id", "signed") DEFERRABLE INITIALLY DEFERRED)
CREATE TABLE "press_book" ("isbn" varchar(13) NOT NULL PRIMARY KEY, "title" varchar(200) NOT NULL, "pages" integer NOT NULL CHECK ("pages" >= 0), "edition" smallint NOT NULL CHECK ("edition" >= 0), "copies_sold" bigint NOT NULL CHECK ("copies_sold" >= 0), "price" numeric(8, 2) NOT NULL, "published" timestamp with time zone NULL, "launch_time" time NULL, "reading_time" interval NULL, "cover" varchar(100) NOT NULL, "manuscript" varchar(100) NULL, "source" varchar(100) NULL, "extra" jsonb NOT NULL, "scan" bytea NULL, "in_print" boolean NOT NULL, "reviewed" boolean NULL, "editor_id" bigint NULL, "genre_id" smallint NULL, "publisher_id" integer NOT NULL, CONSTRAINT "book_sane_counts" CHECK (("pages" >= 1 AND "edition" <= 50)), CONSTRAINT "book_title_per_publisher" UNIQUE ("publisher_id", "title"), CONSTRAINT "book_titled_in_print" CHECK ((NOT "in_print" OR (NOT ("title" = '') AND "pages" >= 1))))
CREATE TABLE "press_book_authors" ("id" serial NOT NULL PRIMARY KEY, "book_id" varchar(13) NOT NULL, "author_id" bigint NOT NULL)
CREATE TABLE "press_chapter" ("id" serial NOT NULL PRIMARY KEY, "number" smallint NOT NULL CHECK ("number" >= 0), "title_text" varchar(120) NOT NULL, "body" text NOT NULL, "book_id" varchar(13) NOT NULL, "reviewer_id" uuid NULL)
CREATE TABLE "press_translationrightsgrantedbetweenpublishersandforeignpu6958" ("id" serial NOT NULL PRIMARY KEY, "language" varchar(8) NOT NULL, "publisher_id" integer NOT NULL)
CREATE INDEX "press_genre_name_6e3fa6b3_like" ON "press_genre" ("name" varchar_pattern_ops)
ALTER TABLE "press_publisher" ADD CONSTRAINT "press_publisher_flagship_id_fd1386ed_fk_press_book_isbn" FOREIGN KEY ("flagship_id") REFERENCES "press_book" ("isbn") DEFERRABLE INITIALLY DEFERRED
CREATE INDEX "press_publisher_name_1f901eca_like" ON "press_publisher" ("name" varchar_pattern_ops)
CREATE INDEX "press_publisher_slug_d62239eb" ON "press_publisher" ("slug")
CREATE INDEX "press_publisher_slug_d62239eb_like" ON "press_publisher" ("slug" varchar_pattern_ops)
CREATE INDEX "press_publisher_country_abc625c4" ON "press_publisher" ("country")
CREATE INDEX "press_publisher_country_abc625c4_like" ON "press_publisher" ("country" varchar_pattern_ops)
CREATE INDEX "press_publisher_flagship_id_fd1386ed" ON "press_publisher" ("flagship_id")
CREATE INDEX "press_publisher_flagship_id_fd1386ed_like" ON "press_publisher" ("flagship_id" varchar_pattern_ops)
CREATE INDEX "press_publi_country_4f14b5_idx" ON "press_publisher" ("country", "founded" DESC)
ALTER TABLE "press_imprint" ADD CONSTRAINT "press_imprint_publisher_ptr_id_b0204f3f_fk_press_publisher_id" FOREIGN KEY ("publisher_ptr_id") REFERENCES "press_publisher" ("id") DEFERRABLE INITIALLY DEFERRED
ALTER TABLE "press_author" ADD CONSTRAINT "press_author_first_name_last_name_4b4ff2f8_uniq" UNIQUE ("first_name", "last_name")
CREATE INDEX "press_author_last_name_born_54df1118_idx" ON "press_author" ("last_name", "born")
ALTER TABLE "press_author_friends" ADD CONSTRAINT "press_author_friends_from_author_id_to_author_id_20432b1e_uniq" UNIQUE ("from_author_id", "to_author_id")
ALTER TABLE "press_author_friends" ADD CONSTRAINT "press_author_friends_from_author_id_294b10ed_fk_press_author_id" FOREIGN KEY ("from_author_id") REFERENCES "press_author" ("id") DEFERRABLE INITIALLY DEFERRED
ALTER TABLE "press_author_friends" ADD CONSTRAINT "press_author_friends_to_author_id_e5949f1f_fk_press_author_id" FOREIGN KEY ("to_author_id") REFERENCES "press_author" ("id") DEFERRABLE INITIALLY DEFERRED
CREATE INDEX "press_author_friends_from_author_id_294b10ed" ON "press_author_friends" ("from_author_id")
CREATE INDEX "press_author_friends_to_author_id_e5949f1f" ON "press_author_friends" ("to_author_id")
ALTER TABLE "press_contract" ADD CONSTRAINT "press_contract_author_id_21ab0f89_fk_press_author_id" FOREIGN KEY ("author_id") REFERENCES "press_author" ("id") DEFERRABLE INITIALLY DEFERRED
CREATE UNIQUE INDEX "contract_signed_covering" ON "press_contract" ("signed") INCLUDE ("royalty")
CREATE UNIQUE INDEX "contract_royalty_opclass" ON "press_contract" ("royalty" numeric_ops)
ALTER TABLE "press_book" ADD CONSTRAINT "press_book_genre_id_665d7a1a_fk_press_genre_id" FOREIGN KEY ("genre_id") REFERENCES "press_genre" ("id") DEFERRABLE INITIALLY DEFERRED
ALTER TABLE "press_book" ADD CONSTRAINT "press_book_publisher_id_528f64e2_fk_press_publisher_id" FOREIGN KEY ("publisher_id") REFERENCES "press_publisher" ("id") DEFERRABLE INITIALLY DEFERRED
CREATE UNIQUE INDEX "book_first_edition_title" ON "press_book" ("title") WHERE "edition" = 1
CREATE INDEX "press_book_isbn_c6a19c7e_like" ON "press_book" ("isbn" varchar_pattern_ops)
CREATE INDEX "press_book_publisher_id_528f64e2" ON "press_book" ("publisher_id")
CREATE INDEX "press_book_genre_id_665d7a1a" ON "press_book" ("genre_id")
CREATE INDEX "press_book_editor_id_fdcc80b1" ON "press_book" ("editor_id")
CREATE INDEX "book_title_pattern" ON "press_book" ("title" varchar_pattern_ops)
CREATE INDEX "book_long_recent" ON "press_book" ("published" DESC) WHERE ("pages" > 300 AND NOT ("in_print"))
CREATE INDEX "book_lower_title" ON "press_book" ((LOWER("title")))
CREATE INDEX "book_upper_title_pages" ON "press_book" ((UPPER("title")) DESC, "pages")
ALTER TABLE "press_book_authors" ADD CONSTRAINT "press_book_authors_book_id_author_id_581ca9ec_uniq" UNIQUE ("book_id", "author_id")
ALTER TABLE "press_book_authors" ADD CONSTRAINT "press_book_authors_book_id_5878174f_fk_press_book_isbn" FOREIGN KEY ("book_id") REFERENCES "press_book" ("isbn") DEFERRABLE INITIALLY DEFERRED
ALTER TABLE "press_book_authors" ADD CONSTRAINT "press_book_authors_author_id_42d07b9f_fk_press_author_id" FOREIGN KEY ("author_id") REFERENCES "press_author" ("id") DEFERRABLE INITIALLY DEFERRED
CREATE INDEX "press_book_authors_book_id_5878174f" ON "press_book_authors" ("book_id")
CREATE INDEX "press_book_authors_book_id_5878174f_like" ON "press_book_authors" ("book_id" varchar_pattern_ops)
CREATE INDEX "press_book_authors_author_id_42d07b9f" ON "press_book_authors" ("author_id")
ALTER TABLE "press_chapter" ADD CONSTRAINT "press_chapter_book_id_number_c7bd62ce_uniq" UNIQUE ("book_id", "number")
ALTER TABLE "press_chapter" ADD CONSTRAINT "press_chapter_book_id_29531177_fk_press_book_isbn" FOREIGN KEY ("book_id") REFERENCES "press_book" ("isbn") DEFERRABLE INITIALLY DEFERRED
ALTER TABLE "press_chapter" ADD CONSTRAINT "press_chapter_reviewer_id_9c5c5c3d_fk_press_author_uid" FOREIGN KEY ("reviewer_id") REFERENCES "press_author" ("uid") DEFERRABLE INITIALLY DEFERRED
CREATE INDEX "press_chapter_book_id_29531177" ON "press_chapter" ("book_id")
CREATE INDEX "press_chapter_book_id_29531177_like" ON "press_chapter" ("book_id" varchar_pattern_ops)
CREATE INDEX "press_chapter_body_f6de1fe0" ON "press_chapter" ("body")
CREATE INDEX "press_chapter_body_f6de1fe0_like" ON "press_chapter" ("body" text_pattern_ops)
CREATE INDEX "press_chapter_reviewer_id_9c5c5c3d" ON "press_chapter" ("reviewer_id")
ALTER TABLE "press_translationrightsgrantedbetweenpublishersandforeignpu6958" ADD CONSTRAINT "press_translationrig_publisher_id_db5f0941_fk_press_pub" FOREIGN KEY ("publisher_id") REFERENCES "press_publisher" ("id") DEFERRABLE INITIALLY DEFERRED
CREATE INDEX "press_translationrightsgra_publisher_id_db5f0941" ON "press_translationrightsgrantedbetweenpublishersandforeignpu6958" ("publisher_id")
CREATE INDEX "press_translationrightsgra_language_04f38329" ON "press_translationrightsgrantedbetweenpublishersandforeignpu6958" ("language")
CREATE INDEX "press_translationrightsg_language_04f38329_like" ON "press_translationrightsgrantedbetweenpublishersandforeignpu6958" ("language" varchar_pattern_ops)
