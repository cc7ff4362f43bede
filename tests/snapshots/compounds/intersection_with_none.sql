query: Tag.objects.filter(weight__gt=1).intersection(Tag.objects.none()).values_list("id", flat=True)

[sqlite]
SELECT "shop_tag"."id"
FROM "shop_tag"
WHERE 1 = 0
params: []

[postgresql]
SELECT "shop_tag"."id"
FROM "shop_tag"
WHERE 1 = 0
params: []

[mysql]
SELECT `shop_tag`.`id`
FROM `shop_tag`
WHERE 1 = 0
params: []

[oracle]
SELECT "SHOP_TAG"."ID"
FROM "SHOP_TAG"
WHERE 1 = 0
params: []
