query: Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, ignore_conflicts=True)

[sqlite]
error[bad_argument]: ignore_conflicts and update_conflicts are mutually exclusive
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, ignore_conflicts=True)
  |             ^^^^^^^^^^^

[postgresql]
error[bad_argument]: ignore_conflicts and update_conflicts are mutually exclusive
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, ignore_conflicts=True)
  |             ^^^^^^^^^^^

[mysql]
error[bad_argument]: ignore_conflicts and update_conflicts are mutually exclusive
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, ignore_conflicts=True)
  |             ^^^^^^^^^^^

[oracle]
error[bad_argument]: ignore_conflicts and update_conflicts are mutually exclusive
 --> line 1, column 13
  | Tag.objects.bulk_create([Tag(name="x")], update_conflicts=True, ignore_conflicts=True)
  |             ^^^^^^^^^^^
