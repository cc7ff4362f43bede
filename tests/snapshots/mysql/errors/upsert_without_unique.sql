-- Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, update_fields=["weight"])
INSERT INTO `shop_tag` (`name`, `weight`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `weight` = VALUES(`weight`)
-- params: ["x", 1]
