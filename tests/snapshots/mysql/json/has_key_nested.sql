-- Event.objects.filter(data__b__has_key="c").values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
-- params: ["$.\"b\".\"c\""]
