-- Event.objects.filter(data__contains={"b": {"c": "x"}}).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE JSON_CONTAINS(`ev_event`.`data`, ?)
-- params: ["{\"b\": {\"c\": \"x\"}}"]
