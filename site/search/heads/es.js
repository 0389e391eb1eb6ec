DossierSearch.add("heads/es",[["sancties","sancties"]]);
