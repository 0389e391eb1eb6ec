DossierSearch.add("heads/_0438_0440",[["володимир","володимир"]]);
