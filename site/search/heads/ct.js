DossierSearch.add("heads/ct",[["conflict","conflict"]]);
