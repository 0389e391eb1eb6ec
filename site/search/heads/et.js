DossierSearch.add("heads/et",[["concreet","concret"]]);
