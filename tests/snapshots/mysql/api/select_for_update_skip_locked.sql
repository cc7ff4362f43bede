-- Order.objects.select_for_update(skip_locked=True).filter(status="paid").values_list("id", flat=True)
SELECT `shop_order`.`id` FROM `shop_order` WHERE `shop_order`.`status` = BINARY ? ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC FOR UPDATE SKIP LOCKED
-- params: ["paid"]
