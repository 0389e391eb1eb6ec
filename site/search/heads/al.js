DossierSearch.add("heads/al",[["international","international"]]);
