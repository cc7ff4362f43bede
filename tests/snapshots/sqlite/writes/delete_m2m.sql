-- Tag.objects.filter(weight__lt=0).delete()
DELETE FROM "shop_product_tags" WHERE "shop_product_tags"."tag_id" IN (SELECT "shop_tag"."id" FROM "shop_tag" WHERE "shop_tag"."weight" < ?)
-- params: [0]

DELETE FROM "shop_tag" WHERE "shop_tag"."weight" < ?
-- params: [0]
