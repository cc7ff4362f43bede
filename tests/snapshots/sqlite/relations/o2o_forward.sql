-- Profile.objects.filter(customer__vip=True)
SELECT "shop_profile"."id", "shop_profile"."customer_id", "shop_profile"."nick", "shop_profile"."bio", "shop_profile"."birth_date", "shop_profile"."newsletter", "shop_profile"."height_cm" FROM "shop_profile" INNER JOIN "shop_customer" ON ("shop_profile"."customer_id" = "shop_customer"."id") WHERE "shop_customer"."vip" = ?
-- params: [true]
