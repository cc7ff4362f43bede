-- Event.objects.filter(data__has_any_keys=["tags", "name"]).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE (JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?) OR JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?))
-- params: ["$.\"tags\"", "$.\"name\""]
