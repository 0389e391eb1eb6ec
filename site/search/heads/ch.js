DossierSearch.add("heads/ch",[["russisch","russisch"]]);
