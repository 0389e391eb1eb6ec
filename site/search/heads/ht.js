DossierSearch.add("heads/ht",[["toezicht","toezicht"]]);
