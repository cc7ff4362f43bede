query: Product.objects.select_for_update(nowait=True, skip_locked=True)

[sqlite]
error[bad_argument]: the nowait option cannot be used with skip_locked
 --> line 1, column 17
  | Product.objects.select_for_update(nowait=True, skip_locked=True)
  |                 ^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: the nowait option cannot be used with skip_locked
 --> line 1, column 17
  | Product.objects.select_for_update(nowait=True, skip_locked=True)
  |                 ^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: the nowait option cannot be used with skip_locked
 --> line 1, column 17
  | Product.objects.select_for_update(nowait=True, skip_locked=True)
  |                 ^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: the nowait option cannot be used with skip_locked
 --> line 1, column 17
  | Product.objects.select_for_update(nowait=True, skip_locked=True)
  |                 ^^^^^^^^^^^^^^^^^
