query: Remark.objects.filter(board__name="x")

[sqlite]
error[unknown_field]: unknown field 'board' on Remark
 --> line 1, column 23
  | Remark.objects.filter(board__name="x")
  |                       ^^^^^^^^^^^

[postgresql]
error[unknown_field]: unknown field 'board' on Remark
 --> line 1, column 23
  | Remark.objects.filter(board__name="x")
  |                       ^^^^^^^^^^^

[mysql]
error[unknown_field]: unknown field 'board' on Remark
 --> line 1, column 23
  | Remark.objects.filter(board__name="x")
  |                       ^^^^^^^^^^^

[oracle]
error[unknown_field]: unknown field 'board' on Remark
 --> line 1, column 23
  | Remark.objects.filter(board__name="x")
  |                       ^^^^^^^^^^^
