// Transactions open on the database besides the one asking: after a load, none should be left.
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS YIELD'
RETURN count(*) AS open
