SELECT label FROM shop_tag;
-- ('x',)
