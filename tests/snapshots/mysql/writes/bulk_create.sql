-- Tag.objects.bulk_create([Tag(name="a"), Tag(name="b", weight=3), Tag(name="c", weight=-2)])
INSERT INTO `shop_tag` (`name`, `weight`) VALUES (?, ?), (?, ?), (?, ?)
-- params: ["a", 1, "b", 3, "c", -2]
