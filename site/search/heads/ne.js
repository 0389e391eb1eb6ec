DossierSearch.add("heads/ne",[["oekraine","oekrain"]]);
