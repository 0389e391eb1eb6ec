DossierSearch.add("heads/ed",[["discussed","discussed"]]);
