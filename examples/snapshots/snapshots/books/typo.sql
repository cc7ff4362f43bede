query: Book.objects.filter(titel="Dune")

[sqlite]
error[unknown_field]: unknown field 'titel' on Book; did you mean 'title'?
 --> line 1, column 21
  | Book.objects.filter(titel="Dune")
  |                     ^^^^^

[postgresql]
error[unknown_field]: unknown field 'titel' on Book; did you mean 'title'?
 --> line 1, column 21
  | Book.objects.filter(titel="Dune")
  |                     ^^^^^

[mysql]
error[unknown_field]: unknown field 'titel' on Book; did you mean 'title'?
 --> line 1, column 21
  | Book.objects.filter(titel="Dune")
  |                     ^^^^^

[oracle]
error[unknown_field]: unknown field 'titel' on Book; did you mean 'title'?
 --> line 1, column 21
  | Book.objects.filter(titel="Dune")
  |                     ^^^^^
