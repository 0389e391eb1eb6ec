DossierSearch.add("heads/dt",[["plaatsvindt","plaatsvindt"]]);
