[sqlite]
error[needs_default]: shop.Product.price: a field is made NOT NULL without a default; existing rows need a value: pass --default shop.Product.price=VALUE (a Python literal)

[postgresql]
error[needs_default]: shop.Product.price: a field is made NOT NULL without a default; existing rows need a value: pass --default shop.Product.price=VALUE (a Python literal)

[mysql]
error[needs_default]: shop.Product.price: a field is made NOT NULL without a default; existing rows need a value: pass --default shop.Product.price=VALUE (a Python literal)

[oracle]
error[needs_default]: shop.Product.price: a field is made NOT NULL without a default; existing rows need a value: pass --default shop.Product.price=VALUE (a Python literal)
