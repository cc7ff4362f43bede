query: Profile.objects.filter(customer__vip=True)

[sqlite]
SELECT "shop_profile"."id", "shop_profile"."customer_id", "shop_profile"."nick", "shop_profile"."bio", "shop_profile"."birth_date", "shop_profile"."newsletter", "shop_profile"."height_cm"
FROM "shop_profile"
INNER JOIN "shop_customer" ON ("shop_profile"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."vip"
params: []

[postgresql]
SELECT "shop_profile"."id", "shop_profile"."customer_id", "shop_profile"."nick", "shop_profile"."bio", "shop_profile"."birth_date", "shop_profile"."newsletter", "shop_profile"."height_cm"
FROM "shop_profile"
INNER JOIN "shop_customer" ON ("shop_profile"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."vip"
params: []

[mysql]
SELECT `shop_profile`.`id`, `shop_profile`.`customer_id`, `shop_profile`.`nick`, `shop_profile`.`bio`, `shop_profile`.`birth_date`, `shop_profile`.`newsletter`, `shop_profile`.`height_cm`
FROM `shop_profile`
INNER JOIN `shop_customer` ON (`shop_profile`.`customer_id` = `shop_customer`.`id`)
WHERE `shop_customer`.`vip`
params: []

[oracle]
SELECT "SHOP_PROFILE"."ID", "SHOP_PROFILE"."CUSTOMER_ID", "SHOP_PROFILE"."NICK", "SHOP_PROFILE"."BIO", "SHOP_PROFILE"."BIRTH_DATE", "SHOP_PROFILE"."NEWSLETTER", "SHOP_PROFILE"."HEIGHT_CM"
FROM "SHOP_PROFILE"
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_PROFILE"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
WHERE "SHOP_CUSTOMER"."VIP" = :1
params: [1]
