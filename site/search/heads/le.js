DossierSearch.add("heads/le",[["bilaterale","bilateral"],["kolossale","kolossal"]]);
