// Builds one list of $n integers in memory: for the test of the per-transaction memory limit.
UNWIND range(1, $n) AS x
WITH collect(x) AS xs
RETURN size(xs) AS size
