-- Event.objects.filter(data__tags__contains=["blue"]).count()
SELECT COUNT(*) AS `__count` FROM `ev_event` WHERE JSON_CONTAINS(JSON_EXTRACT(`ev_event`.`data`, ?), ?)
-- params: ["$.\"tags\"", "[\"blue\"]"]
