// blocs: the signed actor graph communities are found in (fragments/signed-pairs): every pair of
// actors with a signed relation in the window, with the pair's sign. Cooperative pairs are the
// edges Louvain groups (GDS gds.louvain, or the built-in engine); hostile pairs are reported when
// they run between blocs.
/*use signed-pairs*/
