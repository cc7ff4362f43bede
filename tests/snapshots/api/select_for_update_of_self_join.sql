query: Category.objects.filter(parent__isnull=False).select_for_update(of=("parent",), skip_locked=True).select_related("parent")

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position", "T2"."id", "T2"."name", "T2"."slug", "T2"."parent_id", "T2"."position"
FROM "shop_categories"
LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
WHERE "shop_categories"."parent_id" IS NOT NULL
params: []

[postgresql]
error[unsupported]: postgresql does not support select_for_update() of the nullable side of an outer join
 --> line 1, column 47
  | Category.objects.filter(parent__isnull=False).select_for_update(of=("parent",), skip_locked=True).select_related("parent")
  |                                               ^^^^^^^^^^^^^^^^^

[mysql]
error[unsupported]: mysql does not support select_for_update(skip_locked=True)
 --> line 1, column 47
  | Category.objects.filter(parent__isnull=False).select_for_update(of=("parent",), skip_locked=True).select_related("parent")
  |                                               ^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION", "T2"."ID", "T2"."NAME", "T2"."SLUG", "T2"."PARENT_ID", "T2"."POSITION"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_CATEGORIES" "T2" ON ("SHOP_CATEGORIES"."PARENT_ID" = "T2"."ID")
WHERE "SHOP_CATEGORIES"."PARENT_ID" IS NOT NULL
FOR UPDATE OF "T2"."ID" SKIP LOCKED
params: []
