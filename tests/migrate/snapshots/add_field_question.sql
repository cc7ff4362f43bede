[sqlite]
error[needs_default]: shop.Product.stock: a NOT NULL field is added without a default; existing rows need a value: pass --default shop.Product.stock=VALUE (a Python literal)

[postgresql]
error[needs_default]: shop.Product.stock: a NOT NULL field is added without a default; existing rows need a value: pass --default shop.Product.stock=VALUE (a Python literal)

[mysql]
error[needs_default]: shop.Product.stock: a NOT NULL field is added without a default; existing rows need a value: pass --default shop.Product.stock=VALUE (a Python literal)

[oracle]
error[needs_default]: shop.Product.stock: a NOT NULL field is added without a default; existing rows need a value: pass --default shop.Product.stock=VALUE (a Python literal)
