query: Customer.objects.annotate(a=SHA224("city")).values_list("id", "a")

[sqlite]
SELECT "shop_customer"."id", SHA224("shop_customer"."city") AS "a"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", ENCODE(DIGEST("shop_customer"."city", 'sha224'), 'hex') AS "a"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, SHA2(`shop_customer`.`city`, 224) AS `a`
FROM `shop_customer`
params: []

[oracle]
error[unsupported]: oracle does not support SHA224()
 --> line 1, column 29
  | Customer.objects.annotate(a=SHA224("city")).values_list("id", "a")
  |                             ^^^^^^^^^^^^^^
