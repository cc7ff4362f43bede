-- Event.objects.filter(data__has_keys=["a", "b"]).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE (JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?) AND JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?))
-- params: ["$.\"a\"", "$.\"b\""]
