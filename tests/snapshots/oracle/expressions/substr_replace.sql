-- Product.objects.annotate(s=Substr("sku", 5), r=Replace("name", Value("Widget"), Value("Thing"))).values_list("id", "s", "r")
SELECT "SHOP_PRODUCT"."ID", SUBSTR("SHOP_PRODUCT"."SKU", :1) AS "S", REPLACE("SHOP_PRODUCT"."NAME", :2, :3) AS "R" FROM "SHOP_PRODUCT"
-- params: [5, "Widget", "Thing"]
