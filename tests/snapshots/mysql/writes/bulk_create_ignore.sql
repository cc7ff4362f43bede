-- Tag.objects.bulk_create([Tag(name="sale"), Tag(name="new")], ignore_conflicts=True, unique_fields=["name"])
INSERT IGNORE INTO `shop_tag` (`name`, `weight`) VALUES (?, ?), (?, ?)
-- params: ["sale", 1, "new", 1]
