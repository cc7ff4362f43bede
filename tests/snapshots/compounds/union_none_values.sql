query: Tag.objects.none().union(Tag.objects.none()).values_list("name", flat=True).order_by("name")

[sqlite]
SELECT "shop_tag"."name"
FROM "shop_tag"
WHERE 1 = 0
ORDER BY 1 ASC
params: []

[postgresql]
SELECT "shop_tag"."name"
FROM "shop_tag"
WHERE 1 = 0
ORDER BY 1 ASC
params: []

[mysql]
SELECT `shop_tag`.`name`
FROM `shop_tag`
WHERE 1 = 0
ORDER BY 1 ASC
params: []

[oracle]
SELECT "SHOP_TAG"."NAME"
FROM "SHOP_TAG"
WHERE 1 = 0
ORDER BY 1 ASC
params: []
