query: Customer.objects.annotate(n=Count("orders")).filter(Q(n__gt=3) | Q(profile__newsletter=False)).values_list("id", "n")

[sqlite]
SELECT "shop_customer"."id", COUNT("shop_order"."id") AS "n"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_profile" ON ("shop_customer"."id" = "shop_profile"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes", "shop_profile"."newsletter"
HAVING (COUNT("shop_order"."id") > ? OR NOT "shop_profile"."newsletter")
params: [3]

[postgresql]
SELECT "shop_customer"."id", COUNT("shop_order"."id") AS "n"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_profile" ON ("shop_customer"."id" = "shop_profile"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes", "shop_profile"."newsletter"
HAVING (COUNT("shop_order"."id") > $1 OR NOT "shop_profile"."newsletter")
params: [3]

[mysql]
SELECT `shop_customer`.`id`, COUNT(`shop_order`.`id`) AS `n`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
LEFT OUTER JOIN `shop_profile` ON (`shop_customer`.`id` = `shop_profile`.`customer_id`)
GROUP BY `shop_customer`.`id`, `shop_profile`.`newsletter`
HAVING (COUNT(`shop_order`.`id`) > ? OR NOT `shop_profile`.`newsletter`)
params: [3]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COUNT("SHOP_ORDER"."ID") AS "N"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
LEFT OUTER JOIN "SHOP_PROFILE" ON ("SHOP_CUSTOMER"."ID" = "SHOP_PROFILE"."CUSTOMER_ID")
GROUP BY "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES", "SHOP_PROFILE"."NEWSLETTER"
HAVING (COUNT("SHOP_ORDER"."ID") > :1 OR "SHOP_PROFILE"."NEWSLETTER" = :2)
params: [3, 0]
