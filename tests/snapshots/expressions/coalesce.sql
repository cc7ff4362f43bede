query: Customer.objects.annotate(contact=Coalesce("email", Value("none"))).values_list("id", "contact")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."email", ?) AS "contact"
FROM "shop_customer"
params: ["none"]

[postgresql]
SELECT "shop_customer"."id", COALESCE("shop_customer"."email", $1) AS "contact"
FROM "shop_customer"
params: ["none"]

[mysql]
SELECT `shop_customer`.`id`, COALESCE(`shop_customer`.`email`, ?) AS `contact`
FROM `shop_customer`
params: ["none"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."EMAIL", :1) AS "CONTACT"
FROM "SHOP_CUSTOMER"
params: ["none"]
