query: Tag.objects.exclude(pk__in=[]).update(weight=1)

[sqlite]
UPDATE "shop_tag"
SET "weight" = ?
params: [1]

[postgresql]
UPDATE "shop_tag"
SET "weight" = $1
params: [1]

[mysql]
UPDATE `shop_tag`
SET `weight` = ?
params: [1]

[oracle]
UPDATE "SHOP_TAG"
SET "WEIGHT" = :1
params: [1]
