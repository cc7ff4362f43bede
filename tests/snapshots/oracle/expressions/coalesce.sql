-- Customer.objects.annotate(contact=Coalesce("email", Value("none"))).values_list("id", "contact")
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."EMAIL", :1) AS "CONTACT" FROM "SHOP_CUSTOMER"
-- params: ["none"]
