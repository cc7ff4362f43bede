SELECT count(*) FROM shop_product;
-- (2,)
