query: Product.objects.filter(name__startwith="x")

[sqlite]
error[unknown_lookup]: unknown lookup or transform 'startwith' on name; did you mean 'startswith'?
 --> line 1, column 24
  | Product.objects.filter(name__startwith="x")
  |                        ^^^^^^^^^^^^^^^

[postgresql]
error[unknown_lookup]: unknown lookup or transform 'startwith' on name; did you mean 'startswith'?
 --> line 1, column 24
  | Product.objects.filter(name__startwith="x")
  |                        ^^^^^^^^^^^^^^^

[mysql]
error[unknown_lookup]: unknown lookup or transform 'startwith' on name; did you mean 'startswith'?
 --> line 1, column 24
  | Product.objects.filter(name__startwith="x")
  |                        ^^^^^^^^^^^^^^^

[oracle]
error[unknown_lookup]: unknown lookup or transform 'startwith' on name; did you mean 'startswith'?
 --> line 1, column 24
  | Product.objects.filter(name__startwith="x")
  |                        ^^^^^^^^^^^^^^^
