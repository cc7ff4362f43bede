SELECT count(*) FROM shop_product_tags;
-- (0,)
