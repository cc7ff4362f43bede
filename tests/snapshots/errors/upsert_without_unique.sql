query: Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, update_fields=["weight"])

[sqlite]
error[bad_argument]: sqlite needs unique_fields with update_conflicts=True
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, update_fields=["weight"])
  |             ^^^^^^^^^^^

[postgresql]
error[bad_argument]: postgresql needs unique_fields with update_conflicts=True
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, update_fields=["weight"])
  |             ^^^^^^^^^^^

[mysql]
INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?)
ON DUPLICATE KEY UPDATE `weight` = VALUES(`weight`)
params: ["x", 1]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
error[bad_argument]: oracle needs unique_fields with update_conflicts=True
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, update_fields=["weight"])
  |             ^^^^^^^^^^^
