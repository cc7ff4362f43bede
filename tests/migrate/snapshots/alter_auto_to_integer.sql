[sqlite]
BEGIN

CREATE TABLE "new__shop_author" ("id" integer NOT NULL PRIMARY KEY, "name" varchar(60) NOT NULL)

INSERT INTO "new__shop_author" ("name", "id") SELECT "name", "id" FROM "shop_author"

DROP TABLE "shop_author"

ALTER TABLE "new__shop_author" RENAME TO "shop_author"

COMMIT

[postgresql]
BEGIN

SET CONSTRAINTS "shop_book_author_id_82b8ab51_fk_shop_author_id" IMMEDIATE

ALTER TABLE "shop_book" DROP CONSTRAINT "shop_book_author_id_82b8ab51_fk_shop_author_id"

ALTER TABLE "shop_author" ALTER COLUMN "id" TYPE integer USING "id"::integer

DROP SEQUENCE IF EXISTS "shop_author_id_seq" CASCADE

ALTER TABLE "shop_book" ALTER COLUMN "author_id" TYPE integer

ALTER TABLE "shop_book" ADD CONSTRAINT "shop_book_author_id_82b8ab51_fk" FOREIGN KEY ("author_id") REFERENCES "shop_author" ("id") DEFERRABLE INITIALLY DEFERRED

COMMIT

[mysql]
ALTER TABLE `shop_book` DROP FOREIGN KEY `shop_book_author_id_82b8ab51_fk_shop_author_id`

ALTER TABLE `shop_author` MODIFY `id` integer NOT NULL

ALTER TABLE `shop_book` MODIFY `author_id` integer NOT NULL

ALTER TABLE `shop_book` ADD CONSTRAINT `shop_book_author_id_82b8ab51_fk` FOREIGN KEY (`author_id`) REFERENCES `shop_author` (`id`)

[oracle]
ALTER TABLE "SHOP_BOOK" DROP CONSTRAINT "SHOP_BOOK_AUTHOR_ID_82B8AB51_F"

ALTER TABLE "SHOP_AUTHOR" MODIFY "ID" DROP IDENTITY

ALTER TABLE "SHOP_AUTHOR" MODIFY "ID" NUMBER(11)

ALTER TABLE "SHOP_BOOK" MODIFY "AUTHOR_ID" NUMBER(11)

ALTER TABLE "SHOP_BOOK" ADD CONSTRAINT "SHOP_BOOK_AUTHOR_ID_82B8AB51_F" FOREIGN KEY ("AUTHOR_ID") REFERENCES "SHOP_AUTHOR" ("ID") DEFERRABLE INITIALLY DEFERRED
