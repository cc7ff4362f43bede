-- Event.objects.filter(data__name__istartswith="ann").values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE LOWER(JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?))) LIKE LOWER(?)
-- params: ["$.\"name\"", "ann%"]
