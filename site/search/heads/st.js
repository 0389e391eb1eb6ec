DossierSearch.add("heads/st",[["bijeenkomst","bijeenkomst"]]);
