query: Customer.objects.annotate(x=StrIndex("email", Value("@"))).filter(x__gt=5).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE INSTR("shop_customer"."email", ?) > ?
params: ["@", 5]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE STRPOS("shop_customer"."email", $1) > $2
params: ["@", 5]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE INSTR(`shop_customer`.`email`, ?) > ?
params: ["@", 5]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE INSTR("SHOP_CUSTOMER"."EMAIL", :1) > :2
params: ["@", 5]
