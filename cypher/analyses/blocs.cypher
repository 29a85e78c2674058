// blocs: the signed actor graph communities are found in (fragments/signed-pairs): every pair of
// actors with a sign in the window (fragments/pair-sign-rule), with that sign. Cooperative pairs
// are the edges Louvain groups (GDS gds.louvain, or the built-in engine); hostile pairs are
// reported when they run between blocs.
/*use signed-pairs*/
