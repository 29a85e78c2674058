// balance: the signed actor graph triads are read from (fragments/signed-pairs): every pair of
// actors with a sign in the window (fragments/pair-sign-rule), with that sign. A triad is three
// actors whose three pairs are all in this list; it is balanced when the product of their signs
// is positive (+++ or +--: "the enemy of my enemy is my friend"), unbalanced otherwise (++-, ---).
// server/analyses/balance.ts closes the triangles over these rows (by degree order, each
// triangle once), which is far cheaper than matching every wedge in Cypher on a large graph.
/*use signed-pairs*/
